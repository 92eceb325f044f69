import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { NEWS_TOPICS, NEWS_TYPES, topicSlug, typeSlug, type NewsTopic, type NewsTypeCode } from '@/lib/news/taxonomy';

/** Links to the lists by kind and by topic, the current one marked; no JavaScript. */
export async function NewsFilters({ locale, type, topic }: { locale: Locale; type?: NewsTypeCode; topic?: NewsTopic }) {
  const t = await getTranslations('NewsPages');
  const chip = (current: boolean) =>
    `inline-flex min-h-11 items-center rounded border-2 px-3 ${current ? 'border-brand-700 bg-brand-700 text-white' : 'border-brand-700'}`;
  return (
    <nav aria-label={t('filters')} className="mb-8 grid max-w-4xl gap-4">
      <div>
        <h2 className="mb-2 font-semibold">{t('byType')}</h2>
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href="/news" className={chip(!type && !topic)} aria-current={!type && !topic ? 'page' : undefined}>
              {t('allNews')}
            </Link>
          </li>
          {NEWS_TYPES.map((k) => (
            <li key={k}>
              <Link
                href={{ pathname: '/news/types/[type]', params: { type: typeSlug(k, locale) } }}
                className={chip(type === k)}
                aria-current={type === k ? 'page' : undefined}
              >
                {t(`types.${k}`)}
              </Link>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h2 className="mb-2 font-semibold">{t('byTopic')}</h2>
        <ul className="flex flex-wrap gap-2">
          {NEWS_TOPICS.map((k) => (
            <li key={k}>
              <Link
                href={{ pathname: '/news/topics/[topic]', params: { topic: topicSlug(k, locale) } }}
                className={chip(topic === k)}
                aria-current={topic === k ? 'page' : undefined}
              >
                {t(`topics.${k}`)}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

/** The section's feeds, in this language (and topic). */
export async function FeedLinks({ locale, topic }: { locale: Locale; topic?: NewsTopic }) {
  const t = await getTranslations('NewsPages');
  const base = topic ? `/api/news/${locale}/topics/${topicSlug(topic, locale)}` : `/api/news/${locale}`;
  return (
    <p className="mt-10 flex flex-wrap items-center gap-4">
      <span className="font-semibold">{t('feeds')}:</span>
      <a href={`${base}/rss.xml`} type="application/rss+xml">
        {t('rss')}
      </a>
      <a href={`${base}/atom.xml`} type="application/atom+xml">
        {t('atom')}
      </a>
    </p>
  );
}
