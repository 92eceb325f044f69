import { getTranslations } from 'next-intl/server';
import { dateFormat } from '@/lib/consultations/format';

/** "You answered on …" with the receipt code. */
export async function Receipt({
  locale,
  receiptCode,
  createdAt,
  updatedAt,
  justSaved,
  open,
}: {
  locale: string;
  receiptCode: string;
  createdAt: Date;
  updatedAt: Date;
  justSaved: boolean;
  open: boolean;
}) {
  const t = await getTranslations('Consultations.detail');
  const date = dateFormat(locale, true);
  return (
    <section
      id="receipt"
      aria-labelledby="receipt-title"
      role={justSaved ? 'status' : undefined}
      className="my-6 max-w-3xl border-l-4 border-green-700 bg-green-50 p-4"
      data-testid="consultation-receipt"
    >
      <h2 id="receipt-title" className="text-xl font-bold">
        {justSaved ? t('justSaved') : t('answeredTitle')}
      </h2>
      <p className="mt-2">{t('answeredOn', { date: date.format(createdAt) })}</p>
      {updatedAt.getTime() !== createdAt.getTime() ? <p>{t('changedOn', { date: date.format(updatedAt) })}</p> : null}
      <p className="mt-2">
        {t('receipt')}:{' '}
        <strong className="font-mono text-lg" data-testid="receipt-code">
          {receiptCode}
        </strong>
      </p>
      <p className="text-muted">{t('receiptHint')}</p>
      {open ? <p className="mt-2">{t('change')}</p> : null}
    </section>
  );
}
