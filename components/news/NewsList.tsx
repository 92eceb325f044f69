import { getFormatter } from 'next-intl/server';
import { Link } from '@/i18n/link';

type Item = { slug: string; title: string; summary: string; publishedAt: Date };

/** Headlines with date and summary; `level` is the heading level of each title. */
export async function NewsList({
  items,
  level,
  className,
  testId,
}: {
  items: Item[];
  level: 2 | 3;
  className: string;
  testId?: string;
}) {
  const format = await getFormatter();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <ul className={className} data-testid={testId}>
      {items.map((a) => (
        <li key={a.slug}>
          <article>
            <Heading className={level === 2 ? 'text-2xl font-bold' : 'text-xl font-bold'}>
              <Link href={{ pathname: '/news/[slug]', params: { slug: a.slug } }}>{a.title}</Link>
            </Heading>
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
  );
}
