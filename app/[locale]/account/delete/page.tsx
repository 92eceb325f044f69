import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { DeleteAccountForm } from '@/components/auth/AccountForms';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireUser } from '@/server/session';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Account' });
  return { title: t('delete'), robots: { index: false } };
}

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
