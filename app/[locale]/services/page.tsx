import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { PageHeader } from '@/components/ui/PageHeader';
import { DirectoryFilters } from '@/components/services/DirectoryFilters';
import { OpenDataLinks } from '@/components/services/OpenDataLinks';
import { PlaceList } from '@/components/services/PlaceList';
import { publicMetadata } from '@/lib/metadata';
import { placeName } from '@/lib/i18n/localized';
import { PLACE_TYPES, TYPE_SLUGS } from '@/lib/services/places';
import { listPlaces, wardsWithPlaces } from '@/server/services/queries';

// Public and the same for everyone: cached, refreshed when an editor saves and at the latest every 5 minutes.
export const revalidate = 300;

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Services' });
  return publicMetadata(locale, '/services', { title: t('title'), description: t('lead') });
}

export default async function ServicesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, places, wards] = await Promise.all([getTranslations('Services'), listPlaces(), wardsWithPlaces()]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <DirectoryFilters locale={locale} wards={wards} />
      <section aria-labelledby="types-heading" className="mb-10">
        <h2 id="types-heading" className="mb-3 text-2xl font-bold">
          {t('byType')}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="type-links">
          {PLACE_TYPES.map((type) => (
            <li key={type} className="border-t-4 border-brand-700 bg-brand-50 p-4">
              <Link
                href={{ pathname: '/services/types/[type]', params: { type: TYPE_SLUGS[type] } }}
                className="text-lg font-bold"
              >
                {t(`types.${type}`)}
              </Link>{' '}
              ({places.filter((p) => p.type === type).length})<p className="mt-1 text-sm">{t(`typeLeads.${type}`)}</p>
            </li>
          ))}
        </ul>
      </section>
      {PLACE_TYPES.map((type) => {
        const of = places.filter((p) => p.type === type);
        if (!of.length) return null;
        return (
          <section key={type} aria-labelledby={`type-${type}`} className="mb-10">
            <h2 id={`type-${type}`} className="mb-3 text-2xl font-bold">
              {t(`types.${type}`)}
            </h2>
            <PlaceList places={of} locale={locale} testId={`places-${TYPE_SLUGS[type]}`} />
          </section>
        );
      })}
      <section aria-labelledby="wards-heading" className="mb-10">
        <h2 id="wards-heading" className="mb-3 text-2xl font-bold">
          {t('byWard')}
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4" data-testid="ward-links">
          {wards.map((w) => (
            <li key={w.code}>
              <Link href={{ pathname: '/services/wards/[ward]', params: { ward: w.code } }}>
                {placeName(w, locale)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <OpenDataLinks />
    </>
  );
}
