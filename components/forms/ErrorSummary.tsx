'use client';
import type { Ref } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { clientError, fieldId, useErrorText, useServerState } from './form-context';

/** GOV.UK-style summary: every problem in one list, each linking to its field. */
export function ErrorSummary({ ref }: { ref: Ref<HTMLDivElement> }) {
  const t = useTranslations();
  const errorText = useErrorText();
  const server = useServerState();
  const { formState } = useFormContext();
  const items = new Map<string, string>();
  if (formState.submitCount > 0) {
    for (const [name, error] of Object.entries(formState.errors)) {
      if (error?.message) items.set(name, errorText(clientError(error)));
    }
  }
  for (const [name, errors] of Object.entries(server.fieldErrors ?? {})) {
    if (!items.has(name) && errors[0]) items.set(name, errorText(errors[0]));
  }
  const formError = server.formError ? errorText(server.formError) : null;
  if (!items.size && !formError) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      data-testid="error-summary"
      className="border-4 border-accent p-4 focus:outline-none"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        {t('Forms.errorSummary')}
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {formError ? <li className="font-semibold text-accent">{formError}</li> : null}
        {[...items].map(([name, message]) => (
          <li key={name}>
            <a href={`#${fieldId(name)}`} className="font-semibold text-accent">
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
