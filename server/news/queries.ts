import 'server-only';
import type { Locale } from '@/i18n/routing';
import { db } from '../db';
import { localized } from '@/lib/i18n/localized';

function localize<T extends { titleVi: string; titleEn: string; summaryVi: string; summaryEn: string }>(
  a: T,
  locale: Locale,
) {
  return { title: localized(a, 'title', locale), summary: localized(a, 'summary', locale) };
}

export async function latestNews(locale: Locale, take = 6) {
  const rows = await db.newsArticle.findMany({
    orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
    take,
    select: { slug: true, titleVi: true, titleEn: true, summaryVi: true, summaryEn: true, publishedAt: true },
  });
  return rows.map((a) => ({ slug: a.slug, publishedAt: a.publishedAt, ...localize(a, locale) }));
}

export async function newsArticle(slug: string, locale: Locale) {
  if (slug.length > 200) return null;
  const a = await db.newsArticle.findUnique({ where: { slug } });
  if (!a) return null;
  return {
    slug: a.slug,
    publishedAt: a.publishedAt,
    updatedAt: a.updatedAt,
    body: localized(a, 'body', locale),
    ...localize(a, locale),
  };
}
