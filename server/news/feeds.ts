import 'server-only';
import { getPathname } from '@/i18n/paths';
import { isLocale, type Locale } from '@/i18n/routing';
import { atomFeed, rssFeed, type Feed } from '@/lib/news/feeds';
import { topicFromSlug, topicSlug } from '@/lib/news/taxonomy';
import { env } from '../env';
import { translator } from '../i18n';
import { feedNews } from './queries';

// The news feeds: /api/news/{vi|en}[/topics/{topic}]/{rss|atom}.xml. An unknown language or topic
// is null (the route answers 404). Shareable: no cookie, cached for 5 minutes.

export const FEED_FORMATS = { 'rss.xml': 'rss', 'atom.xml': 'atom' } as const;

export async function newsFeed(
  rawLocale: string,
  rawTopic: string | null,
  file: string,
  now = new Date(),
): Promise<{ body: string; type: string } | null> {
  if (!isLocale(rawLocale) || !(file in FEED_FORMATS)) return null;
  const locale: Locale = rawLocale;
  const format = FEED_FORMATS[file as keyof typeof FEED_FORMATS];
  const topic = rawTopic === null ? null : topicFromSlug(rawTopic, locale);
  if (rawTopic !== null && !topic) return null;
  const base = env().PUBLIC_URL;
  const abs = (path: string) => new URL(path, base).toString();
  const t = translator(locale, 'NewsPages');
  const articles = await feedNews(locale, topic, 30, now);
  const feedPath = topic
    ? `/api/news/${locale}/topics/${topicSlug(topic, locale)}/${file}`
    : `/api/news/${locale}/${file}`;
  const feed: Feed = {
    title: topic ? t('feedTopicTitle', { topic: t(`topics.${topic}`) }) : t('feedTitle'),
    description: t('feedDescription'),
    language: locale,
    pageUrl: abs(
      getPathname({
        locale,
        href: topic ? { pathname: '/news/topics/[topic]', params: { topic: topicSlug(topic, locale) } } : '/news',
      }),
    ),
    selfUrl: abs(feedPath),
    host: new URL(base).hostname,
    items: articles.map((a) => ({
      id: a.id,
      url: abs(getPathname({ locale, href: { pathname: '/news/[slug]', params: { slug: a.slug } } })),
      title: a.title,
      summary: a.summary,
      category: t(`topics.${a.topic}`),
      author: a.agency,
      publishedAt: a.publishedAt,
      updatedAt: a.updatedAt,
      image: a.cover ? abs(a.cover.src.replace(/\/full$/, '/og')) : null,
    })),
  };
  return format === 'rss'
    ? { body: rssFeed(feed, now), type: 'application/rss+xml; charset=utf-8' }
    : { body: atomFeed(feed, now), type: 'application/atom+xml; charset=utf-8' };
}
