import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { dateFormat } from '@/lib/consultations/format';
import { localized, placeName } from '@/lib/i18n/localized';
import type { AlertView } from '@/server/alerts/queries';

/** Everything a CAP message says, in the page's language: the public page and the back office's preview. */
export async function AlertDetails({ alert, locale }: { alert: AlertView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Alerts' });
  const date = dateFormat(locale, true);
  const instruction = localized(alert, 'instruction', locale);
  const row = (label: string, value: string, testId?: string) => (
    <div className="border-b border-slate-300 py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="sm:col-span-2" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  return (
    <>
      <div className="max-w-3xl space-y-4 text-lg whitespace-pre-line" data-testid="alert-description">
        {localized(alert, 'description', locale)}
      </div>
      {instruction ? (
        <section aria-labelledby="alert-instruction" className="mt-6 max-w-3xl border-l-4 border-accent bg-red-50 p-4">
          <h2 id="alert-instruction" className="text-xl font-bold">
            {t('detail.instruction')}
          </h2>
          <p className="mt-2 whitespace-pre-line">{instruction}</p>
        </section>
      ) : null}
      {alert.note ? (
        <p className="mt-6 max-w-3xl">
          <strong>{t('detail.note')}:</strong> {alert.note}
        </p>
      ) : null}
      <h2 className="mt-8 mb-2 text-xl font-bold">{t('detail.facts')}</h2>
      <dl className="max-w-3xl">
        {row(t('detail.event'), localized(alert, 'event', locale))}
        {row(t('detail.severity'), t(`severity.${alert.severity}`), 'alert-severity')}
        {row(t('detail.urgency'), t(`urgency.${alert.urgency}`))}
        {row(t('detail.certainty'), t(`certainty.${alert.certainty}`))}
        {row(t('detail.responseType'), t(`responseType.${alert.responseType}` as 'responseType.None'))}
        {row(t('detail.category'), t(`category.${alert.category}` as 'category.Other'))}
        {row(t('detail.sent'), date.format(alert.sent))}
        {row(t('detail.onset'), date.format(alert.onset))}
        {row(t('detail.expires'), date.format(alert.expires))}
        {row(t('detail.area'), localized(alert, 'areaDesc', locale))}
        {row(
          t('detail.wards'),
          alert.wards.length ? alert.wards.map((w) => placeName(w, locale)).join(', ') : t('detail.wholeCity'),
          'alert-wards',
        )}
        {alert.polygon ? row(t('detail.polygon'), alert.polygon) : null}
        {alert.circle ? row(t('detail.circle'), alert.circle) : null}
        {row(t('detail.identifier'), alert.identifier)}
      </dl>
    </>
  );
}
