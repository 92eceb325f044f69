import { OG_LOCALES, openGraphAt } from '@/lib/metadata';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { ArticleCards } from '@/components/news/ArticleCards';
import { QuickPollSlot } from '@/components/consultations/QuickPollSlot';
import { ArticleView, NewsJsonLd } from '@/components/news/ArticleView';
import { newsArticleJsonLd } from '@/lib/news/structured-data';
import { newsArticle, relatedNews } from '@/server/news/queries';

// An article: a cached page, refreshed when an editor saves (server/news/admin.ts) or after a minute
// (a scheduled article appears within that minute of its time).
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; slug: string }> };

const origin = () => new URL(process.env.PUBLIC_URL ?? 'http://localhost:3000').origin;
const href = (slug: string) => ({ pathname: '/news/[slug]' as const, params: { slug } });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = await newsArticle(slug, locale);
  if (!article) return {};
  const url = (l: Locale) => `${origin()}${getPathname({ locale: l, href: href(slug) })}`;
  // Without an English version the English page is the Vietnamese text: the Vietnamese page is the canonical one.
  const languages: Record<string, string> = article.hasEnglish
    ? { vi: url('vi'), en: url('en'), 'x-default': url('vi') }
    : { vi: url('vi'), 'x-default': url('vi') };
  const canonical = article.fallback ? url('vi') : url(locale);
  const image = article.ogImage
    ? [{ url: `${origin()}${article.ogImage}`, width: 1200, height: 630, alt: article.cover?.alt ?? '' }]
    : undefined;
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical, languages },
    // The cover's share image when there is a cover, the portal's card otherwise; og:locale is the
    // language of the text shown (an English page without English shows the Vietnamese text).
    openGraph: await openGraphAt(locale, url(locale), {
      type: 'article',
      title: article.title,
      description: article.summary,
      locale: OG_LOCALES[article.lang],
      alternateLocale: article.hasEnglish ? [OG_LOCALES[article.lang === 'en' ? 'vi' : 'en']] : [],
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      ...(image ? { images: image } : {}),
    }),
    twitter: { card: image ? 'summary_large_image' : 'summary', title: article.title, description: article.summary },
  };
}

export default async function NewsArticlePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const article = await newsArticle(slug, locale);
  if (!article) notFound();
  const [t, related] = await Promise.all([getTranslations('NewsPages'), relatedNews(article, locale)]);
  const pageUrl = `${origin()}${getPathname({ locale, href: href(slug) })}`;
  const jsonLd = newsArticleJsonLd({
    url: pageUrl,
    title: article.title,
    summary: article.summary,
    lang: article.lang,
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
    images: article.cover ? [`${origin()}${article.ogImage}`, `${origin()}${article.cover.src}`] : [],
    agency: article.agency,
    origin: origin(),
  });
  return (
    <>
      <p className="mb-4">
        <Link href="/news">← {t('back')}</Link>
      </p>
      <NewsJsonLd data={jsonLd} />
      <ArticleView
        article={article}
        locale={locale}
        after={
          <>
            <div className="mt-10">
              <QuickPollSlot placement={article.slug} locale={locale} />
            </div>
            {related.length ? (
              <section aria-labelledby="related-news" className="mt-12 border-t-2 border-slate-300 pt-6">
                <h2 id="related-news" className="mb-4 text-2xl font-bold">
                  {t('related')}
                </h2>
                <ArticleCards items={related} level={3} testId="related-news" />
              </section>
            ) : null}
          </>
        }
      />
    </>
  );
}
