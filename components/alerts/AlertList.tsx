import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { dateFormat } from '@/lib/consultations/format';
import { phaseOf } from '@/lib/alerts/rules';
import { localized, placeName } from '@/lib/i18n/localized';
import type { AlertView } from '@/server/alerts/queries';

/** A list of alerts on the alerts page: headline, severity, phase, dates and wards. */
export async function AlertList({
  id,
  title,
  empty,
  items,
  locale,
  now,
  note,
}: {
  id: string;
  title: string;
  empty: string;
  items: AlertView[];
  locale: Locale;
  now: Date;
  note?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Alerts' });
  const date = dateFormat(locale, true);
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-10" data-testid={`alerts-${id}`}>
      <h2 id={`${id}-heading`} className="mb-2 text-2xl font-bold">
        {title}
      </h2>
      {note && items.length ? <p className="mb-4 text-muted">{note}</p> : null}
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="space-y-4">
          {items.map((a) => {
            const phase = phaseOf(a, now);
            return (
              <li key={a.identifier} className="border-l-4 border-brand-700 bg-brand-50 p-4" data-testid="alert-item">
                <p className="text-sm font-semibold">
                  {t(`severity.${a.severity}`)} · {t(`phase.${phase}`)}
                  {a.msgType === 'UPDATE' ? ` · ${t('detail.msgType.UPDATE')}` : ''}
                </p>
                <h3 className="text-xl font-bold">
                  <Link href={{ pathname: '/alerts/[id]', params: { id: a.identifier } }}>
                    {localized(a, 'headline', locale)}
                  </Link>
                </h3>
                <p className="mt-1">
                  {t('detail.sent')}: {date.format(a.sent)} · {t('detail.expires')}: {date.format(a.expires)}
                </p>
                <p className="mt-1">
                  {t('detail.area')}:{' '}
                  {a.wards.length
                    ? a.wards.map((w) => placeName(w, locale)).join(', ')
                    : localized(a, 'areaDesc', locale)}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
