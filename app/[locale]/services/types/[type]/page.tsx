import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { PageHeader } from '@/components/ui/PageHeader';
import { PlaceList } from '@/components/services/PlaceList';
import { publicMetadata } from '@/lib/metadata';
import { typeOfSlug } from '@/lib/services/places';
import { listPlaces } from '@/server/services/queries';

// Cached like the directory; an unknown type is the localized 404 page.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; type: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, type: slug } = await params;
  const type = typeOfSlug(slug);
  if (!type) return {};
  const t = await getTranslations({ locale, namespace: 'Services' });
  return publicMetadata(
    locale,
    { pathname: '/services/types/[type]', params: { type: slug } },
    { title: t(`types.${type}`), description: t(`typeLeads.${type}`) },
  );
}

export default async function ServiceTypePage({ params }: Props) {
  const { locale, type: slug } = await params;
  setRequestLocale(locale);
  const type = typeOfSlug(slug);
  if (!type) notFound();
  const [t, places] = await Promise.all([getTranslations('Services'), listPlaces({ type })]);
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
      <PageHeader title={t(`types.${type}`)} lead={t(`typeLeads.${type}`)} />
      <p className="mb-4" data-testid="type-count">
        {t('count', { count: places.length })}
      </p>
      <PlaceList places={places} locale={locale} />
    </>
  );
}
