'use client';
import { createContext, useContext, type ReactNode } from 'react';

/** The error page's words and the home page's address, in the page's language. */
export type ErrorTexts = Record<
  'title' | 'lead' | 'retry' | 'home' | 'unavailableTitle' | 'unavailableLead',
  string
> & {
  homeHref: string;
};

const Context = createContext<ErrorTexts | null>(null);

/**
 * Hands the error page (app/[locale]/error.tsx, a client component shown when part of a page fails
 * in the browser) its words from the server, so that no page needs a translation runtime in the
 * browser for it (docs/decisions/041-lighter-pages.md).
 */
export function ShellTexts({ error, children }: { error: ErrorTexts; children: ReactNode }) {
  return <Context.Provider value={error}>{children}</Context.Provider>;
}

export function useErrorTexts(): ErrorTexts {
  const texts = useContext(Context);
  if (!texts) throw new Error('ShellTexts is missing above the error page');
  return texts;
}
