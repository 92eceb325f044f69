import type { getTranslations } from 'next-intl/server';
import { BarChart } from '@/components/reports/BarChart';
import type { Count } from '@/server/reports/statistics';

// The parts of the public statistics page: a headline figure, and a section with a chart and the
// same numbers in a table.

export function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="border-t-4 border-brand-700 bg-brand-50 p-4">
      <dt className="text-muted">{label}</dt>
      <dd className="text-3xl font-bold" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<'ReportStats'>>>;

export function CountSection({
  id,
  heading,
  column,
  rows,
  total,
  chartTitle,
  chartRows,
  note,
  t,
  share,
  num,
}: {
  id: string;
  heading: string;
  column: string;
  rows: (Count & { label: string })[];
  total: number;
  chartTitle: string;
  chartRows?: number;
  note?: string;
  t: T;
  share: (n: number) => string;
  num: Intl.NumberFormat;
}) {
  const charted = chartRows ? rows.slice(0, chartRows) : rows;
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="mb-4 text-2xl font-bold">
        {heading}
      </h2>
      <div className="grid gap-6 md:grid-cols-2">
        <div>
          <BarChart
            id={`chart-${id}`}
            testId={`chart-${id}`}
            title={chartTitle}
            bars={charted.map((r) => ({ label: r.label, value: r.count, display: num.format(r.count) }))}
          />
          {note ? <p className="mt-2 text-muted">{note}</p> : null}
        </div>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left" data-testid={`table-${id}`}>
            <caption className="mb-2 text-left font-semibold">{heading}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-3">
                  {column}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t('count')}
                </th>
                <th scope="col" className="py-2 text-right">
                  {t('share')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className="border-b border-gray-300">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {r.label}
                  </th>
                  <td className="py-2 pr-3 text-right">{num.format(r.count)}</td>
                  <td className="py-2 text-right">{share(r.count)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-ink font-bold">
                <th scope="row" className="py-2 pr-3">
                  {t('total')}
                </th>
                <td className="py-2 pr-3 text-right">{num.format(total)}</td>
                <td className="py-2 text-right">{share(total)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </div>
    </section>
  );
}
