import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { reportStatistics } from '@/server/reports/statistics';

// Citizen reports in figures on the home page: received, answered, and the share answered on time,
// from the same statistics as the reports statistics page (server/reports/statistics.ts, 12 months).

export async function HomeStats({ locale, now = new Date() }: { locale: Locale; now?: Date }) {
  const [t, stats] = await Promise.all([getTranslations('HomePage'), reportStatistics('12m', now)]);
  const number = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB');
  const share =
    stats.onTimeShare === null
      ? t('onTimeNone')
      : new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
          style: 'percent',
          maximumFractionDigits: 1,
        }).format(stats.onTimeShare);
  const figures = [
    { key: 'received', label: t('received'), value: number.format(stats.total) },
    { key: 'answered', label: t('answered'), value: number.format(stats.answered) },
    { key: 'on-time', label: t('onTime'), value: share },
  ];
  return (
    <section aria-labelledby="stats-heading">
      <h2 id="stats-heading" className="mb-4 text-2xl font-bold">
        {t('statsHeading')}
      </h2>
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3" data-testid="home-stats">
        {figures.map((f) => (
          <div key={f.key} className="border-t-4 border-brand-700 bg-brand-50 p-4" data-testid={`home-stat-${f.key}`}>
            <dt className="font-semibold">{f.label}</dt>
            <dd className="mt-1 text-3xl font-bold">{f.value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4">
        <Link href="/reports/statistics">{t('statsMore')}</Link>
      </p>
    </section>
  );
}
