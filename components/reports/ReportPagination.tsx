import { getTranslations } from 'next-intl/server';

/** Previous / next links (44 px targets) that keep the rest of the query. */
export async function ReportPagination({ page, pages, href, label }: { page: number; pages: number; href: (page: number) => string; label?: string }) {
  if (pages <= 1) return null;
  const t = await getTranslations('Reports');
  const link = 'inline-flex min-h-11 items-center rounded border-2 border-brand-700 px-4 font-semibold no-underline hover:bg-brand-50';
  return (
    <nav aria-label={label ?? t('pagination')} className="mt-8 flex flex-wrap items-center gap-4" data-testid="pagination">
      {page > 1 ? <a href={href(page - 1)} rel="prev" className={link}>← {t('previous')}</a> : null}
      <span aria-current="page">{t('pageOf', { page, pages })}</span>
      {page < pages ? <a href={href(page + 1)} rel="next" className={link}>{t('next')} →</a> : null}
    </nav>
  );
}
