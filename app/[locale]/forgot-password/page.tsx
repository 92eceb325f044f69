import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { ForgotPasswordForm } from '@/components/auth/AccountForms';
import { PageHeader } from '@/components/ui/PageHeader';
import { alternates } from '@/lib/metadata';

// Rendered per request: the page carries a nonce-based Content-Security-Policy.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Auth.forgot' });
  return { title: t('title'), alternates: alternates(locale, '/forgot-password') };
}

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
