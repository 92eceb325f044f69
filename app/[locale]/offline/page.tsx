import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { ButtonLink } from '@/components/ui/Button';
import { PageHeader } from '@/components/ui/PageHeader';
import { pageMetadata } from '@/lib/metadata';

// The page the service worker (public/sw.js) shows for an address it has not kept, when there is
// no connection. Kept on the device when the worker is installed; the same for everyone.

export const generateMetadata = pageMetadata({ title: 'AppShell.offline.title' });

export default async function OfflinePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('AppShell.offline');
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className="max-w-3xl space-y-4 text-lg" data-testid="offline-page">
        <p>{t('kept')}</p>
        <p>{t('retry')}</p>
        <p>
          <ButtonLink href="/">{t('home')}</ButtonLink>
        </p>
      </div>
    </>
  );
}
