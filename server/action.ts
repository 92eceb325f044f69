import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { issueFieldErrors, type FieldErrors } from '@/lib/errors';
import type { FormState } from '@/lib/form-state';
import { AppError, toAppError } from './errors';

const secretFields = /password|confirm|token|secret/i;

function keptValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION') && !secretFields.test(key))
      values[key] = value.slice(0, 5000);
  }
  return values;
}

/** Field name → errors (lib/errors.ts) from a schema's refusal. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return issueFieldErrors(error.issues);
}

/** A thrown error as the form shows it: its field errors, or one error of the whole form. */
export function errorState(error: unknown, formData?: FormData): FormState {
  const appError = toAppError(error);
  if (appError.code === 'internal') console.error(error);
  const fields = appError.details.fields;
  return {
    ok: false,
    fieldErrors: fields,
    formError: fields ? undefined : appError.error,
    values: formData ? keptValues(formData) : undefined,
  };
}

/**
 * The one way a form is answered: parse with the shared schema, run the handler, and return
 * field errors, a form error or success. Redirects pass through; raw errors never reach the browser.
 */
export function validatedAction<S extends z.ZodType>(
  schema: S,
  handler: (input: z.output<S>, formData: FormData) => Promise<FormState | void>,
) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const parsed = schema.safeParse(
      Object.fromEntries([...formData.entries()].filter(([k]) => !k.startsWith('$ACTION'))),
    );
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: keptValues(formData) };
    try {
      return (await handler(parsed.data, formData)) ?? { ok: true };
    } catch (error) {
      unstable_rethrow(error);
      return errorState(error, formData);
    }
  };
}

export { AppError };
