'use client';
import { createContext, useContext } from 'react';
import { useTranslations } from 'next-intl';
import type { FormState } from '@/lib/form-state';

export const ServerStateContext = createContext<FormState>({ ok: false });

export function useServerState() {
  return useContext(ServerStateContext);
}

/**
 * A form that keeps its field errors itself (already in words, by field name) hands them to the
 * fields of Field.tsx through this; without it they read react-hook-form and the server's answer.
 */
export const FieldErrorsContext = createContext<((name: string) => string | undefined) | null>(null);

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
