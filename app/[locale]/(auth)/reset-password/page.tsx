import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { ResetPasswordForm } from '@/components/auth/AccountForms';
import { PageHeader } from '@/components/ui/PageHeader';
import { errorTextIn } from '@/server/i18n';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'Auth.reset.title' });

// The token is checked when the form is sent, so opening the link twice does not spend it.
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const [t, tForgot] = await Promise.all([getTranslations('Auth.reset'), getTranslations('Auth.forgot')]);
  return (
    <>
      <PageHeader title={t('title')} />
      <div className="max-w-2xl">
        {typeof token === 'string' && token.length > 0 && token.length <= 200 ? (
          <ResetPasswordForm token={token} />
        ) : (
          <>
            <p role="alert" className="mb-4 border-l-4 border-accent p-4 text-lg font-semibold">
              {errorTextIn(locale, 'token_invalid')}
            </p>
            <Link href="/forgot-password">{tForgot('title')}</Link>
          </>
        )}
      </div>
    </>
  );
}
