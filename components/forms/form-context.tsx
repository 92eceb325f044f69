'use client';
import { createContext, useContext } from 'react';
import { useTranslations } from 'next-intl';

export type ClientFormState = {
  ok: boolean;
  fieldErrors?: Record<string, string[]>;
  formError?: { code: string; values?: Record<string, string | number> };
  values?: Record<string, string>;
  notice?: string;
};

export const ServerStateContext = createContext<ClientFormState>({ ok: false });

export function useServerState() {
  return useContext(ServerStateContext);
}

export const fieldId = (name: string) => `field-${name}`;

/** Turns a message key from a schema ("tooLong:120", "Errors.email_taken") into words. */
export function useErrorText() {
  const t = useTranslations();
  return (key: string) => {
    const [name, arg] = key.split(':');
    // "Errors.x" and a feature's own group ("ReportAdmin.errors.x") are full paths; the rest are "Validation" keys.
    const path = name!.startsWith('Errors.') || name!.startsWith('ReportAdmin.') ? name! : `Validation.${name}`;
    if (!t.has(path as never)) return t('Validation.invalid');
    return t(path as never, arg ? ({ max: Number(arg) } as never) : undefined);
  };
}
