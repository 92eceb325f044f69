// GET /{locale}/consultations/atom — Atom feed of consultations opening and closing, in one language; 404 for any other.
import { getPathname } from '@/i18n/paths';
import { isLocale, type Locale } from '@/i18n/routing';
import { dateFormat } from '@/lib/consultations/format';
import { localized } from '@/lib/i18n/localized';
import { xmlEscape } from '@/lib/reports/xml';
import { feedEvents } from '@/server/consultations/feed';
import { env } from '@/server/env';
import { translator } from '@/server/i18n';
import { route } from '@/server/route';

export const dynamic = 'force-dynamic';

/** Stable ids (RFC 4151 tag URIs): the same event keeps its id whatever changes in its text. */
const tagId = (host: string, rest: string) => `tag:${host},2026:${rest}`;

export const GET = route(async (_request: Request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale: raw } = await params;
  if (!isLocale(raw))
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  const locale: Locale = raw;
  const t = translator(locale, 'ConsultationFeed');
  const base = env().PUBLIC_URL;
  const host = new URL(base).hostname;
  const abs = (path: string) => new URL(path, base).toString();
  const day = dateFormat(locale, true);
  const events = await feedEvents();
  const self = abs(getPathname({ locale, href: '/consultations/atom' }));
  const list = abs(getPathname({ locale, href: '/consultations' }));
  // The feed changes only when an event happens: its newest event dates it (stable for caches).
  const updated = (events[0]?.at ?? new Date('2026-01-01T00:00:00Z')).toISOString();

  const entries = events.map((e) => {
    const c = e.consultation;
    const title = localized(c, 'title', locale);
    const link = abs(getPathname({ locale, href: { pathname: '/consultations/[slug]', params: { slug: c.slug } } }));
    const text =
      e.kind === 'opened'
        ? t('openedText', { opens: day.format(c.opensAt), closes: day.format(c.closesAt) })
        : t('closedText', { closes: day.format(c.closesAt) });
    return [
      '  <entry>',
      `    <id>${xmlEscape(tagId(host, `consultation/${c.id}/${e.kind}/${locale}`))}</id>`,
      `    <title>${xmlEscape(t(e.kind, { title }))}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(link)}"/>`,
      `    <published>${e.at.toISOString()}</published>`,
      `    <updated>${e.at.toISOString()}</updated>`,
      `    <summary>${xmlEscape(`${localized(c, 'summary', locale)}\n\n${text}`)}</summary>`,
      `    <category term="${e.kind}"/>`,
      '  </entry>',
    ].join('\n');
  });
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${xmlEscape(tagId(host, `consultations/${locale}`))}</id>`,
    `  <title>${xmlEscape(t('title'))}</title>`,
    `  <subtitle>${xmlEscape(t('subtitle'))}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(list)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xmlEscape(translator(locale, 'Metadata')('siteName'))}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=600',
    },
  });
});
