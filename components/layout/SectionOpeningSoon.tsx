import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { PageHeader } from '@/components/ui/PageHeader';

export async function SectionOpeningSoon({ section }: { section: 'procedures' | 'feedback' | 'consultations' | 'services' }) {
  const t = await getTranslations('Sections');
  return (
    <>
      <PageHeader title={t(`${section}.title`)} lead={t(`${section}.lead`)} />
      <div className="max-w-3xl border-l-4 border-brand-700 bg-brand-50 p-4">
        <p className="font-semibold">{t('soon')}</p>
        <p className="mt-2">{t('soonLead')}</p>
        <p className="mt-3">
          <Link href="/sign-up">{(await getTranslations('Layout'))('signUp')}</Link>
        </p>
      </div>
    </>
  );
}
