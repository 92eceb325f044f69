import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { ClientMessages } from '@/components/i18n/ClientMessages';

// One layout for the account pages before signing in (sign-in, sign-up, verify-email,
// forgot-password, reset-password): the message groups their client forms need. The group
// folder "(auth)" is not part of any address.
export default async function AuthLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  return (
    <ClientMessages locale={locale as Locale} namespaces={['Auth', 'Account']}>
      {children}
    </ClientMessages>
  );
}
