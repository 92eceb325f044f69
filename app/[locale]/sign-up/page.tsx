import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link, redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { SignUpForm } from '@/components/auth/AccountForms';
import { PageHeader } from '@/components/ui/PageHeader';
import { alternates } from '@/lib/metadata';
import { campaignUnitOptions, wardOptions } from '@/server/places/queries';
import { getCurrentUser } from '@/server/session';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Auth.signUp' });
  return { title: t('title'), description: t('lead'), alternates: alternates(locale, '/sign-up') };
}

export default async function SignUpPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await getCurrentUser()) redirect({ href: '/account', locale });
  const [t, wards, units] = await Promise.all([getTranslations('Auth.signUp'), wardOptions(locale), campaignUnitOptions()]);
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
