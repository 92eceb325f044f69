import { getTranslations } from 'next-intl/server';
import { pageNeighbours } from '@/lib/pagination';

const styles = {
  /** Plain links, as on the admin lists and the procedure search. */
  links: { nav: 'mt-6 flex items-center gap-6', link: undefined },
  /** Bordered 44 px targets, as on the residents' report lists. */
  boxed: {
    nav: 'mt-8 flex flex-wrap items-center gap-4',
    link: 'inline-flex min-h-11 items-center rounded border-2 border-brand-700 px-4 font-semibold no-underline hover:bg-brand-50',
  },
} as const;

/** Previous / next links around "page N of M"; nothing when there is one page. */
export async function Pagination({
  page,
  pages,
  href,
  label,
  variant = 'links',
}: {
  page: number;
  pages: number;
  /** The address of page `p` (keeping the rest of the query: see `queryHref`). */
  href: (p: number) => string;
  /** The navigation's accessible name; "Pagination" by default. */
  label?: string;
  variant?: keyof typeof styles;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations('Pagination');
  const { prev, next } = pageNeighbours(page, pages);
  const style = styles[variant];
  const boxed = variant === 'boxed';
  return (
    <nav aria-label={label ?? t('label')} className={style.nav} data-testid={boxed ? 'pagination' : undefined}>
      {prev !== null ? (
        <a href={href(prev)} rel="prev" className={style.link}>
          ← {t('previous')}
        </a>
      ) : null}
      <span aria-current={boxed ? 'page' : undefined}>{t('page', { page, pages })}</span>
      {next !== null ? (
        <a href={href(next)} rel="next" className={style.link}>
          {t('next')} →
        </a>
      ) : null}
    </nav>
  );
}

/** `basePath?…query&page=p`, the link of a page of a list filtered by `query` (the first page without `page`). */
export function queryHref(basePath: string, query: Record<string, string> = {}): (p: number) => string {
  return (p) => {
    const search = new URLSearchParams({ ...query, ...(p > 1 ? { page: String(p) } : {}) }).toString();
    return search ? `${basePath}?${search}` : basePath;
  };
}
