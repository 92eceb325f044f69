import { getTranslations } from 'next-intl/server';
import { curvePath, type CurvePoint } from '@/lib/campaign/rules';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/i18n/dates';

// The city's running total drawn on the server as inline SVG (no script, no chart library), with
// the same numbers in a table under it.

const WIDTH = 600;
const HEIGHT = 200;
const PAD = { left: 56, bottom: 28, top: 12, right: 12 };

export async function CityCurve({ points, locale }: { points: readonly CurvePoint[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Campaign' });
  if (points.length === 0) return <p data-testid="campaign-curve-empty">{t('curveEmpty')}</p>;
  const number = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB');
  // A day of the curve (YYYY-MM-DD, the city's calendar) in the portal's date format.
  const label = (d: string) => formatDate(new Date(`${d}T00:00:00+07:00`), locale);
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const max = Math.max(1, ...points.map((p) => p.total));
  return (
    <figure data-testid="campaign-curve">
      <svg
        role="img"
        aria-labelledby="campaign-curve-title"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full max-w-2xl"
        focusable="false"
      >
        <title id="campaign-curve-title">
          {t('curveTitle', { from: label(first.day), to: label(last.day), total: last.total })}
        </title>
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={PAD.top + innerH} className="stroke-ink" strokeWidth={1} />
        <line
          x1={PAD.left}
          y1={PAD.top + innerH}
          x2={PAD.left + innerW}
          y2={PAD.top + innerH}
          className="stroke-ink"
          strokeWidth={1}
        />
        <text x={PAD.left - 6} y={PAD.top + 12} fontSize={13} textAnchor="end" className="fill-ink">
          {number.format(max)}
        </text>
        <text x={PAD.left - 6} y={PAD.top + innerH} fontSize={13} textAnchor="end" className="fill-ink">
          0
        </text>
        <text x={PAD.left} y={HEIGHT - 6} fontSize={13} className="fill-ink">
          {label(first.day)}
        </text>
        <text x={PAD.left + innerW} y={HEIGHT - 6} fontSize={13} textAnchor="end" className="fill-ink">
          {label(last.day)}
        </text>
        <g transform={`translate(${PAD.left} ${PAD.top})`}>
          <polyline
            points={curvePath(points, innerW, innerH)}
            fill="none"
            className="stroke-brand-700"
            strokeWidth={3}
            data-testid="campaign-curve-line"
          />
        </g>
      </svg>
      <details className="mt-2">
        <summary className="cursor-pointer font-semibold">{t('curveTable')}</summary>
        <table className="mt-2 border-collapse text-left" data-testid="campaign-curve-table">
          <caption className="sr-only">{t('curveCaption')}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">
                {t('colDay')}
              </th>
              <th scope="col" className="p-2 text-right">
                {t('colTotal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.day} className="border-b border-slate-300">
                <td className="p-2">
                  <time dateTime={p.day}>{label(p.day)}</time>
                </td>
                <td className="p-2 text-right tabular-nums">{number.format(p.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
