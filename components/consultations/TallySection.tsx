import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/Button';

/** What the receipt check found, when someone asked. */
export type ReceiptCheck = { typed: string; status: 'counted' | 'not-found' | 'invalid'; hash?: string };

/**
 * The published tally of a closed consultation: the response table to download and recount, and a
 * plain GET form that tells a resident whether their receipt code is counted (docs/decisions/023).
 */
export async function TallySection({
  slug,
  locale,
  action,
  check,
}: {
  slug: string;
  locale: string;
  /** The results page's own address: the form comes back to it. */
  action: string;
  check: ReceiptCheck | null;
}) {
  const t = await getTranslations('ConsultationTally');
  const file = (format: 'csv' | 'json') =>
    `/api/consultations/${encodeURIComponent(slug)}/tally?format=${format}&lang=${locale}`;
  return (
    <section aria-labelledby="tally-title" className="mb-10 max-w-3xl" id="tally" data-testid="tally">
      <h2 id="tally-title" className="text-xl font-bold">
        {t('title')}
      </h2>
      <p className="mt-2">{t('lead')}</p>
      <ul className="mt-2 flex flex-wrap gap-6">
        <li>
          <a href={file('csv')} download data-testid="tally-csv">
            {t('csv')}
          </a>
        </li>
        <li>
          <a href={file('json')} download data-testid="tally-json">
            {t('json')}
          </a>
        </li>
      </ul>
      <p className="mt-2 text-muted">{t('recount')}</p>

      <form method="get" action={`${action}#tally`} className="mt-6" data-testid="receipt-check">
        <label htmlFor="receipt" className="block text-lg font-semibold">
          {t('checkLabel')}
        </label>
        <p id="receipt-hint" className="text-muted">
          {t('checkHint')}
        </p>
        <div className="mt-1 flex flex-wrap items-end gap-3">
          <input
            id="receipt"
            name="receipt"
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            defaultValue={check?.typed ?? ''}
            aria-describedby="receipt-hint"
            className="block w-full max-w-xs rounded-none border-2 border-ink px-3 py-2 font-mono text-lg uppercase"
          />
          <Button type="submit" variant="secondary" size="lg">
            {t('checkSubmit')}
          </Button>
        </div>
      </form>
      {check ? (
        <div
          role="status"
          className={`mt-4 border-l-4 p-4 ${check.status === 'counted' ? 'border-green-700 bg-green-50' : 'border-accent bg-red-50'}`}
          data-testid="receipt-check-result"
          data-status={check.status}
        >
          <p className="font-semibold">
            {check.status === 'counted' ? t('counted') : check.status === 'not-found' ? t('notFound') : t('invalid')}
          </p>
          {check.hash ? (
            <p className="mt-1 break-all">
              {t('hash')}: <code className="font-mono">{check.hash}</code>
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
