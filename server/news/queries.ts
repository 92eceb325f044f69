import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Locale } from '@/i18n/routing';
import { renderMarkdown } from '@/lib/news/markdown';
import { isNewsTopic, type NewsTopic, type NewsTypeCode } from '@/lib/news/taxonomy';
import { clampPage, pageCount, pageSlice } from '@/lib/pagination';
import { db } from '../db';

// What residents read: published articles whose time has come (a scheduled article stays out until
// its publish time; pages refresh within their revalidate time). English is optional: an article
// without it is shown in Vietnamese, and `fallback` tells the page to say so.

/** Published and due: the only articles anyone outside the back office sees. */
export function visibleNow(now = new Date()): Prisma.NewsArticleWhereInput {
  return { status: 'PUBLISHED', publishedAt: { lte: now } };
}

type Texts = {
  titleVi: string;
  titleEn: string | null;
  summaryVi: string;
  summaryEn: string | null;
};

/** The article's words in `locale`, or in Vietnamese when it has no English version. */
function words<T extends Texts>(a: T, locale: Locale) {
  const english = locale === 'en' && Boolean(a.titleEn && a.summaryEn);
  return {
    title: english ? a.titleEn! : a.titleVi,
    summary: english ? a.summaryEn! : a.summaryVi,
    /** The language the words are in. */
    lang: (english ? 'en' : 'vi') as Locale,
    fallback: locale === 'en' && !english,
  };
}

export const coverSrc = (id: string) => `/api/news/images/${id}/full`;
export const ogImageSrc = (id: string) => `/api/news/images/${id}/og`;

const cardSelect = {
  id: true,
  slug: true,
  type: true,
  topic: true,
  titleVi: true,
  titleEn: true,
  summaryVi: true,
  summaryEn: true,
  publishedAt: true,
  updatedAt: true,
  coverAltVi: true,
  coverAltEn: true,
  coverImage: { select: { id: true, width: true, height: true } },
} satisfies Prisma.NewsArticleSelect;

type CardRow = Prisma.NewsArticleGetPayload<{ select: typeof cardSelect }>;

function card(a: CardRow, locale: Locale) {
  const w = words(a, locale);
  return {
    id: a.id,
    slug: a.slug,
    type: a.type as NewsTypeCode,
    topic: (isNewsTopic(a.topic) ? a.topic : 'digital') as NewsTopic,
    publishedAt: a.publishedAt,
    updatedAt: a.updatedAt,
    ...w,
    cover: a.coverImage
      ? {
          src: coverSrc(a.coverImage.id),
          width: a.coverImage.width,
          height: a.coverImage.height,
          alt: (w.lang === 'en' ? a.coverAltEn : a.coverAltVi) ?? a.coverAltVi ?? '',
        }
      : null,
  };
}
export type NewsCard = ReturnType<typeof card>;

/**
 * The latest `take` published articles, newest first: title, slug, type, topic, publish time and
 * summary in `locale` (Vietnamese where there is no English). The home page's news block.
 */
export async function latestNews(locale: Locale, take = 6, now = new Date()) {
  const rows = await db.newsArticle.findMany({
    where: visibleNow(now),
    orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
    take: Math.min(Math.max(1, take), 100),
    select: cardSelect,
  });
  return rows.map((a) => card(a, locale));
}

export const NEWS_PAGE_SIZE = 10;

/** One page of the list, all articles or those of a type or topic; `pastEnd` when the page does not exist. */
export async function listNews(
  locale: Locale,
  filter: { type?: NewsTypeCode; topic?: NewsTopic },
  requested: number,
  now = new Date(),
) {
  const where: Prisma.NewsArticleWhereInput = {
    ...visibleNow(now),
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.topic ? { topic: filter.topic } : {}),
  };
  const total = await db.newsArticle.count({ where });
  const pages = pageCount(total, NEWS_PAGE_SIZE);
  if (requested > pages) return { total, page: requested, pages, pastEnd: true, items: [] as NewsCard[] };
  const page = clampPage(requested, pages);
  const rows = await db.newsArticle.findMany({
    where,
    orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
    ...pageSlice(page, NEWS_PAGE_SIZE),
    select: cardSelect,
  });
  return { total, page, pages, pastEnd: false, items: rows.map((a) => card(a, locale)) };
}

/** Up to `take` other articles: the same topic first, then the same type, newest first. */
export async function relatedNews(
  article: { id: string; topic: string; type: NewsTypeCode },
  locale: Locale,
  take = 3,
  now = new Date(),
) {
  const base = { ...visibleNow(now), id: { not: article.id } };
  const sameTopic = await db.newsArticle.findMany({
    where: { ...base, topic: article.topic },
    orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
    take,
    select: cardSelect,
  });
  const more =
    sameTopic.length < take
      ? await db.newsArticle.findMany({
          where: { ...base, type: article.type, id: { notIn: [article.id, ...sameTopic.map((a) => a.id)] } },
          orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
          take: take - sameTopic.length,
          select: cardSelect,
        })
      : [];
  return [...sameTopic, ...more].map((a) => card(a, locale));
}

const articleSelect = {
  ...cardSelect,
  bodyVi: true,
  bodyEn: true,
  agency: { select: { nameVi: true, nameEn: true } },
} satisfies Prisma.NewsArticleSelect;

type ArticleRow = Prisma.NewsArticleGetPayload<{ select: typeof articleSelect }>;

/** A whole article as a page shows it, with its body rendered to safe HTML. */
export function articleView(a: ArticleRow, locale: Locale) {
  const c = card(a, locale);
  const body = c.lang === 'en' && a.bodyEn ? a.bodyEn : a.bodyVi;
  return {
    ...c,
    /** Whether the article has an English version (its English page is then its own, not a fallback). */
    hasEnglish: Boolean(a.titleEn && a.summaryEn && a.bodyEn),
    body,
    html: renderMarkdown(body),
    agency: a.agency ? (locale === 'en' ? a.agency.nameEn : a.agency.nameVi) : null,
    ogImage: a.coverImage ? ogImageSrc(a.coverImage.id) : null,
  };
}
export type NewsArticleView = ReturnType<typeof articleView>;

/** A published article by its slug, or null (unknown, not yet due, unpublished or a draft). */
export async function newsArticle(slug: string, locale: Locale, now = new Date()) {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return null;
  const a = await db.newsArticle.findFirst({ where: { slug, ...visibleNow(now) }, select: articleSelect });
  return a ? articleView(a, locale) : null;
}

/** Any article by id, drafts included, as the back office's preview shows it. */
export async function articlePreview(id: string, locale: Locale) {
  const a = await db.newsArticle.findUnique({ where: { id }, select: articleSelect });
  return a ? articleView(a, locale) : null;
}

/** The newest `take` articles for a feed, in `locale`, of one topic or all. */
export async function feedNews(locale: Locale, topic: NewsTopic | null, take = 30, now = new Date()) {
  const rows = await db.newsArticle.findMany({
    where: { ...visibleNow(now), ...(topic ? { topic } : {}) },
    orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
    take,
    select: { ...cardSelect, agency: { select: { nameVi: true, nameEn: true } } },
  });
  return rows.map((a) => ({
    ...card(a, locale),
    agency: a.agency ? (locale === 'en' ? a.agency.nameEn : a.agency.nameVi) : null,
  }));
}

/** Every published article for the sitemap: its slug, when it last changed, and whether it has English. */
export async function newsForSitemap(now = new Date()) {
  const rows = await db.newsArticle.findMany({
    where: visibleNow(now),
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take: 20_000,
    select: { slug: true, updatedAt: true, titleEn: true, summaryEn: true, bodyEn: true },
  });
  return rows.map((r) => ({
    slug: r.slug,
    updatedAt: r.updatedAt,
    hasEnglish: Boolean(r.titleEn && r.summaryEn && r.bodyEn),
  }));
}

/** Articles published in the last two days, for the Google News sitemap (which takes at most 1,000). */
export async function recentNewsForNewsSitemap(now = new Date()) {
  const since = new Date(now.getTime() - 2 * 24 * 60 * 60 * 1000);
  return db.newsArticle.findMany({
    where: { status: 'PUBLISHED', publishedAt: { gte: since, lte: now } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take: 1000,
    select: { slug: true, publishedAt: true, titleVi: true, titleEn: true, summaryEn: true, bodyEn: true },
  });
}
