/** What a form's server action answers, and what the form shows from it (server/action.ts). */
export type FormState = {
  ok: boolean;
  /** Field name → message keys of the "Validation" group (or "Errors" when prefixed "Errors."). */
  fieldErrors?: Record<string, string[]>;
  /** A key of the "Errors" group, with its values. */
  formError?: { code: string; values?: Record<string, string | number> };
  /** What the person typed, so a form posted without JavaScript comes back filled in. */
  values?: Record<string, string>;
  /** A key of the page's own message group, shown as a success notice. */
  notice?: string;
};
