import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { PageHeader } from '@/components/ui/PageHeader';
import { PlaceList } from '@/components/services/PlaceList';
import { publicMetadata } from '@/lib/metadata';
import { localized, placeName } from '@/lib/i18n/localized';
import { centresForLevel, listPlaces, wardByCode } from '@/server/services/queries';

// A ward's page of the directory: its one-stop centres first, then its other places. Cached; an
// unknown ward is the localized 404 page.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; ward: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, ward: code } = await params;
  const ward = await wardByCode(code);
  if (!ward) return {};
  const t = await getTranslations({ locale, namespace: 'Services' });
  const name = placeName(ward, locale);
  return publicMetadata(
    locale,
    { pathname: '/services/wards/[ward]', params: { ward: code } },
    { title: t('wardTitle', { ward: name }), description: t('wardLead', { ward: name }) },
  );
}

export default async function ServiceWardPage({ params }: Props) {
  const { locale, ward: code } = await params;
  setRequestLocale(locale);
  const ward = await wardByCode(code);
  if (!ward) notFound();
  const [t, places, cityCentres] = await Promise.all([
    getTranslations('Services'),
    listPlaces({ wardCode: ward.code }),
    centresForLevel('CITY'),
  ]);
  const name = placeName(ward, locale);
  const centres = places.filter((p) => p.type === 'ADMIN_CENTRE');
  const others = places.filter((p) => p.type !== 'ADMIN_CENTRE');
  return (
    <>
      <Breadcrumbs
        label={t('breadcrumb')}
        className="mb-4 text-sm"
        steps={[
          { href: '/', text: t('breadcrumbHome') },
          { href: '/services', text: t('title') },
        ]}
      />
      <PageHeader title={t('wardTitle', { ward: name })} lead={t('wardLead', { ward: name })} />
      <section aria-labelledby="ward-centres" className="mb-10" data-testid="ward-centres">
        <h2 id="ward-centres" className="mb-3 text-2xl font-bold">
          {t('wardCentres', { ward: name })}
        </h2>
        {centres.length ? (
          <PlaceList places={centres} locale={locale} testId="ward-centre-list" />
        ) : (
          <p>{t('wardNoCentre', { ward: name })}</p>
        )}
        {cityCentres.length ? (
          <p className="mt-3">
            {t('cityCentre')}{' '}
            {cityCentres.map((c, i) => (
              <span key={c.slug}>
                {i ? ', ' : ''}
                <Link href={{ pathname: '/services/places/[slug]', params: { slug: c.slug } }}>
                  {localized(c, 'name', locale)}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="ward-others" className="mb-10">
        <h2 id="ward-others" className="mb-3 text-2xl font-bold">
          {t('wardOthers')}
        </h2>
        {others.length ? (
          <PlaceList places={others} locale={locale} testId="ward-other-list" />
        ) : (
          <p>{t('wardEmpty', { ward: name })}</p>
        )}
      </section>
    </>
  );
}
