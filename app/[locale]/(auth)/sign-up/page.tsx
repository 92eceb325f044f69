import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link, redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { SignUpForm } from '@/components/auth/AccountForms';
import { PageHeader } from '@/components/ui/PageHeader';
import { pageMetadata } from '@/lib/metadata';
import { campaignUnitOptions, wardOptions } from '@/server/places/queries';
import { getCurrentUser } from '@/server/session';

type Props = { params: Promise<{ locale: Locale }> };

export const generateMetadata = pageMetadata({
  title: 'Auth.signUp.title',
  description: 'Auth.signUp.lead',
  path: '/sign-up',
  index: false,
});

export default async function SignUpPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await getCurrentUser()) redirect({ href: '/account', locale });
  const [t, wards, units] = await Promise.all([
    getTranslations('Auth.signUp'),
    wardOptions(locale),
    campaignUnitOptions(),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className="max-w-2xl">
        <SignUpForm wards={wards} units={units} />
      </div>
      <p className="mt-8 text-lg">
        {t('haveAccount')} <Link href="/sign-in">{t('signIn')}</Link>
      </p>
    </>
  );
}
