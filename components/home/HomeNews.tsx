import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { latestNews } from '@/server/news/queries';

// The home page's latest news and announcements. Its one read of the news section is the single
// latestNews() call below: when news changes shape, this is the one place to adapt.

export async function HomeNews({ locale, take = 4 }: { locale: Locale; take?: number }) {
  const [t, format, items] = await Promise.all([getTranslations('HomePage'), getFormatter(), latestNews(locale, take)]);
  return (
    <section aria-labelledby="news-heading">
      <h2 id="news-heading" className="mb-4 text-2xl font-bold">
        {t('newsHeading')}
      </h2>
      {items.length === 0 ? (
        <p>{t('noNews')}</p>
      ) : (
        <ul className="grid gap-6 md:grid-cols-2" data-testid="home-news">
          {items.map((a) => (
            <li key={a.slug}>
              <article>
                <h3 className="text-xl font-bold">
                  <Link href={{ pathname: '/news/[slug]', params: { slug: a.slug } }}>{a.title}</Link>
                </h3>
                <p className="text-sm text-muted">
                  <time dateTime={a.publishedAt.toISOString()}>
                    {format.dateTime(a.publishedAt, { dateStyle: 'long' })}
                  </time>
                </p>
                <p className="mt-1">{a.summary}</p>
              </article>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4">
        <Link href="/news">{t('allNews')}</Link>
      </p>
    </section>
  );
}
