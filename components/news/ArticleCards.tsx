import { getImageProps } from 'next/image';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { NewsCard } from '@/server/news/queries';

/** A list of articles: cover, kind, title, date and summary. `level` is each title's heading level. */
export async function ArticleCards({ items, level, testId }: { items: NewsCard[]; level: 2 | 3; testId?: string }) {
  const [format, t] = await Promise.all([getFormatter(), getTranslations('NewsPages')]);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <ul className="grid max-w-4xl gap-8" data-testid={testId}>
      {items.map((a) => (
        <li key={a.id}>
          <article className="grid gap-4 sm:grid-cols-[12rem_1fr]" lang={a.lang}>
            {a.cover ? (
              // A plain <img> with next/image's attributes: no client component for a picture (record 041).
              // eslint-disable-next-line @next/next/no-img-element
              <img
                {...getImageProps({
                  src: a.cover.src,
                  alt: a.cover.alt,
                  width: a.cover.width,
                  height: a.cover.height,
                  sizes: '(min-width: 640px) 12rem, 100vw',
                  className: 'aspect-[40/21] h-auto w-full object-cover',
                }).props}
                alt={a.cover.alt}
              />
            ) : (
              <span aria-hidden="true" className="hidden sm:block" />
            )}
            <div>
              <p className="text-sm font-semibold text-brand-700 uppercase">{t(`types.${a.type}`)}</p>
              <Heading className={level === 2 ? 'text-2xl font-bold' : 'text-xl font-bold'}>
                <Link href={{ pathname: '/news/[slug]', params: { slug: a.slug } }}>{a.title}</Link>
              </Heading>
              <p className="text-sm text-muted">
                <time dateTime={a.publishedAt.toISOString()}>
                  {format.dateTime(a.publishedAt, { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' })}
                </time>
              </p>
              <p className="mt-1">{a.summary}</p>
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
