import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { DeleteAccountForm } from '@/components/auth/AccountForms';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireUser } from '@/server/session';

type Props = { params: Promise<{ locale: Locale }> };

export const generateMetadata = pageMetadata({ title: 'Account.delete' });

export default async function DeleteAccountPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser(getPathname({ locale, href: '/account/delete' }));
  const t = await getTranslations('Account');
  return (
    <>
      <PageHeader title={t('delete')} lead={t('deleteLead')} />
      <div className="max-w-2xl">
        <DeleteAccountForm />
      </div>
    </>
  );
}
