import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { PageHeader } from '@/components/ui/PageHeader';
import { pageMetadata } from '@/lib/metadata';
import { PRIVACY_NOTICE_VERSION } from '@/lib/validation/account';

export const generateMetadata = pageMetadata({ title: 'Privacy.title', path: '/privacy' });

export default async function PrivacyPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Privacy');
  return (
    <div className="max-w-3xl space-y-4 text-lg">
      <PageHeader title={t('title')} lead={t('version', { version: PRIVACY_NOTICE_VERSION })} />
      <p>{t('body1')}</p>
      <p>{t('body2')}</p>
      <p>{t('body3')}</p>
    </div>
  );
}
