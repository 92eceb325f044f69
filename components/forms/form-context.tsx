'use client';
import { createContext, useCallback, useContext } from 'react';
import { useTranslations } from 'next-intl';
import type { FieldError } from 'react-hook-form';
import { errorText, portalError, type ErrorParams, type ErrorTranslator, type ShownError } from '@/lib/errors';
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

/** A field error of react-hook-form as the portal's error: its message is the code (schemaResolver adds the parameters). */
export function clientError(error: Pick<FieldError, 'message'> & { params?: ErrorParams }): ShownError {
  return portalError(String(error.message ?? ''), error.params);
}

/** The one resolver (lib/errors.ts) in the visitor's language: an error, or a code, as text. */
export function useErrorText() {
  const t = useTranslations('Errors') as unknown as ErrorTranslator;
  return useCallback(
    (error: ShownError | string) => errorText(t, typeof error === 'string' ? portalError(error) : error),
    [t],
  );
}
