import 'server-only';
import { getPathname } from '@/i18n/paths';
import { locales } from '@/i18n/routing';
import { db } from './db';
import { env } from './env';
import { newsForSitemap, recentNewsForNewsSitemap } from './news/queries';

// Sitemaps hold at most 50,000 addresses; each procedure has two (vi, en), so a chunk takes
// 10,000 procedures and stays well inside the limit however many procedures there are.
export const PROCEDURES_PER_CHUNK = 10_000;
/** Public reports per chunk, likewise two addresses each. */
export const REPORTS_PER_CHUNK = 10_000;

import { formTemplates } from '@/lib/forms';
import { wizardSlugs } from '@/lib/procedures/wizards';
import { pageCount, pageSlice } from '@/lib/pagination';
import { publicOnly } from './reports/queries';

const staticPages = [
  '/',
  '/news',
  '/procedures',
  '/reports',
  '/reports/map',
  '/reports/statistics',
  '/consultations',
  '/services',
  '/campaign',
  '/privacy',
] as const;

const xmlEscape = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function sitemapIndex(): Promise<string> {
  const base = env().PUBLIC_URL;
  const [count, reports] = await Promise.all([
    db.procedure.count({ where: { status: 'PUBLISHED' } }),
    db.report.count({ where: publicOnly }),
  ]);
  const chunks = pageCount(count, PROCEDURES_PER_CHUNK);
  const reportChunks = pageCount(reports, REPORTS_PER_CHUNK);
  const entries = [
    'pages',
    'news',
    'news-recent',
    ...Array.from({ length: chunks }, (_, i) => `procedures-${i + 1}`),
    ...Array.from({ length: reportChunks }, (_, i) => `reports-${i + 1}`),
  ]
    .map((name) => `<sitemap><loc>${xmlEscape(new URL(`/sitemaps/${name}.xml`, base).toString())}</loc></sitemap>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</sitemapindex>`;
}

function urlEntry(base: string, href: Parameters<typeof getPathname>[0]['href'], lastmod?: Date) {
  return locales
    .map((locale) => {
      const loc = new URL(getPathname({ locale, href }), base).toString();
      const links = locales
        .map(
          (l) =>
            `<xhtml:link rel="alternate" hreflang="${l}" href="${xmlEscape(new URL(getPathname({ locale: l, href }), base).toString())}"/>`,
        )
        .join('');
      // x-default: the Vietnamese page, as the pages' own <link rel="alternate"> say (lib/metadata.ts).
      const fallback = `<xhtml:link rel="alternate" hreflang="x-default" href="${xmlEscape(new URL(getPathname({ locale: 'vi', href }), base).toString())}"/>`;
      return `<url><loc>${xmlEscape(loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}${links}${fallback}</url>`;
    })
    .join('');
}

/** Each published article: its Vietnamese page, and its English one when it has an English version. */
async function newsChunk(base: string): Promise<string> {
  const rows = await newsForSitemap();
  return rows
    .map((r) => {
      const href = { pathname: '/news/[slug]' as const, params: { slug: r.slug } };
      const langs = r.hasEnglish ? locales : (['vi'] as const);
      const links = langs
        .map(
          (l) =>
            `<xhtml:link rel="alternate" hreflang="${l}" href="${xmlEscape(new URL(getPathname({ locale: l, href }), base).toString())}"/>`,
        )
        .join('');
      return langs
        .map(
          (l) =>
            `<url><loc>${xmlEscape(new URL(getPathname({ locale: l, href }), base).toString())}</loc><lastmod>${r.updatedAt.toISOString()}</lastmod>${links}</url>`,
        )
        .join('');
    })
    .join('');
}

/** The Google News sitemap: articles of the last two days, each language version its own entry. */
async function newsRecentSitemap(base: string): Promise<string> {
  const rows = await recentNewsForNewsSitemap();
  const body = rows
    .flatMap((r) => {
      const href = { pathname: '/news/[slug]' as const, params: { slug: r.slug } };
      const versions: { locale: 'vi' | 'en'; title: string }[] = [{ locale: 'vi', title: r.titleVi }];
      if (r.titleEn && r.summaryEn && r.bodyEn) versions.push({ locale: 'en', title: r.titleEn });
      return versions.map(
        (v) =>
          `<url><loc>${xmlEscape(new URL(getPathname({ locale: v.locale, href }), base).toString())}</loc><news:news><news:publication><news:name>Công dân số</news:name><news:language>${v.locale}</news:language></news:publication><news:publication_date>${r.publishedAt.toISOString()}</news:publication_date><news:title>${xmlEscape(v.title)}</news:title></news:news></url>`,
      );
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${body}</urlset>`;
}

/** One chunk: "pages", "news", "news-recent" or "procedures-N"; null for a chunk that does not exist. */
export async function sitemapChunk(name: string): Promise<string | null> {
  const base = env().PUBLIC_URL;
  let body = '';
  if (name === 'news-recent') return newsRecentSitemap(base);
  if (name === 'news') {
    body = await newsChunk(base);
  } else if (name === 'pages') {
    body = staticPages.map((p) => urlEntry(base, p)).join('');
    body += formTemplates
      .map((f) => urlEntry(base, { pathname: '/procedures/forms/[form]', params: { form: f.slug } }))
      .join('');
    // The start of each "Which documents do I need?" wizard whose procedure is published.
    const withWizard = await db.procedure.findMany({
      where: { status: 'PUBLISHED', slug: { in: wizardSlugs } },
      orderBy: { slug: 'asc' },
      select: { slug: true },
    });
    body += withWizard
      .map((r) => urlEntry(base, { pathname: '/procedures/[slug]/documents', params: { slug: r.slug } }))
      .join('');
  } else if (name.startsWith('reports-')) {
    // The public reports' pages, each with the time of its last event as lastmod.
    const m = /^reports-(\d{1,5})$/.exec(name);
    if (!m || Number(m[1]) < 1) return null;
    const rows = await db.report.findMany({
      where: publicOnly,
      orderBy: { id: 'asc' },
      ...pageSlice(Number(m[1]), REPORTS_PER_CHUNK),
      select: {
        code: true,
        createdAt: true,
        events: { select: { createdAt: true }, orderBy: { createdAt: 'desc' }, take: 1 },
      },
    });
    if (rows.length === 0) return null;
    body = rows
      .map((r) =>
        urlEntry(
          base,
          { pathname: '/reports/[code]', params: { code: r.code } },
          r.events[0]?.createdAt ?? r.createdAt,
        ),
      )
      .join('');
  } else {
    const m = /^procedures-(\d{1,5})$/.exec(name);
    if (!m) return null;
    const n = Number(m[1]);
    if (n < 1) return null;
    const rows = await db.procedure.findMany({
      where: { status: 'PUBLISHED' },
      orderBy: { id: 'asc' },
      ...pageSlice(n, PROCEDURES_PER_CHUNK),
      select: { slug: true, updatedAt: true },
    });
    if (rows.length === 0 && n > 1) return null;
    body = rows
      .map((r) => urlEntry(base, { pathname: '/procedures/[slug]', params: { slug: r.slug } }, r.updatedAt))
      .join('');
  }
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${body}</urlset>`;
}
