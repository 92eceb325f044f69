import type { FieldErrors, ShownError } from '@/lib/errors';

/** What a form's server action answers, and what the form shows from it (server/action.ts). */
export type FormState = {
  ok: boolean;
  /** Field name → its errors (lib/errors.ts), the first one shown. */
  fieldErrors?: FieldErrors | Record<string, ShownError[]>;
  /** An error of the whole form. */
  formError?: ShownError;
  /** What the person typed, so a form posted without JavaScript comes back filled in. */
  values?: Record<string, string>;
  /** A key of the page's own message group, shown as a success notice. */
  notice?: string;
};
