import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { FORM_NAMESPACES, pickMessages, type Tree } from '@/lib/i18n/pick-messages';

// The browser gets only the message groups its components use, and only where a client component
// translates: a section that renders client forms wraps them here with the form helpers' groups
// and its own. The site shell passes its few words as props instead, so a page without a form
// carries no catalogue and no translation runtime (docs/decisions/041-lighter-pages.md).

/** Wraps a section: its client components see the form helpers' groups plus `namespaces`. */
export async function ClientMessages({
  locale,
  namespaces,
  children,
}: {
  locale: Locale;
  namespaces: readonly string[];
  children: ReactNode;
}) {
  const messages = (await getMessages({ locale })) as unknown as Tree;
  return (
    <NextIntlClientProvider messages={pickMessages(messages, [...FORM_NAMESPACES, ...namespaces])}>
      {children}
    </NextIntlClientProvider>
  );
}

/**
 * A section's layout that only passes its client components' message groups:
 * `export default messagesLayout(['ReportForm', 'ReportUpload'])` in `app/[locale]/<section>/layout.tsx`.
 */
export function messagesLayout(namespaces: readonly string[]) {
  return async function MessagesLayout({
    children,
    params,
  }: {
    children: ReactNode;
    params: Promise<{ locale: string }>;
  }) {
    const { locale } = await params;
    return (
      <ClientMessages locale={locale as Locale} namespaces={namespaces}>
        {children}
      </ClientMessages>
    );
  };
}
