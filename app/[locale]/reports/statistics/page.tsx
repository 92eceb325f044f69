import { getTranslations, setRequestLocale } from 'next-intl/server';
import { z } from 'zod';
import { getPathname } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { PageHeader } from '@/components/ui/PageHeader';
import { BarChart } from '@/components/reports/BarChart';
import { CountSection, Figure } from '@/components/reports/StatsSections';
import { pageMetadata } from '@/lib/metadata';
import { MIN_ANSWERED_FOR_RANK, reportStatistics, STAT_PERIODS, type AgencyStat } from '@/server/reports/statistics';
import { localized } from '@/lib/i18n/localized';
import { Button } from '@/components/ui/Button';
import { dateFormat } from '@/lib/i18n/dates';

// Public statistics of citizen reports, rendered per request (the /feedback section has a nonce CSP).

export const generateMetadata = pageMetadata({
  title: 'ReportStats.title',
  description: 'ReportStats.description',
  path: '/reports/statistics',
});

const query = z.object({ period: z.enum(STAT_PERIODS).catch('12m') });
const WARDS_IN_CHART = 10;

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ReportStatisticsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = await searchParams;
  const { period } = query.parse({ period: typeof raw.period === 'string' ? raw.period : undefined });
  const [t, stats] = await Promise.all([getTranslations('ReportStats'), reportStatistics(period)]);

  const tag = locale === 'vi' ? 'vi-VN' : 'en-GB';
  const num = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const date = dateFormat(locale);
  const name = (c: { nameVi: string; nameEn: string }) => localized(c, 'name', locale);
  const share = (n: number) => (stats.total > 0 ? pct.format(n / stats.total) : '—');

  const statusRows = stats.byStatus.map((s) => ({ ...s, label: t(`statuses.${s.key as 'RECEIVED'}`) }));
  const categoryRows = stats.byCategory.map((c) => ({ ...c, label: name(c) }));
  const wardRows = stats.byWard.map((w) => ({ ...w, label: w.key ? name(w) : t('unknownWard') }));
  const agencies = [...stats.ranked, ...stats.unranked];

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />

      <form
        method="get"
        action={getPathname({ locale, href: '/reports/statistics' })}
        className="mb-6 flex flex-wrap items-end gap-3"
        data-testid="stats-period"
      >
        <div>
          <label htmlFor="period" className="block text-lg font-semibold">
            {t('periodLabel')}
          </label>
          <select
            id="period"
            name="period"
            defaultValue={period}
            className="mt-1 block rounded-none border-2 border-ink bg-white px-3 py-2 text-lg"
          >
            {STAT_PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`periods.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" size="lg">
          {t('show')}
        </Button>
      </form>
      <p className="mb-2 text-muted">
        {stats.since ? t('periodSince', { date: date.format(stats.since) }) : t('periodAll')}
      </p>
      <p className="mb-8 max-w-3xl text-muted">{t('privacyNote')}</p>

      <section aria-labelledby="summary" className="mb-10">
        <h2 id="summary" className="sr-only">
          {t('summaryHeading')}
        </h2>
        <dl className="grid max-w-4xl grid-cols-2 gap-4 md:grid-cols-4" data-testid="stats-summary">
          <Figure label={t('total')} value={num.format(stats.total)} />
          <Figure label={t('answered')} value={num.format(stats.answered)} />
          <Figure
            label={t('onTimeShare')}
            value={stats.onTimeShare === null ? '—' : pct.format(stats.onTimeShare)}
            testId="stats-on-time"
          />
          <Figure label={t('overdue')} value={num.format(stats.overdue)} />
        </dl>
        <p className="mt-3 max-w-3xl text-muted">
          {stats.onTimeShare === null
            ? t('noShare')
            : t('onTimeExplained', { answered: num.format(stats.answered), overdue: num.format(stats.overdue) })}
        </p>
      </section>

      {stats.total === 0 ? (
        <p className="mb-10 border-l-4 border-brand-700 bg-brand-50 p-4" data-testid="stats-empty">
          {t('empty')}
        </p>
      ) : (
        <>
          <CountSection
            id="by-status"
            heading={t('byStatus')}
            column={t('status')}
            rows={statusRows}
            total={stats.total}
            chartTitle={t('chartTitle', { title: t('byStatus') })}
            t={t}
            share={share}
            num={num}
          />
          <CountSection
            id="by-category"
            heading={t('byCategory')}
            column={t('category')}
            rows={categoryRows}
            total={stats.total}
            chartTitle={t('chartTitle', { title: t('byCategory') })}
            t={t}
            share={share}
            num={num}
          />
          <CountSection
            id="by-ward"
            heading={t('byWard')}
            column={t('ward')}
            rows={wardRows}
            total={stats.total}
            chartRows={WARDS_IN_CHART}
            chartTitle={t('chartTitle', { title: t('byWard') })}
            note={wardRows.length > WARDS_IN_CHART ? t('byWardChartNote', { count: WARDS_IN_CHART }) : undefined}
            t={t}
            share={share}
            num={num}
          />
        </>
      )}

      <section aria-labelledby="by-agency" className="mb-10">
        <h2 id="by-agency" className="mb-2 text-2xl font-bold">
          {t('agencies')}
        </h2>
        <p className="mb-4 max-w-3xl">{t('agenciesLead', { min: MIN_ANSWERED_FOR_RANK })}</p>
        {stats.ranked.length ? (
          <BarChart
            id="chart-agencies"
            testId="chart-agencies"
            title={t('chartTitle', { title: t('agenciesChart') })}
            bars={stats.ranked.map((a) => ({
              label: name(a),
              value: a.medianWorkingDays ?? 0,
              display: t('days', { value: num.format(a.medianWorkingDays ?? 0) }),
            }))}
          />
        ) : null}
        <div className="mt-4 overflow-x-auto" role="region" tabIndex={0} aria-labelledby="agencies-caption">
          <table className="w-full max-w-5xl min-w-[40rem] border-collapse text-left" data-testid="stats-agencies">
            <caption id="agencies-caption" className="mb-2 text-left font-semibold">
              {t('agencies')}
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-3">
                  {t('rank')}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t('agency')}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t('answered')}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t('medianDays')}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t('medianHours')}
                </th>
                <th scope="col" className="py-2 text-right">
                  {t('onTimeShare')}
                </th>
              </tr>
            </thead>
            <tbody>
              {agencies.map((a: AgencyStat) => {
                const rank = stats.ranked.indexOf(a);
                return (
                  <tr key={a.code} className="border-b border-gray-300" data-testid={`agency-${a.code}`}>
                    <td className="py-2 pr-3">{rank >= 0 ? rank + 1 : '—'}</td>
                    <th scope="row" className="py-2 pr-3 font-normal">
                      {name(a)}
                    </th>
                    <td className="py-2 pr-3 text-right">{num.format(a.answered)}</td>
                    {rank >= 0 ? (
                      <>
                        <td className="py-2 pr-3 text-right">{num.format(a.medianWorkingDays!)}</td>
                        <td className="py-2 pr-3 text-right">{num.format(a.medianHours!)}</td>
                      </>
                    ) : (
                      <td colSpan={2} className="py-2 pr-3 text-right text-muted">
                        {t('notEnoughData')}
                      </td>
                    )}
                    <td className="py-2 text-right">{a.onTimeShare === null ? '—' : pct.format(a.onTimeShare)}</td>
                  </tr>
                );
              })}
              {agencies.length === 0 ? (
                <tr>
                  <td colSpan={6} className="py-2">
                    {t('none')}
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
