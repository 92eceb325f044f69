import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { ConsultationEditor } from '@/components/consultations/admin/AdminForms';
import { PageHeader } from '@/components/ui/PageHeader';
import { CONSULTATION_TOPICS } from '@/lib/consultations/rules';
import { pageMetadata } from '@/lib/metadata';
import { wardOptions } from '@/server/places/queries';
import { requirePermission } from '@/server/session';

export const generateMetadata = pageMetadata({ title: 'ConsultationAdmin.newTitle' });

export default async function NewConsultationPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission('consultation:manage', getPathname({ locale, href: '/admin/consultations/new' }));
  const [t, tc, tt, wards] = await Promise.all([
    getTranslations('ConsultationAdmin'),
    getTranslations('Consultations.topics'),
    getTranslations('ConsultationTally'),
    wardOptions(locale),
  ]);
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/consultations">← {t('back')}</Link>
      </p>
      <PageHeader title={t('newTitle')} />
      <ConsultationEditor
        topics={CONSULTATION_TOPICS.map((value) => ({ value, label: tc(value) }))}
        wards={{ options: wards, selected: [], legend: tt('wardsLegend'), hint: tt('wardsHint') }}
        values={{ topic: CONSULTATION_TOPICS[0], resultsRule: 'SEALED_UNTIL_CLOSE' }}
      />
    </>
  );
}
