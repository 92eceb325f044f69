'use client';
import { useCallback, useEffect, useState } from 'react';
import type { SummaryError } from '@/components/forms/ErrorSummary';
import { clientError, type useErrorText } from '@/components/forms/form-context';
import type { ReportFieldsForm } from './use-report-fields';

/** The fields in the order of the form: the summary lists their errors in this order. */
const ORDER = [
  '_form',
  'category',
  'title',
  'description',
  'ward',
  'address',
  'lat',
  'lng',
  'photos',
  'photoAlt',
  'photoConsent',
  'isPublic',
  'hideName',
  'idempotencyKey',
  'locale',
];
/** Errors of these have no control to link to. */
const UNLINKED = ['_form', 'idempotencyKey', 'locale'];

/**
 * The errors the server gave (field → its text in the visitor's language): from a refused plain submission at first, from
 * a refused send later. A field's error goes as soon as the person changes that field.
 */
export function useServerErrors(form: ReportFieldsForm, initial: Record<string, string> | null, js: boolean) {
  const [errors, setErrors] = useState<Record<string, string>>(initial ?? {});
  useEffect(() => {
    if (!js) return;
    let last = form.getValues() as Record<string, unknown>;
    // A callback on every change of the values, without rendering the form again.
    return form.subscribe({
      formState: { values: true },
      callback: ({ name, values }) => {
        const current = values as Record<string, unknown>;
        if (name && current[name] !== last[name]) setErrors((e) => omit(e, name));
        last = current;
      },
    });
  }, [js, form]);
  const drop = useCallback((...names: string[]) => setErrors((e) => names.reduce(omit, e)), []);
  return { errors, set: setErrors, drop };
}

/**
 * Each field's error in words (the schema's while typing, else the server's) and the summary's
 * list. Read in the form's own render, so it renders again when react-hook-form's errors change.
 */
export function useReportErrors(
  form: ReportFieldsForm,
  serverErrors: Record<string, string>,
  errorText: ReturnType<typeof useErrorText>,
) {
  const { errors, isSubmitted, touchedFields, submitCount } = form.formState;
  const clientErrors = errors as Record<string, { message?: string } | undefined>;
  const touched = touchedFields as Record<string, unknown>;

  const fieldError = (name: string): string | undefined => {
    // The pair is checked together, but a coordinate not reached yet shows no error.
    const early = (name === 'lat' || name === 'lng') && !isSubmitted && !touched[name];
    const client = early ? undefined : clientErrors[name];
    if (client?.message) return errorText(clientError(client));
    return serverErrors[name];
  };

  const items = new Map<string, string>();
  if (submitCount > 0) {
    for (const [name, error] of Object.entries(clientErrors)) {
      if (error?.message) items.set(name, errorText(clientError(error)));
    }
  }
  for (const [name, text] of Object.entries(serverErrors)) if (!items.has(name)) items.set(name, text);
  const summary: SummaryError[] = [...items]
    .sort((a, b) => rank(a[0]) - rank(b[0]))
    .map(([name, message]) =>
      ORDER.includes(name) && !UNLINKED.includes(name) ? { field: name, message } : { message },
    );

  return { fieldError, summary };
}

function omit(record: Record<string, string>, key: string): Record<string, string> {
  if (!(key in record)) return record;
  const { [key]: _removed, ...rest } = record;
  return rest;
}

function rank(name: string): number {
  const i = ORDER.indexOf(name);
  return i === -1 ? ORDER.length : i;
}
