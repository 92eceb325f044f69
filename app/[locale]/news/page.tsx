import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { PageHeader } from '@/components/ui/PageHeader';
import { alternates } from '@/lib/metadata';
import { latestNews } from '@/server/news/queries';

export const revalidate = 60;

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'News' });
  return { title: t('title'), description: t('lead'), alternates: alternates(locale, '/news') };
}

export default async function NewsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format, news] = await Promise.all([getTranslations('News'), getFormatter(), latestNews(locale, 50)]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      {news.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="max-w-3xl space-y-8">
          {news.map((a) => (
            <li key={a.slug}>
              <article>
                <h2 className="text-2xl font-bold">
                  <Link href={{ pathname: '/news/[slug]', params: { slug: a.slug } }}>{a.title}</Link>
                </h2>
                <p className="text-sm text-muted">
                  <time dateTime={a.publishedAt.toISOString()}>{format.dateTime(a.publishedAt, { dateStyle: 'long' })}</time>
                </p>
                <p className="mt-2">{a.summary}</p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
