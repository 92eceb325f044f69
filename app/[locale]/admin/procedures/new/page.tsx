import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { PageHeader } from '@/components/ui/PageHeader';
import { ProcedureEditor } from '@/components/procedures/ProcedureEditor';
import { pageMetadata } from '@/lib/metadata';
import { fields } from '@/prisma/seed/procedures/types';
import { requirePermission } from '@/server/session';

export const generateMetadata = pageMetadata({ title: 'Editor.newTitle' });

export default async function NewProcedurePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission('procedure:edit', getPathname({ locale, href: '/admin/procedures/new' }));
  const t = await getTranslations('Editor');
  const options = Object.entries(fields).map(([value, n]) => ({ value, label: locale === 'en' ? n.en : n.vi }));
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/procedures">← {t('title')}</Link>
      </p>
      <PageHeader title={t('newTitle')} />
      <ProcedureEditor
        fields={options}
        values={{
          level: 'COMMUNE',
          onlineLevel: 'NONE',
          methods: '[]',
          documents: '[]',
          legalBasis: '[]',
          codeVerified: '',
        }}
      />
    </>
  );
}
