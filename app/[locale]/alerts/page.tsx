import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { AlertList } from '@/components/alerts/AlertList';
import { PageHeader } from '@/components/ui/PageHeader';
import { capFeedPath, wardFeedPath } from '@/lib/alerts/urls';
import { pageMetadata } from '@/lib/metadata';
import { activeAlerts, pastAlerts, PAST_ALERTS_SHOWN } from '@/server/alerts/queries';
import { wardOptions } from '@/server/places/queries';

// Public and the same for everyone: cached, refreshed when an alert is issued, updated or
// cancelled, when one starts or runs out (the alert clock, docs/decisions/026), and every minute.
export const revalidate = 60;

export const generateMetadata = pageMetadata({
  title: 'Alerts.list.title',
  description: 'Alerts.list.lead',
  path: '/alerts',
});

export default async function AlertsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const now = new Date();
  const [t, active, past, wards] = await Promise.all([
    getTranslations('Alerts.list'),
    activeAlerts(now),
    pastAlerts(now),
    wardOptions(locale),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <AlertList id="active" title={t('active')} empty={t('noneActive')} items={active} locale={locale} now={now} />
      <AlertList
        id="past"
        title={t('past')}
        empty={t('nonePast')}
        items={past}
        locale={locale}
        now={now}
        note={past.length >= PAST_ALERTS_SHOWN ? t('pastNote', { count: PAST_ALERTS_SHOWN }) : undefined}
      />
      <section aria-labelledby="feeds-heading" className="max-w-3xl">
        <h2 id="feeds-heading" className="mb-2 text-2xl font-bold">
          {t('feeds')}
        </h2>
        <p className="mb-3">{t('feedsLead')}</p>
        <ul className="mb-4 list-disc space-y-1 pl-6">
          <li>
            <Link href="/account">{t('emailLink')}</Link>
          </li>
          <li>
            <a href={capFeedPath(locale)} type="application/atom+xml" data-testid="cap-feed-link">
              {t('feedAll')}
            </a>
          </li>
        </ul>
        <details className="border border-slate-300 p-3">
          <summary className="cursor-pointer font-semibold">{t('feedWard')}</summary>
          <ul className="mt-3 grid gap-1 sm:grid-cols-2">
            {wards.map((w) => (
              <li key={w.value}>
                {w.label}:{' '}
                <a href={wardFeedPath(locale, w.value, 'atom')} aria-label={`${w.label} – ${t('atom')}`}>
                  {t('atom')}
                </a>{' '}
                ·{' '}
                <a href={wardFeedPath(locale, w.value, 'rss')} aria-label={`${w.label} – ${t('rss')}`}>
                  {t('rss')}
                </a>
              </li>
            ))}
          </ul>
        </details>
      </section>
    </>
  );
}
