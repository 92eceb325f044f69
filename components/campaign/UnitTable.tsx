import { getTranslations } from 'next-intl/server';
import { MIN_RANKED, percentOf, type RankedUnit } from '@/lib/campaign/rules';
import type { Locale } from '@/i18n/routing';
import { ProgressBar } from './ProgressBar';

/** The ranking: rank, unit, kind, registered / target, share with its bar. */
export async function UnitTable({
  units,
  locale,
  caption,
}: {
  units: readonly RankedUnit[];
  locale: Locale;
  caption: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Campaign' });
  return (
    <div className="overflow-x-auto" role="region" tabIndex={0} aria-labelledby="campaign-table-caption">
      <table className="w-full border-collapse text-left" data-testid="campaign-table">
        <caption id="campaign-table-caption" className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">
              {t('colRank')}
            </th>
            <th scope="col" className="p-2">
              {t('colUnit')}
            </th>
            <th scope="col" className="p-2">
              {t('colKind')}
            </th>
            <th scope="col" className="p-2 text-right">
              {t('colRegistered')}
            </th>
            <th scope="col" className="p-2">
              {t('colShare')}
            </th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.id} className="border-b border-slate-300" data-testid="campaign-row" data-code={u.code}>
              <td className="p-2 tabular-nums" data-testid="campaign-rank">
                {u.rank ?? (
                  <span>
                    {t('notRanked')}
                    <span className="block text-sm text-muted">{t('notRankedReason', { min: MIN_RANKED })}</span>
                  </span>
                )}
              </td>
              <th scope="row" className="p-2 font-semibold">
                {u.name}
              </th>
              <td className="p-2">{t(`kinds.${u.kind}`)}</td>
              <td className="p-2 text-right whitespace-nowrap tabular-nums" data-testid="campaign-registered">
                {t('registered', { registered: u.registered, target: u.target })}
              </td>
              <td className="p-2">
                <div className="flex items-center gap-2">
                  <span className="w-12 text-right tabular-nums" data-testid="campaign-percent">
                    {t('percent', { percent: percentOf(u.share) })}
                  </span>
                  <ProgressBar share={u.share} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
