import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { navItems } from '@/components/layout/nav-items';
import { NewsList } from '@/components/news/NewsList';
import { ProcedureSearchForm } from '@/components/procedures/SearchForm';
import { alternates } from '@/lib/metadata';
import { latestNews } from '@/server/news/queries';

// Public and the same for everyone: rendered once, refreshed in the background every minute.
export const revalidate = 60;

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { alternates: alternates(locale, '/') };
}

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tNav, news] = await Promise.all([
    getTranslations('Home'),
    getTranslations('Layout.nav'),
    latestNews(locale, 4),
  ]);
  return (
    <>
      <section className="mb-10 max-w-3xl">
        <h1 className="text-4xl leading-tight font-bold md:text-5xl">{t('title')}</h1>
        <p className="mt-4 text-xl text-muted">{t('lead')}</p>
        <div className="mt-6">
          <ProcedureSearchForm locale={locale} id="home-procedure-search" />
        </div>
      </section>

      <section aria-labelledby="sections-heading" className="mb-12">
        <h2 id="sections-heading" className="mb-4 text-2xl font-bold">
          {t('sectionsHeading')}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {navItems.map((item) => (
            <li key={item.key} className="border-t-4 border-brand-700 bg-brand-50 p-4">
              <Link href={item.href} className="text-xl font-bold">
                {tNav(item.key)}
              </Link>
              <p className="mt-2">{t(`sections.${item.key}`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="news-heading" className="mb-12">
        <h2 id="news-heading" className="mb-4 text-2xl font-bold">
          {t('latestNews')}
        </h2>
        {news.length === 0 ? (
          <p>{t('noNews')}</p>
        ) : (
          <NewsList items={news} level={3} className="grid gap-6 md:grid-cols-2" testId="home-news" />
        )}
        <p className="mt-4">
          <Link href="/news">{t('allNews')}</Link>
        </p>
      </section>

      <section className="max-w-3xl bg-brand-700 p-6 text-white">
        <h2 className="text-2xl font-bold">{t('join')}</h2>
        <p className="mt-2">{t('joinLead')}</p>
        <p className="mt-4">
          <Link
            href="/sign-up"
            className="inline-block rounded bg-white px-5 py-3 font-semibold text-brand-800 no-underline hover:bg-brand-50"
          >
            {t('join')}
          </Link>
        </p>
      </section>
    </>
  );
}
