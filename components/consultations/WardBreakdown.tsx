import { getTranslations } from 'next-intl/server';
import { BarChart } from '@/components/reports/BarChart';
import { MIN_GROUP_SIZE, percent } from '@/lib/consultations/rules';
import { placeName } from '@/lib/i18n/localized';
import { formatPercent, numberFormat } from '@/lib/i18n/numbers';
import type { ConsultationResults } from '@/server/consultations/results';

/** Respondents by ward; groups under MIN_GROUP_SIZE people are left out and only counted. */
export async function WardBreakdown({ results, locale }: { results: ConsultationResults; locale: string }) {
  const t = await getTranslations('Consultations.results');
  const num = numberFormat(locale);
  const name = (w: ConsultationResults['wards']['shown'][number]) =>
    w.name ? placeName({ name: w.name, nameEn: w.nameEn }, locale) : t('unknownWard');
  const { shown, hiddenGroups, hiddenRespondents } = results.wards;
  return (
    <section aria-labelledby="wards-title" className="mb-10 max-w-3xl" data-testid="ward-breakdown">
      <h2 id="wards-title" className="text-xl font-bold">
        {t('wards')}
      </h2>
      <p className="text-muted">{t('wardsLead', { min: MIN_GROUP_SIZE })}</p>
      {shown.length ? (
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          <BarChart
            id="chart-wards"
            title={t('wards')}
            bars={shown.map((w) => ({ label: name(w), value: w.respondents, display: num.format(w.respondents) }))}
          />
          <table className="w-full border-collapse text-left" data-testid="ward-table">
            <caption className="mb-2 text-left font-semibold">{t('wards')}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-1 pr-3">
                  {t('ward')}
                </th>
                <th scope="col" className="py-1 pr-3 text-right">
                  {t('people')}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t('percent')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((w) => (
                <tr key={w.code ?? 'none'} className="border-b border-ink/20">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {name(w)}
                  </th>
                  <td className="py-1 pr-3 text-right tabular-nums">{num.format(w.respondents)}</td>
                  <td className="py-1 text-right tabular-nums">
                    {formatPercent(percent(w.respondents, results.respondents), locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {hiddenGroups ? (
        <p className="mt-2" data-testid="ward-hidden">
          {t('hiddenGroups', { groups: hiddenGroups, people: hiddenRespondents })}
        </p>
      ) : null}
    </section>
  );
}
