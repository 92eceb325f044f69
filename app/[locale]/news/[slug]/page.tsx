import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { alternates } from '@/lib/metadata';
import { newsArticle } from '@/server/news/queries';

export const revalidate = 60;

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = await newsArticle(slug, locale);
  if (!article) return {};
  return {
    title: article.title,
    description: article.summary,
    alternates: alternates(locale, { pathname: '/news/[slug]', params: { slug } }),
    openGraph: {
      title: article.title,
      description: article.summary,
      type: 'article',
      publishedTime: article.publishedAt.toISOString(),
    },
  };
}

export default async function NewsArticlePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const article = await newsArticle(slug, locale);
  if (!article) notFound();
  const [t, format] = await Promise.all([getTranslations('News'), getFormatter()]);
  return (
    <article className="max-w-3xl">
      <p className="mb-4">
        <Link href="/news">← {t('back')}</Link>
      </p>
      <h1 className="text-3xl leading-tight font-bold md:text-4xl">{article.title}</h1>
      <p className="mt-2 text-muted">
        {t('published', { date: format.dateTime(article.publishedAt, { dateStyle: 'long' }) })}
      </p>
      <p className="mt-4 text-xl">{article.summary}</p>
      <div className="mt-6 space-y-4 text-lg">
        {article.body.split(/\n{2,}/).map((para, i) => (
          <p key={i}>{para}</p>
        ))}
      </div>
      <p className="mt-8 text-sm text-muted">{t('demoNote')}</p>
    </article>
  );
}
