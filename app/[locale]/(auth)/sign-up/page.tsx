import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { SignUpForm } from '@/components/auth/AccountForms';
import { InvitationNotice } from '@/components/campaign/InvitationNotice';
import { PageHeader } from '@/components/ui/PageHeader';
import { pageMetadata } from '@/lib/metadata';
import { invitationUnit } from '@/server/campaign/queries';
import { campaignUnitOptions, wardOptions } from '@/server/places/queries';
import { getCurrentUser } from '@/server/session';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({
  title: 'Auth.signUp.title',
  description: 'Auth.signUp.lead',
  path: '/sign-up',
  index: false,
});

export default async function SignUpPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await getCurrentUser()) redirect({ href: '/account', locale });
  const { invitation: token } = await searchParams;
  const [t, wards, units, invitation] = await Promise.all([
    getTranslations('Auth.signUp'),
    wardOptions(locale),
    campaignUnitOptions(),
    // A campaign unit's invitation link (?invitation=…): its unit is pre-filled, a bad link explained.
    invitationUnit(typeof token === 'string' ? token : undefined),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className="max-w-2xl">
        {invitation ? <InvitationNotice invitation={invitation} locale={locale} /> : null}
        <SignUpForm
          wards={wards}
          units={units}
          invitation={invitation?.ok ? { token: token as string, unitId: invitation.unit.id } : undefined}
        />
      </div>
      <p className="mt-8 text-lg">
        {t('haveAccount')} <Link href="/sign-in">{t('signIn')}</Link>
      </p>
    </>
  );
}
