import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NewsList } from '@/components/news/NewsList';
import type { Locale } from '@/i18n/routing';
import { PageHeader } from '@/components/ui/PageHeader';
import { pageMetadata } from '@/lib/metadata';
import { latestNews } from '@/server/news/queries';

export const revalidate = 60;

export const generateMetadata = pageMetadata({ title: 'News.title', description: 'News.lead', path: '/news' });

export default async function NewsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, news] = await Promise.all([getTranslations('News'), latestNews(locale, 50)]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      {news.length === 0 ? <p>{t('empty')}</p> : <NewsList items={news} level={2} className="max-w-3xl space-y-8" />}
    </>
  );
}
