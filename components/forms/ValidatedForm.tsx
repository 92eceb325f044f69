'use client';
import { startTransition, useActionState, useEffect, useRef, type ReactNode } from 'react';
import { FormProvider, useForm, type FieldValues } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { ErrorSummary } from './ErrorSummary';
import { schemaResolver } from './schema-resolver';
import { ServerStateContext } from './form-context';
import type { FormState } from '@/lib/form-state';
import { Button } from '@/components/ui/Button';

type Props = {
  schema: z.ZodType<FieldValues, FieldValues>;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  children: ReactNode;
  /** Shown instead of the form once the action succeeds with a notice. */
  success?: (state: FormState) => ReactNode;
  /** Shown above the form (which stays) once the action succeeds. */
  successNotice?: string;
  submitVariant?: 'primary' | 'warning';
  testId?: string;
};

/**
 * A form that validates as the person types (react-hook-form + the shared zod schema) and posts
 * to a server action. Without JavaScript it is a plain form: the server answers with the same
 * page, the error summary and what was typed.
 */
export function ValidatedForm({
  schema,
  action,
  submitLabel,
  children,
  success,
  successNotice,
  submitVariant = 'primary',
  testId,
}: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const form = useForm({ resolver: schemaResolver(schema), mode: 'onTouched', shouldFocusError: false });
  const summaryRef = useRef<HTMLDivElement>(null);
  const t = useTranslations('Forms');
  const { submitCount, errors } = form.formState;
  const hasClientErrors = Object.keys(errors).length > 0;

  // The error summary takes focus whenever a submission is refused.
  useEffect(() => {
    if ((submitCount > 0 && hasClientErrors) || state.fieldErrors || state.formError) summaryRef.current?.focus();
  }, [submitCount, hasClientErrors, state]);

  if (state.ok && success) return <>{success(state)}</>;

  const onSubmit = form.handleSubmit((_values, event) => {
    const data = new FormData(event?.target as HTMLFormElement);
    startTransition(() => formAction(data));
  });

  return (
    <ServerStateContext value={state}>
      <FormProvider {...form}>
        <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" data-testid={testId}>
          <ErrorSummary ref={summaryRef} />
          {state.ok && successNotice && !pending ? (
            <p role="status" className="border-l-4 border-green-700 bg-green-50 p-4" data-testid="form-notice">
              {successNotice}
            </p>
          ) : null}
          {children}
          <Button type="submit" variant={submitVariant} size="lg" disabled={pending} aria-disabled={pending}>
            {pending ? t('submitting') : submitLabel}
          </Button>
        </form>
      </FormProvider>
    </ServerStateContext>
  );
}
