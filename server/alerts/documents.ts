import 'server-only';
import { getPathname } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { capXml } from '@/lib/alerts/cap';
import { alertRss, capAtomFeed, type FeedEntry, type FeedHead } from '@/lib/alerts/feeds';
import { capFeedPath, capPath, wardFeedPath } from '@/lib/alerts/urls';
import { localized, placeName } from '@/lib/i18n/localized';
import { env } from '../env';
import { translator } from '../i18n';
import { activeAlerts, activeAlertsForWard, publicAlert, wardByCode, type AlertView } from './queries';

// The alerts as documents for machines: one CAP 1.2 message, the CAP Atom index of active alerts,
// and a ward's Atom and RSS feeds. Every link is absolute, on PUBLIC_URL.

const abs = (path: string) => new URL(path, env().PUBLIC_URL).toString();
const page = (locale: Locale, identifier: string) =>
  abs(getPathname({ locale, href: { pathname: '/alerts/[id]', params: { id: identifier } } }));

/** The CAP document of a public message, or null when there is none by that identifier. */
export async function capDocument(identifier: string, locale: Locale): Promise<string | null> {
  const found = await publicAlert(identifier);
  if (!found) return null;
  const vi = translator('vi', 'Alerts');
  const en = translator('en', 'Alerts');
  return capXml(found.alert, {
    references: found.references,
    first: locale,
    web: { vi: page('vi', identifier), en: page('en', identifier) },
    senderName: { vi: vi('feed.author'), en: en('feed.author') },
  });
}

function entry(a: AlertView, locale: Locale): FeedEntry {
  return {
    ...a,
    event: localized(a, 'event', locale),
    headline: localized(a, 'headline', locale),
    description: localized(a, 'description', locale),
    areaDesc: localized(a, 'areaDesc', locale),
    page: page(locale, a.identifier),
    cap: abs(capPath(locale, a.identifier)),
  };
}

/** The CAP index feed (Atom) of every active alert. */
export async function capFeed(locale: Locale, now = new Date()): Promise<string> {
  const t = translator(locale, 'Alerts');
  const head: FeedHead = {
    self: abs(capFeedPath(locale)),
    page: abs(getPathname({ locale, href: '/alerts' })),
    title: t('feed.title'),
    subtitle: t('feed.subtitle'),
    author: t('feed.author'),
    language: locale,
    now,
  };
  const alerts = await activeAlerts(now);
  return capAtomFeed(
    head,
    alerts.map((a) => entry(a, locale)),
    { cap: true },
  );
}

/** A ward's feed of the alerts in force there (its own and the whole city's); null for an unknown ward. */
export async function wardFeed(
  locale: Locale,
  wardCode: string,
  format: 'atom' | 'rss',
  now = new Date(),
): Promise<string | null> {
  const ward = /^[A-Za-z0-9-]{1,64}$/.test(wardCode) ? await wardByCode(wardCode) : null;
  if (!ward) return null;
  const t = translator(locale, 'Alerts');
  const name = placeName(ward, locale);
  const head: FeedHead = {
    self: abs(wardFeedPath(locale, ward.code, format)),
    page: abs(getPathname({ locale, href: '/alerts' })),
    title: t('feed.wardTitle', { ward: name }),
    subtitle: t('feed.wardSubtitle', { ward: name }),
    author: t('feed.author'),
    language: locale,
    now,
  };
  const entries = (await activeAlertsForWard(ward.code, now)).map((a) => entry(a, locale));
  return format === 'atom' ? capAtomFeed(head, entries, { cap: false }) : alertRss(head, entries);
}
