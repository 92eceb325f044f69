import 'server-only';
import type { Locale } from '@/i18n/routing';
import { catalogs } from '@/messages';
import { createTranslator } from 'next-intl';
import {
  procedureCardContent,
  reportCardContent,
  siteCardContent,
  type CardContent,
  type CardTranslate,
} from '@/lib/social-card';
import { db } from '../db';
import { publicOnly } from '../reports/queries';

// The rows behind the card routes (app/api/cards/…): the same content the pages' og:image names.

function words(locale: Locale): CardTranslate {
  return createTranslator({ locale, messages: catalogs[locale] }) as unknown as CardTranslate;
}

export function siteCard(locale: Locale): CardContent {
  return siteCardContent(locale, words(locale));
}

/** A published procedure's card, or null (unknown, draft, archived). */
export async function procedureCard(locale: Locale, slug: string): Promise<CardContent | null> {
  if (slug.length > 200) return null;
  const p = await db.procedure.findFirst({
    where: { slug, status: 'PUBLISHED' },
    select: { titleVi: true, titleEn: true, field: { select: { nameVi: true, nameEn: true } } },
  });
  return p ? procedureCardContent(locale, words(locale), p) : null;
}

/** A public report's card, or null: private, hidden by a moderator, or unknown reports have none. */
export async function reportCard(locale: Locale, code: string): Promise<CardContent | null> {
  if (code.length > 40) return null;
  const r = await db.report.findFirst({
    where: { ...publicOnly, code: code.toUpperCase() },
    select: { code: true, title: true, status: true, category: { select: { nameVi: true, nameEn: true } } },
  });
  return r ? reportCardContent(locale, words(locale), r) : null;
}
