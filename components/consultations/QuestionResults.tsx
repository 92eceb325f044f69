import { getTranslations } from 'next-intl/server';
import { BarChart } from '@/components/reports/BarChart';
import { localized } from '@/lib/i18n/localized';
import { formatPercent, numberFormat } from '@/lib/i18n/numbers';
import type { QuestionResult } from '@/server/consultations/results';

/** One question's results: an SVG bar chart and the same numbers in a table. */
export async function QuestionResults({ q, locale }: { q: QuestionResult; locale: string }) {
  const t = await getTranslations('Consultations');
  const num = numberFormat(locale);
  const pct = (p: number) => formatPercent(p, locale);
  const label = (r: QuestionResult['rows'][number]) =>
    q.kind === 'SCALE' ? `${t('results.scaleValue')} ${r.key}` : localized(r, 'text', locale);
  const title = localized(q, 'text', locale);
  return (
    <section
      aria-labelledby={`q${q.position}-title`}
      className="mb-10 max-w-3xl"
      data-testid={`result-question-${q.position}`}
    >
      <h2 id={`q${q.position}-title`} className="text-xl font-bold">
        {t('detail.questionCount', { n: q.position })}. {title}
      </h2>
      <p className="text-muted">{t('results.answered', { count: q.answered })}</p>
      {q.kind === 'TEXT' ? (
        <>
          <p className="mt-2">
            {t('results.texts', { count: q.texts?.written ?? 0, shown: q.texts?.shown.length ?? 0 })}
          </p>
          {q.texts?.shown.length ? (
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {q.texts.shown.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ul>
          ) : (
            <p className="text-muted">{t('results.noTexts')}</p>
          )}
        </>
      ) : (
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          <BarChart
            id={`chart-q${q.position}`}
            title={t('results.chart', { n: q.position })}
            bars={q.rows.map((r) => ({
              label: label(r),
              value: r.count,
              display: `${num.format(r.count)} · ${pct(r.percent)}`,
            }))}
            testId={`chart-${q.position}`}
          />
          <table className="w-full border-collapse text-left" data-testid={`table-${q.position}`}>
            <caption className="mb-2 text-left font-semibold">{t('results.table', { n: q.position })}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-1 pr-3">
                  {q.kind === 'SCALE' ? t('results.scaleValue') : t('results.option')}
                </th>
                <th scope="col" className="py-1 pr-3 text-right">
                  {t('results.people')}
                </th>
                <th scope="col" className="py-1 pr-3 text-right">
                  {t('results.percent')}
                </th>
                {q.kind === 'RANKING' ? (
                  <>
                    <th scope="col" className="py-1 pr-3 text-right">
                      {t('results.firstPlace')}
                    </th>
                    <th scope="col" className="py-1 text-right">
                      {t('results.averageRank')}
                    </th>
                  </>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {q.rows.map((r) => (
                <tr key={r.key} className="border-b border-ink/20">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {label(r)}
                  </th>
                  <td className="py-1 pr-3 text-right tabular-nums">{num.format(r.count)}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{pct(r.percent)}</td>
                  {q.kind === 'RANKING' ? (
                    <>
                      <td className="py-1 pr-3 text-right tabular-nums">{num.format(r.firstPlace ?? 0)}</td>
                      <td className="py-1 text-right tabular-nums">
                        {r.averageRank ? numberFormat(locale, 1).format(r.averageRank) : '—'}
                      </td>
                    </>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
