import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { PLACE_TYPES, TYPE_SLUGS } from '@/lib/services/places';

// Shortcuts into the services directory: one link per kind of place, and the directory itself.

export async function HomeServices() {
  const [t, ts] = await Promise.all([getTranslations('HomePage'), getTranslations('Services')]);
  return (
    <section aria-labelledby="home-services-heading" data-testid="home-services">
      <h2 id="home-services-heading" className="mb-4 text-2xl font-bold">
        {t('servicesHeading')}
      </h2>
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {PLACE_TYPES.map((type) => (
          <li key={type}>
            <Link
              href={{ pathname: '/services/types/[type]', params: { type: TYPE_SLUGS[type] } }}
              className="block min-h-12 border-t-4 border-brand-700 bg-brand-50 p-4 font-semibold"
            >
              {ts(`types.${type}`)}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-4">
        <Link href="/services">{t('servicesMore')}</Link>
      </p>
    </section>
  );
}
