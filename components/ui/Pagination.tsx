import { getTranslations } from 'next-intl/server';

/** Previous / next links that keep the rest of the query. */
export async function Pagination({ page, pages, basePath, query = {} }: { page: number; pages: number; basePath: string; query?: Record<string, string> }) {
  if (pages <= 1) return null;
  const t = await getTranslations('Admin');
  const href = (p: number) => `${basePath}?${new URLSearchParams({ ...query, page: String(p) }).toString()}`;
  return (
    <nav aria-label={t('pagination')} className="mt-6 flex items-center gap-6">
      {page > 1 ? <a href={href(page - 1)} rel="prev">← {t('previous')}</a> : null}
      <span>{t('page', { page, pages })}</span>
      {page < pages ? <a href={href(page + 1)} rel="next">{t('next')} →</a> : null}
    </nav>
  );
}

export function pageNumber(raw: unknown): number {
  const n = typeof raw === 'string' && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  return Math.max(1, n);
}
