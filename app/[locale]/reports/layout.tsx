import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { ClientMessages } from '@/components/i18n/ClientMessages';

// The message groups of this section's client forms.
export default async function Layout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  return (
    <ClientMessages locale={locale as Locale} namespaces={['ReportForm', 'ReportUpload', 'Reports.detail']}>
      {children}
    </ClientMessages>
  );
}
