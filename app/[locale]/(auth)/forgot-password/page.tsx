import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { ForgotPasswordForm } from '@/components/auth/AccountForms';
import { PageHeader } from '@/components/ui/PageHeader';
import { pageMetadata } from '@/lib/metadata';

// Rendered per request: the page carries a nonce-based Content-Security-Policy.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale }> };

export const generateMetadata = pageMetadata({ title: 'Auth.forgot.title', path: '/forgot-password', index: false });

export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Auth.forgot');
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className="max-w-2xl">
        <ForgotPasswordForm />
      </div>
    </>
  );
}
