import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { REPORT_STATUS_FILTERS, REPORT_PERIODS, REPORT_SORTS, type ReportQuery } from '@/lib/validation/reports/query';
import type { ReportFacets } from '@/server/reports/queries';
import { localized, placeName } from '@/lib/i18n/localized';
import { Button } from '@/components/ui/Button';

/**
 * The filters as a plain GET form: every result has its own address and it works without
 * JavaScript. Folded on small screens so the list comes first; open while a filter is on.
 */
export async function ReportFilters({
  action,
  query,
  facets,
  categories,
  wards,
  locale,
  showSort = true,
}: {
  action: string;
  query: ReportQuery;
  facets?: ReportFacets;
  categories: { code: string; nameVi: string; nameEn: string }[];
  wards: { code: string; name: string; nameEn: string | null }[];
  locale: Locale;
  showSort?: boolean;
}) {
  const t = await getTranslations('Reports');
  const ts = await getTranslations('Notifications');
  const count = (group: keyof ReportFacets, key: string) => (facets ? ` (${facets[group][key] ?? 0})` : '');
  const active = Boolean(
    query.status || query.category || query.ward || query.period || query.from || query.to || query.sort !== 'newest',
  );
  const control = 'mt-1 block min-h-11 w-full rounded-none border-2 border-ink bg-white px-2 py-2 text-base';
  return (
    <details open={active} className="group border-2 border-slate-300 bg-slate-50" data-testid="filters-panel">
      <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-4 py-2 text-lg font-bold">
        <span>{showSort ? t('filters') : t('filtersOnly')}</span>
        <span aria-hidden="true" className="text-xl group-open:rotate-180">
          ▾
        </span>
      </summary>
      <form
        method="get"
        action={action}
        aria-label={showSort ? t('filters') : t('filtersOnly')}
        className="space-y-4 px-4 pb-4"
        data-testid="filters"
      >
        <p id="filters-hint" className="text-sm text-muted">
          {t('filtersHint')}
        </p>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <div>
            <label htmlFor="filter-status" className="block font-semibold">
              {t('status')}
            </label>
            <select id="filter-status" name="status" defaultValue={query.status ?? ''} className={control}>
              <option value="">{t('any')}</option>
              {REPORT_STATUS_FILTERS.map((s) => (
                <option key={s} value={s}>
                  {(s === 'OVERDUE' ? t('overdueFilter') : ts(`status.${s}`)) + count('status', s)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-category" className="block font-semibold">
              {t('category')}
            </label>
            <select id="filter-category" name="category" defaultValue={query.category ?? ''} className={control}>
              <option value="">{t('any')}</option>
              {categories.map((c) => (
                <option key={c.code} value={c.code}>
                  {localized(c, 'name', locale) + count('category', c.code)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-ward" className="block font-semibold">
              {t('ward')}
            </label>
            <select id="filter-ward" name="ward" defaultValue={query.ward ?? ''} className={control}>
              <option value="">{t('any')}</option>
              {wards.map((w) => (
                <option key={w.code} value={w.code}>
                  {placeName(w, locale) + count('ward', w.code)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-period" className="block font-semibold">
              {t('period')}
            </label>
            <select id="filter-period" name="period" defaultValue={query.period ?? ''} className={control}>
              <option value="">{t('any')}</option>
              {REPORT_PERIODS.map((p) => (
                <option key={p} value={p}>
                  {t(`periods.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="sm:col-span-2 lg:col-span-1">
            <legend className="sr-only">{t('dateHint')}</legend>
            <p className="text-sm text-muted" aria-hidden="true">
              {t('dateHint')}
            </p>
            <div className="grid gap-2 min-[400px]:grid-cols-2">
              <div>
                <label htmlFor="filter-from" className="block font-semibold">
                  {t('from')}
                </label>
                <input id="filter-from" type="date" name="from" defaultValue={query.from ?? ''} className={control} />
              </div>
              <div>
                <label htmlFor="filter-to" className="block font-semibold">
                  {t('to')}
                </label>
                <input id="filter-to" type="date" name="to" defaultValue={query.to ?? ''} className={control} />
              </div>
            </div>
          </fieldset>
          {showSort ? (
            <div>
              <label htmlFor="filter-sort" className="block font-semibold">
                {t('sort')}
              </label>
              <select id="filter-sort" name="sort" defaultValue={query.sort} className={control}>
                {REPORT_SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`sorts.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" size="lg">
            {t('applyFilters')}
          </Button>
          {active ? (
            <a href={action} className="inline-flex min-h-11 items-center font-semibold">
              {t('clearFilters')}
            </a>
          ) : null}
        </div>
      </form>
    </details>
  );
}
