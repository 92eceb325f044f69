import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { Notice, PageHeader } from '@/components/ui/PageHeader';
import { PlaceEditor } from '@/components/services/admin/PlaceEditor';
import { editorOptions, editorValues } from '@/components/services/admin/editor-options';
import { localized } from '@/lib/i18n/localized';
import { pageMetadata } from '@/lib/metadata';
import { placeForEditor } from '@/server/services/admin';
import { requirePermission } from '@/server/session';

type Props = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'ServicesAdmin.title' });

export default async function EditPlacePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission(
    'place:edit',
    getPathname({ locale, href: { pathname: '/admin/services/[id]', params: { id } } }),
  );
  const place = await placeForEditor(id);
  if (!place) notFound();
  const [t, options, query] = await Promise.all([
    getTranslations('ServicesAdmin'),
    editorOptions(locale),
    searchParams,
  ]);
  return (
    <>
      <Breadcrumbs
        label={t('title')}
        className="mb-4 text-sm"
        steps={[{ href: '/admin/services', text: t('title') }]}
      />
      <PageHeader title={t('editTitle', { name: localized(place, 'name', locale) })}>
        <p className="mt-2">
          <Link href={{ pathname: '/services/places/[slug]', params: { slug: place.slug } }}>{t('view')}</Link>
        </p>
      </PageHeader>
      {query.saved === '1' ? (
        <Notice tone="success" testId="saved">
          {t('saved')}
        </Notice>
      ) : null}
      <PlaceEditor
        key={place.updatedAt.toISOString()}
        values={editorValues(place, t('closedWord'))}
        unverified={place.unverified}
        options={options}
      />
    </>
  );
}
