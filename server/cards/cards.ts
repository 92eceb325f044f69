import 'server-only';
import type { Locale } from '@/i18n/routing';
import { localized } from '@/lib/i18n/localized';
import { db } from '../db';
import { translator } from '../i18n';
import { publicOnly } from '../reports/queries';
import { cardTag, type CardContent } from './social-card';

// What each social card says, from the same rows the pages show, and the address a page links it
// by (with ?v= its tag, so a changed title is a new address for the crawlers that keep images).

type ReportStatus = 'RECEIVED' | 'IN_PROGRESS' | 'RESOLVED' | 'REJECTED' | 'DUPLICATE';

function frame(locale: Locale) {
  const meta = translator(locale, 'Metadata');
  const layout = translator(locale, 'Layout');
  return { locale, siteName: meta('siteName'), tagline: layout('tagline') };
}

/** The card of every page without one of its own. */
export function siteCard(locale: Locale): CardContent {
  const t = translator(locale, 'SocialCard');
  return { ...frame(locale), kind: t('site'), title: t('siteTitle') };
}

export function procedureCardContent(
  locale: Locale,
  p: { titleVi: string; titleEn: string; field: { nameVi: string; nameEn: string } },
): CardContent {
  const t = translator(locale, 'SocialCard');
  return {
    ...frame(locale),
    kind: t('procedure'),
    title: localized(p, 'title', locale),
    detail: localized(p.field, 'name', locale),
  };
}

export function reportCardContent(
  locale: Locale,
  r: { code: string; title: string; status: ReportStatus; category: { nameVi: string; nameEn: string } },
): CardContent {
  const t = translator(locale, 'SocialCard');
  const status = translator(locale, 'Notifications');
  return {
    ...frame(locale),
    kind: t('report', { code: r.code }),
    title: r.title,
    detail: localized(r.category, 'name', locale),
    badge: status(`status.${r.status}`),
  };
}

/** A published procedure's card, or null (unknown, draft, archived). */
export async function procedureCard(locale: Locale, slug: string): Promise<CardContent | null> {
  if (slug.length > 200) return null;
  const p = await db.procedure.findFirst({
    where: { slug, status: 'PUBLISHED' },
    select: { titleVi: true, titleEn: true, field: { select: { nameVi: true, nameEn: true } } },
  });
  return p ? procedureCardContent(locale, p) : null;
}

/** A public report's card, or null: private, hidden by a moderator, or unknown reports have none. */
export async function reportCard(locale: Locale, code: string): Promise<CardContent | null> {
  if (code.length > 40) return null;
  const r = await db.report.findFirst({
    where: { ...publicOnly, code: code.toUpperCase() },
    select: { code: true, title: true, status: true, category: { select: { nameVi: true, nameEn: true } } },
  });
  return r ? reportCardContent(locale, r) : null;
}

/** The card's address for og:image (relative: the layout's metadataBase makes it absolute). */
export function cardPath(
  locale: Locale,
  card: CardContent,
  page: { procedure: string } | { report: string } | 'site',
): string {
  const where =
    page === 'site'
      ? 'site'
      : 'procedure' in page
        ? `procedures/${encodeURIComponent(page.procedure)}`
        : `reports/${encodeURIComponent(page.report)}`;
  return `/api/cards/${locale}/${where}?v=${cardTag(card)}`;
}
