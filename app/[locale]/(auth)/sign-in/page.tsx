import { cookies } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect as nextRedirect } from 'next/navigation';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { SignInForm } from '@/components/auth/SignInForm';
import { ResendVerificationForm } from '@/components/auth/AccountForms';
import { Notice, PageHeader } from '@/components/ui/PageHeader';
import { SIGN_IN_FLASH_COOKIE } from '@/lib/constants';
import { pageMetadata } from '@/lib/metadata';
import { oidcProvider } from '@/server/auth';
import { oidcSignInAction } from '@/server/accounts/actions';
import { safeReturnPath } from '@/lib/safe-redirect';
import { env } from '@/server/env';
import { getCurrentUser } from '@/server/session';
import { Button } from '@/components/ui/Button';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'Auth.signIn.title', path: '/sign-in', index: false });

const knownErrors = new Set([
  'invalid_credentials',
  'email_unverified',
  'account_disabled',
  'missing',
  'emailInvalid',
  'internal',
  'oauth',
  'oauth_not_linked',
]);
const notices = new Set(['signedOut', 'passwordChanged', 'accountDeleted']);

// Auth.js reports identity-provider failures with its own codes.
function mapError(raw: string | undefined) {
  if (!raw) return undefined;
  if (knownErrors.has(raw)) return raw;
  if (raw === 'OAuthAccountNotLinked') return 'oauth_not_linked';
  return 'oauth';
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const next = safeReturnPath(query.next, env().PUBLIC_URL) ?? '';
  if (await getCurrentUser()) nextRedirect(next || getPathname({ locale, href: '/account' }));
  const t = await getTranslations('Auth.signIn');
  const error = mapError(typeof query.error === 'string' ? query.error : undefined);
  const notice = typeof query.notice === 'string' && notices.has(query.notice) ? query.notice : undefined;
  const email = (await cookies()).get(SIGN_IN_FLASH_COOKIE)?.value;
  const provider = oidcProvider();

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      {notice ? (
        <Notice tone="success" testId="notice">
          {t(notice as 'signedOut')}
        </Notice>
      ) : null}
      <SignInForm locale={locale} next={next || undefined} email={email} initialError={error} />
      {error === 'email_unverified' && email ? (
        <div className="mt-6 max-w-xl">
          <ResendVerificationForm email={email} />
        </div>
      ) : null}
      <p className="mt-6">
        <Link href="/forgot-password">{t('forgot')}</Link>
      </p>
      {provider ? (
        <form action={oidcSignInAction} className="mt-8 max-w-xl border-t pt-6">
          <p className="mb-3 text-muted">{t('or')}</p>
          <input type="hidden" name="next" value={next} />
          <Button type="submit" variant="secondary" size="lg">
            {t('withProvider', { provider: provider.name })}
          </Button>
        </form>
      ) : null}
      <p className="mt-8 text-lg">
        {t('noAccount')} <Link href="/sign-up">{t('signUp')}</Link>
      </p>
    </>
  );
}
