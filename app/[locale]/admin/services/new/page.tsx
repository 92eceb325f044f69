import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { PageHeader } from '@/components/ui/PageHeader';
import { PlaceEditor } from '@/components/services/admin/PlaceEditor';
import { editorOptions } from '@/components/services/admin/editor-options';
import { pageMetadata } from '@/lib/metadata';
import { requirePermission } from '@/server/session';

export const generateMetadata = pageMetadata({ title: 'ServicesAdmin.newTitle' });

export default async function NewPlacePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission('place:edit', getPathname({ locale, href: '/admin/services/new' }));
  const [t, options] = await Promise.all([getTranslations('ServicesAdmin'), editorOptions(locale)]);
  return (
    <>
      <Breadcrumbs
        label={t('title')}
        className="mb-4 text-sm"
        steps={[{ href: '/admin/services', text: t('title') }]}
      />
      <PageHeader title={t('newTitle')} />
      <PlaceEditor
        values={{ type: 'HOSPITAL', ownership: 'PUBLIC', closedOnHolidays: '1', hours: '1-5 07:30-11:30 13:00-17:00' }}
        unverified={[]}
        options={options}
      />
    </>
  );
}
