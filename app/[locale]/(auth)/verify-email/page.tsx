import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { PageHeader } from '@/components/ui/PageHeader';
import { verifyEmail } from '@/server/accounts/service';
import { AppError } from '@/server/errors';
import { errorTextIn } from '@/server/i18n';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'Auth.verify.title' });

// The link in the verification mail lands here; opening it verifies the address once.
export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations('Auth.verify');
  let error: 'token_invalid' | 'token_expired' | null = null;
  if (typeof token !== 'string' || token.length > 200) error = 'token_invalid';
  else {
    try {
      await verifyEmail(token);
    } catch (e) {
      if (e instanceof AppError && (e.message === 'token_expired' || e.message === 'token_invalid')) error = e.message;
      else throw e;
    }
  }
  return (
    <>
      <PageHeader title={t('title')} />
      {error ? (
        <div className="max-w-2xl">
          <p role="alert" className="mb-6 border-l-4 border-accent p-4 text-lg font-semibold" data-testid="token-error">
            {errorTextIn(locale, error)}
          </p>
        </div>
      ) : (
        <div
          role="status"
          className="max-w-2xl border-l-4 border-green-700 bg-green-50 p-4 text-lg"
          data-testid="verified"
        >
          <p>{t('success')}</p>
          <p className="mt-3">
            <Link href="/sign-in">{t('signIn')}</Link>
          </p>
        </div>
      )}
      {error ? <SignInLink label={t('signIn')} /> : null}
    </>
  );
}

function SignInLink({ label }: { label: string }) {
  return (
    <p>
      <Link href="/sign-in">{label}</Link>
    </p>
  );
}
