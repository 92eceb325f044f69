'use client';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { signInSchema } from '@/lib/validation/account';
import { ErrorSummary } from '@/components/forms/ErrorSummary';
import { TextField } from '@/components/forms/Field';
import { ServerStateContext } from '@/components/forms/form-context';
import { schemaResolver } from '@/components/forms/schema-resolver';
import { portalError } from '@/lib/errors';
import type { FormState } from '@/lib/form-state';
import { Button } from '@/components/ui/Button';

type Props = { locale: string; next?: string; email?: string; initialError?: string };

/**
 * Posts to the password route handler. Without JavaScript the browser follows its redirects;
 * with JavaScript the answer (including 429 and its wait) is shown in place.
 */
export function SignInForm({ locale, next, email, initialError }: Props) {
  const t = useTranslations('Auth.signIn');
  const tForms = useTranslations('Forms');
  const form = useForm({ resolver: schemaResolver(signInSchema), mode: 'onTouched' });
  const [state, setState] = useState<FormState>((): FormState =>
    initialError
      ? initialError === 'missing' || initialError === 'emailInvalid'
        ? {
            ok: false,
            fieldErrors:
              initialError === 'emailInvalid'
                ? { email: [portalError('emailInvalid')] }
                : { password: [portalError('passwordRequired')] },
            values: { email: email ?? '' },
          }
        : { ok: false, formError: portalError(initialError), values: { email: email ?? '' } }
      : { ok: false, values: { email: email ?? '' } },
  );
  const [pending, setPending] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.formError || state.fieldErrors) summaryRef.current?.focus();
  }, [state]);

  const onSubmit = form.handleSubmit(async (_values, event) => {
    setPending(true);
    try {
      const body = new URLSearchParams(
        new FormData(event?.target as HTMLFormElement) as unknown as Record<string, string>,
      );
      const response = await fetch('/api/auth/password', {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
      });
      const data = (await response.json().catch(() => ({}))) as {
        ok?: boolean;
        redirect?: string;
        error?: { code: string; message?: string; fields?: Record<string, string> };
      };
      if (response.ok && data.redirect) {
        window.location.assign(data.redirect);
        return;
      }
      // The answer's texts are already in the visitor's language.
      const fields = data.error?.fields;
      setState({
        ok: false,
        fieldErrors: fields
          ? Object.fromEntries(Object.entries(fields).map(([name, message]) => [name, [{ message }]]))
          : undefined,
        formError: fields ? undefined : data.error?.message ? { message: data.error.message } : portalError('internal'),
      });
    } catch {
      setState({ ok: false, formError: portalError('internal') });
    } finally {
      setPending(false);
    }
  });

  return (
    <ServerStateContext value={state}>
      <FormProvider {...form}>
        <form
          method="post"
          action="/api/auth/password"
          onSubmit={onSubmit}
          noValidate
          className="max-w-xl space-y-6"
          data-testid="sign-in-form"
        >
          <ErrorSummary ref={summaryRef} />
          <input type="hidden" name="locale" value={locale} />
          {next ? <input type="hidden" name="next" value={next} /> : null}
          <TextField
            name="email"
            type="email"
            label={t('email')}
            autoComplete="email"
            inputMode="email"
            maxLength={254}
          />
          <TextField
            name="password"
            type="password"
            label={t('password')}
            autoComplete="current-password"
            maxLength={128}
          />
          <Button type="submit" size="lg" disabled={pending}>
            {pending ? tForms('submitting') : t('submit')}
          </Button>
        </form>
      </FormProvider>
    </ServerStateContext>
  );
}
