import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { dateFormat } from '@/lib/consultations/format';
import { timeLeft } from '@/lib/consultations/rules';
import { localized } from '@/lib/i18n/localized';
import { openConsultationsForHome } from '@/server/consultations/home';

// Open consultations on the home page, closing soonest first, with the time left when the page was
// rendered (the cached page is at most a minute old) and the closing date that does not age.

export async function HomeConsultations({ locale, now = new Date() }: { locale: Locale; now?: Date }) {
  const [t, items] = await Promise.all([getTranslations('HomePage'), openConsultationsForHome(now)]);
  const day = dateFormat(locale, true);
  return (
    <section aria-labelledby="consultations-heading">
      <h2 id="consultations-heading" className="mb-4 text-2xl font-bold">
        {t('consultationsHeading')}
      </h2>
      {items.length === 0 ? (
        <p>{t('noConsultations')}</p>
      ) : (
        <ul className="space-y-5" data-testid="home-consultations">
          {items.map((c) => (
            <li key={c.id} className="border-l-4 border-brand-700 pl-4">
              <h3 className="text-xl font-bold">
                <Link href={{ pathname: '/consultations/[slug]', params: { slug: c.slug } }}>
                  {localized(c, 'title', locale)}
                </Link>
              </h3>
              <p className="mt-1 font-semibold">
                {t('timeLeft', timeLeft(c.closesAt, now))} ·{' '}
                <time dateTime={c.closesAt.toISOString()}>{t('closes', { date: day.format(c.closesAt) })}</time>
              </p>
              <p className="mt-1">{localized(c, 'summary', locale)}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4">
        <Link href="/consultations">{t('allConsultations')}</Link>
      </p>
    </section>
  );
}
