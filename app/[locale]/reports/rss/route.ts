// GET /{locale}/feedback/rss — RSS 2.0 of the newest 50 public reports, with the list's filters.
import { getPathname } from '@/i18n/paths';
import { isLocale, type Locale } from '@/i18n/routing';
import { parseReportQuery, reportQueryString } from '@/lib/validation/reports/query';
import { env } from '@/server/env';
import { route } from '@/server/route';
import { feedReports } from '@/server/reports/queries';
import { translator } from '@/server/i18n';
import { xmlEscape } from '@/lib/reports/xml';
import { localized, placeName } from '@/lib/i18n/localized';

export const dynamic = 'force-dynamic';

export const GET = route(async (request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale: raw } = await params;
  if (!isLocale(raw))
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const locale: Locale = raw;
  const t = translator(locale, 'Reports');
  const ts = translator(locale, 'Notifications');
  const { query, invalid } = parseReportQuery(new URL(request.url).searchParams);
  if (invalid.length) {
    return new Response(t('rssBadQuery', { names: invalid.join(', ') }), {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  const base = env().PUBLIC_URL;
  const abs = (path: string) => new URL(path, base).toString();
  const qs = reportQueryString({ ...query, page: 1 });
  const reports = await feedReports(query, 50);
  const name = (o: { nameVi: string; nameEn: string }) => localized(o, 'name', locale);

  const items = reports.map((r) => {
    const link = abs(getPathname({ locale, href: { pathname: '/reports/[code]', params: { code: r.code } } }));
    const ward = r.ward ? placeName(r.ward, locale) : t('noWard');
    const summary = `${ts(`status.${r.status}`)} · ${name(r.category)} · ${ward}\n\n${r.description.length > 500 ? `${r.description.slice(0, 500)}…` : r.description}`;
    return [
      '    <item>',
      `      <title>${xmlEscape(`${r.code} · ${r.title}`)}</title>`,
      `      <link>${xmlEscape(link)}</link>`,
      `      <guid isPermaLink="true">${xmlEscape(link)}</guid>`,
      `      <pubDate>${r.createdAt.toUTCString()}</pubDate>`,
      `      <category>${xmlEscape(name(r.category))}</category>`,
      `      <description>${xmlEscape(summary)}</description>`,
      '    </item>',
    ].join('\n');
  });
  const lastBuild = reports.reduce((max, r) => (r.updatedAt > max ? r.updatedAt : max), new Date(0));
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${xmlEscape(t('rssTitle'))}</title>`,
    `    <link>${xmlEscape(abs(getPathname({ locale, href: '/reports' }) + qs))}</link>`,
    `    <atom:link href="${xmlEscape(abs(getPathname({ locale, href: '/reports/rss' }) + qs))}" rel="self" type="application/rss+xml"/>`,
    `    <description>${xmlEscape(t('rssDescription'))}</description>`,
    `    <language>${locale === 'en' ? 'en' : 'vi'}</language>`,
    `    <lastBuildDate>${(reports.length ? lastBuild : new Date()).toUTCString()}</lastBuildDate>`,
    '    <ttl>15</ttl>',
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=600',
    },
  });
});
