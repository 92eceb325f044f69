import { getTranslations } from 'next-intl/server';
import { AlertBannerItem } from '@/components/alerts/AlertBannerItem';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { bannerTone, dismissKey } from '@/lib/alerts/rules';
import { localized, placeName } from '@/lib/i18n/localized';
import { activeAlerts, type AlertView } from '@/server/alerts/queries';
import { dateFormat } from '@/lib/i18n/dates';

const TONE_CLASS = {
  danger: 'bg-accent text-white [&_a]:text-white',
  warning: 'bg-yellow-300 text-ink [&_a]:text-ink',
  info: 'border-y-2 border-brand-700 bg-brand-50 text-ink',
} as const;

async function current(): Promise<AlertView[]> {
  try {
    return await activeAlerts();
  } catch (error) {
    // The page still renders (its own data may not need the database); the failure is logged.
    console.error('Could not read the active alerts:', error instanceof Error ? error.message : error);
    return [];
  }
}

/**
 * Under the header of every page: the emergency alerts in force, most severe first, each in the
 * colour and words of its severity (docs/decisions/026-emergency-alerts.md). Server-rendered into
 * the page (cached pages are refreshed when an alert is issued, updated, cancelled, starts or ends),
 * so it needs neither JavaScript nor a cookie. `alerts` shows given alerts instead (the preview).
 */
export async function AlertSlot({ locale, alerts }: { locale: Locale; alerts?: AlertView[] }) {
  const shown = alerts ?? (await current());
  if (shown.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Alerts.banner' });
  const time = dateFormat(locale, true);
  return (
    <section aria-label={t('region')} data-testid="alert-slot">
      {shown.map((alert) => {
        const tone = bannerTone(alert.severity);
        const headline = localized(alert, 'headline', locale);
        const areas = alert.wards.length
          ? alert.wards.map((w) => placeName(w, locale)).join(', ')
          : localized(alert, 'areaDesc', locale);
        return (
          <AlertBannerItem
            key={alert.identifier}
            className={TONE_CLASS[tone]}
            severity={alert.severity}
            alertKey={dismissKey(alert.identifier)}
            wards={alert.wards.map((w) => w.code)}
            tone={tone}
            dismissText={t('dismiss')}
            dismissLabel={t('dismissLabel', { headline })}
          >
            <p>
              <strong className="mr-2 uppercase">
                {t(`tone.${alert.severity}`)}
                {alert.msgType === 'UPDATE' ? ` · ${t('updated')}` : ''}
              </strong>
              <Link
                href={{ pathname: '/alerts/[id]', params: { id: alert.identifier } }}
                className="font-bold underline"
              >
                {headline}
              </Link>
            </p>
            <p className="text-sm">
              {t('until', { time: time.format(alert.expires) })} · {t('areas', { areas })}
            </p>
          </AlertBannerItem>
        );
      })}
    </section>
  );
}
