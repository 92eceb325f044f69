import { getImageProps } from 'next/image';
import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { topicSlug } from '@/lib/news/taxonomy';
import type { NewsArticleView } from '@/server/news/queries';

/**
 * One article: kind and topic, title, date and agency, the cover, the summary and the body (HTML
 * written by lib/news/markdown.ts, which lets no markup of the editor's through). `after` is shown
 * below the body (the related articles; a quick poll may be placed there too).
 */
export async function ArticleView({
  article,
  locale,
  after,
}: {
  article: NewsArticleView;
  locale: Locale;
  after?: ReactNode;
}) {
  const [t, format] = await Promise.all([getTranslations('NewsPages'), getFormatter()]);
  return (
    <article className="max-w-3xl" data-testid="news-article">
      {article.fallback ? (
        <p role="note" className="mb-6 border-l-4 border-brand-700 bg-brand-50 p-4" data-testid="news-fallback">
          {t('fallback')}
        </p>
      ) : null}
      <div lang={article.lang}>
        <p className="text-sm font-semibold text-brand-700 uppercase">
          {t(`types.${article.type}`)} ·{' '}
          <Link href={{ pathname: '/news/topics/[topic]', params: { topic: topicSlug(article.topic, locale) } }}>
            {t(`topics.${article.topic}`)}
          </Link>
        </p>
        <h1 className="mt-1 text-3xl leading-tight font-bold md:text-4xl">{article.title}</h1>
        <p className="mt-2 text-muted">
          <time dateTime={article.publishedAt.toISOString()}>
            {t('published', {
              date: format.dateTime(article.publishedAt, { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' }),
              time: format.dateTime(article.publishedAt, { timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }),
            })}
          </time>
          {article.agency ? <span> · {t('agency', { agency: article.agency })}</span> : null}
        </p>
        {article.cover ? (
          // The optimised image's attributes on a plain <img>: next/image's component is a client
          // component, and an article has nothing else that needs JavaScript (record 041).
          // eslint-disable-next-line @next/next/no-img-element
          <img
            {...getImageProps({
              src: article.cover.src,
              alt: article.cover.alt,
              width: article.cover.width,
              height: article.cover.height,
              sizes: '(min-width: 768px) 48rem, 100vw',
              priority: true,
              className: 'mt-6 h-auto w-full',
            }).props}
            alt={article.cover.alt}
          />
        ) : null}
        <p className="mt-6 text-xl">{article.summary}</p>
        <div
          className="news-body mt-6 space-y-4 text-lg [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:pl-4 [&_h2]:text-2xl [&_h2]:font-bold [&_h3]:text-xl [&_h3]:font-bold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6"
          data-testid="news-body"
          dangerouslySetInnerHTML={{ __html: article.html }}
        />
      </div>
      {after}
    </article>
  );
}

/**
 * Structured data for Google's Article rich result: headline, images, dates, author and publisher.
 * `<` is escaped so no text of the article can close the script element.
 */
export function NewsJsonLd({ data }: { data: Record<string, unknown> }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  );
}
