import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

// The browser gets only the message groups its components use, and only where a client component
// translates: a section that renders client forms wraps them here with the form helpers' groups
// and its own. The site shell passes its few words as props instead, so a page without a form
// carries no catalogue and no translation runtime (docs/decisions/041-lighter-pages.md).

/** Groups used by the form helpers (components/forms): field hints, error summary, error messages. */
export const FORM_NAMESPACES = ['Forms', 'Errors'] as const;

type Tree = { [key: string]: string | Tree };

/** The given groups ("Auth" or a sub-group such as "Reports.detail") of a catalogue. */
export function pickMessages(messages: Tree, paths: readonly string[]): Tree {
  const out: Tree = {};
  for (const path of paths) {
    const parts = path.split('.');
    let source: string | Tree | undefined = messages;
    for (const part of parts) source = typeof source === 'object' ? source[part] : undefined;
    if (source === undefined) throw new Error(`No message group "${path}"`);
    let target = out;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Tree;
    target[parts[parts.length - 1]!] = source;
  }
  return out;
}

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
