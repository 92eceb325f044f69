import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { Button } from '@/components/ui/Button';
import { placeName } from '@/lib/i18n/localized';
import { alertSubscriptionAction } from '@/server/alerts/actions';
import { alertSubscriptionState } from '@/server/alerts/notify';
import { RememberWard } from './AlertBannerItem';

/**
 * The account page's part of the alerts: email alerts for the resident's ward (a plain form), and
 * the ward remembered in this browser so the banner shows that ward's alerts (and the whole city's).
 */
export async function AlertSubscription({ userId, locale }: { userId: string; locale: Locale }) {
  const [t, state] = await Promise.all([
    getTranslations({ locale, namespace: 'Alerts.account' }),
    alertSubscriptionState(userId),
  ]);
  return (
    <section aria-labelledby="alert-email" className="mb-12 max-w-2xl" data-testid="alert-subscription">
      <RememberWard ward={state.ward?.code ?? null} />
      <h2 id="alert-email" className="mb-4 text-2xl font-bold">
        {t('title')}
      </h2>
      {state.ward ? (
        <>
          <p className="mb-4">{t('lead', { ward: placeName(state.ward, locale) })}</p>
          {!state.verified ? <p className="mb-4 text-muted">{t('unverified')}</p> : null}
          <form action={alertSubscriptionAction} className="space-y-4">
            <input type="hidden" name="email" value="off" />
            <div className="flex items-start gap-3">
              <input
                type="checkbox"
                id="alert-email-on"
                name="email"
                value="on"
                defaultChecked={state.on}
                className="mt-1 h-6 w-6"
              />
              <label htmlFor="alert-email-on" className="text-lg">
                {t('on')}
              </label>
            </div>
            <p role="status" className="text-muted" data-testid="alert-subscription-state">
              {state.on ? t('savedOn') : t('savedOff')}
            </p>
            <Button type="submit" variant="secondary">
              {t('save')}
            </Button>
          </form>
        </>
      ) : (
        <p>{t('noWard')}</p>
      )}
    </section>
  );
}
