import { openGraphAt } from '@/lib/metadata';
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { locales, type Locale } from '@/i18n/routing';
import { ArticleCards } from '@/components/news/ArticleCards';
import { FeedLinks, NewsFilters } from '@/components/news/NewsFilters';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import {
  topicFromSlug,
  topicSlug,
  typeFromSlug,
  typeSlug,
  type NewsTopic,
  type NewsTypeCode,
} from '@/lib/news/taxonomy';
import { listNews } from '@/server/news/queries';

// The news lists: all articles, by kind, by topic, each paged by address (/tin-tuc/trang/2) so that
// every page is a cached page. An unknown kind, topic or page number is the localized 404.

type Params = { locale: Locale; topic?: string; type?: string; page?: string };
type Filter = { type?: NewsTypeCode; topic?: NewsTopic };
type Href = Parameters<typeof getPathname>[0]['href'];

/** The filter and page an address names, or null when it names nothing. */
function read(p: Params): { filter: Filter; page: number } | null {
  let page = 1;
  if (p.page !== undefined) {
    // Page 1 lives at the list's own address.
    if (!/^[1-9]\d{0,4}$/.test(p.page) || p.page === '1') return null;
    page = Number(p.page);
  }
  if (p.topic !== undefined) {
    const topic = topicFromSlug(p.topic, p.locale);
    return topic ? { filter: { topic }, page } : null;
  }
  if (p.type !== undefined) {
    const type = typeFromSlug(p.type, p.locale);
    return type ? { filter: { type }, page } : null;
  }
  return { filter: {}, page };
}

/**
 * A topic or kind written in the other language's words (`/en/news/topics/giao-thong`, where the
 * language switch keeps the address's words): the same list's address in this language, or null.
 */
function inOtherWords(p: Params): Href | null {
  const page = p.page !== undefined && /^[1-9]\d{0,4}$/.test(p.page) ? Number(p.page) : 1;
  for (const l of locales) {
    if (l === p.locale) continue;
    const topic = p.topic !== undefined ? topicFromSlug(p.topic, l) : null;
    if (topic) return listHref(p.locale, { topic }, page);
    const type = p.type !== undefined ? typeFromSlug(p.type, l) : null;
    if (type) return listHref(p.locale, { type }, page);
  }
  return null;
}

/** The address of page `page` of a list in `locale`. */
export function listHref(locale: Locale, filter: Filter, page: number): Href {
  const p = String(page);
  if (filter.topic) {
    const topic = topicSlug(filter.topic, locale);
    return page > 1
      ? { pathname: '/news/topics/[topic]/page/[page]', params: { topic, page: p } }
      : { pathname: '/news/topics/[topic]', params: { topic } };
  }
  if (filter.type) {
    const type = typeSlug(filter.type, locale);
    return page > 1
      ? { pathname: '/news/types/[type]/page/[page]', params: { type, page: p } }
      : { pathname: '/news/types/[type]', params: { type } };
  }
  return page > 1 ? { pathname: '/news/page/[page]', params: { page: p } } : '/news';
}

/** Canonical and hreflang when each language has its own words in the address. */
export function localizedAlternates(locale: Locale, href: (l: Locale) => Href): Metadata['alternates'] {
  const languages: Record<string, string> = {};
  for (const l of locales) languages[l] = getPathname({ locale: l, href: href(l) });
  languages['x-default'] = languages.vi!;
  return { canonical: languages[locale], languages };
}

async function title(locale: Locale, filter: Filter, page: number) {
  const t = await getTranslations({ locale, namespace: 'NewsPages' });
  const tn = await getTranslations({ locale, namespace: 'News' });
  const base = filter.topic
    ? t('topicTitle', { topic: t(`topics.${filter.topic}`) })
    : filter.type
      ? t('typeTitle', { type: t(`types.${filter.type}`) })
      : tn('title');
  return page > 1 ? t('pageTitle', { title: base, page }) : base;
}

export async function newsListMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const p = await params;
  const read_ = read(p);
  if (!read_) return {};
  const tn = await getTranslations({ locale: p.locale, namespace: 'News' });
  const pageTitle = await title(p.locale, read_.filter, read_.page);
  const here = getPathname({ locale: p.locale, href: listHref(p.locale, read_.filter, read_.page) });
  return {
    title: pageTitle,
    description: tn('lead'),
    alternates: localizedAlternates(p.locale, (l) => listHref(l, read_.filter, read_.page)),
    openGraph: await openGraphAt(p.locale, here, { title: pageTitle, description: tn('lead') }),
  };
}

export async function NewsListPage({ params }: { params: Promise<Params> }) {
  const p = await params;
  setRequestLocale(p.locale);
  const parsed = read(p);
  if (!parsed) {
    const moved = inOtherWords(p);
    if (moved) permanentRedirect(getPathname({ locale: p.locale, href: moved }));
    notFound();
  }
  const { filter, page } = parsed;
  const list = await listNews(p.locale, filter, page);
  if (list.pastEnd && page > 1) notFound();
  const [t, tn] = await Promise.all([getTranslations('NewsPages'), getTranslations('News')]);
  return (
    <>
      <PageHeader title={await title(p.locale, filter, page)} lead={tn('lead')} />
      <NewsFilters locale={p.locale} {...filter} />
      {list.items.length === 0 ? <p>{t('empty')}</p> : <ArticleCards items={list.items} level={2} testId="news-list" />}
      <Pagination
        page={list.page}
        pages={list.pages}
        label={t('pagination')}
        variant="boxed"
        href={(n) => getPathname({ locale: p.locale, href: listHref(p.locale, filter, n) })}
      />
      <FeedLinks locale={p.locale} topic={filter.topic} />
    </>
  );
}
