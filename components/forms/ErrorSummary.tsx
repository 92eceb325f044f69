'use client';
import { useId, type ReactNode, type Ref } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { clientError, fieldId, useErrorText, useServerState } from './form-context';

/** One problem: with a field it links to that field's control (`#field-<name>`), without one it is plain text. */
export type SummaryError = { field?: string; message: ReactNode; testId?: string };

type Props = {
  /** Takes focus: the outer box, which holds `tabIndex={-1}`. */
  ref?: Ref<HTMLDivElement>;
  /**
   * The problems to list, for a form that keeps its own errors; the summary then shows whenever it
   * is rendered. Without it, the summary reads react-hook-form and the server's answer from the
   * form context (ValidatedForm, ServerStateContext) and shows only when there is a problem.
   */
  errors?: readonly SummaryError[];
  /** Shown after the list, inside the summary (a "try again" button). */
  children?: ReactNode;
};

/**
 * GOV.UK-style summary: every problem in one list, each linking to its field. As in govuk-frontend,
 * focus goes to the outer box while `role="alert"` sits on an inner element, so moving focus and
 * the screen reader's announcement do not compete.
 */
export function ErrorSummary({ ref, errors, children }: Props) {
  return errors ? (
    <SummaryBox ref={ref} errors={errors}>
      {children}
    </SummaryBox>
  ) : (
    <FormContextSummary ref={ref}>{children}</FormContextSummary>
  );
}

function FormContextSummary({ ref, children }: { ref?: Ref<HTMLDivElement>; children?: ReactNode }) {
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
  const errors: SummaryError[] = [
    ...(formError ? [{ message: formError }] : []),
    ...[...items].map(([field, message]) => ({ field, message })),
  ];
  return (
    <SummaryBox ref={ref} errors={errors}>
      {children}
    </SummaryBox>
  );
}

function SummaryBox({
  ref,
  errors,
  children,
}: {
  ref?: Ref<HTMLDivElement>;
  errors: readonly SummaryError[];
  children?: ReactNode;
}) {
  const t = useTranslations('Forms');
  // Several forms can share a page (the back office's report page): each title needs its own id.
  const titleId = `error-summary-title-${useId()}`;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      data-testid="error-summary"
      className="border-4 border-accent p-4 focus:outline-none focus-visible:outline-3 focus-visible:outline-focus"
    >
      <div role="alert" aria-labelledby={titleId}>
        <h2 id={titleId} className="text-xl font-bold">
          {t('errorSummary')}
        </h2>
        <ul className="mt-2 list-none space-y-1">
          {errors.map((error, i) => (
            <li key={`${i}-${error.field ?? ''}`} data-testid={error.testId}>
              {error.field ? (
                <a href={`#${fieldId(error.field)}`} className="font-semibold text-accent">
                  {error.message}
                </a>
              ) : (
                <span className="font-semibold text-accent">{error.message}</span>
              )}
            </li>
          ))}
        </ul>
        {children}
      </div>
    </div>
  );
}
