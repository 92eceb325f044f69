'use client';
import { useTranslations } from 'next-intl';
import { useFormContext } from 'react-hook-form';
import { ValidatedForm } from '@/components/forms/ValidatedForm';
import { TextAreaField } from '@/components/forms/Field';
import { clientError, fieldId, useErrorText, useServerState } from '@/components/forms/form-context';
import type { FormState } from '@/lib/form-state';
import { reportRating } from '@/lib/validation/reports/report';

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState> };

/** The author's rating; the same schema checks it here and on the server. */
export function RatingForm({ action }: Props) {
  const t = useTranslations('Reports.detail');
  return (
    <ValidatedForm schema={reportRating} action={action} submitLabel={t('sendRating')} testId="rating-form">
      <RatingChoice />
      <TextAreaField name="reason" label={t('reason')} hint={t('reasonHint')} rows={4} maxLength={1000} />
    </ValidatedForm>
  );
}

function RatingChoice() {
  const t = useTranslations('Reports.detail');
  const { register, formState, getFieldState } = useFormContext();
  const server = useServerState();
  const errorText = useErrorText();
  const state = getFieldState('rating', formState);
  const shown = state.error?.message
    ? clientError(state.error)
    : !state.isDirty
      ? server.fieldErrors?.rating?.[0]
      : undefined;
  const error = shown ? errorText(shown) : undefined;
  const chosen = server.values?.rating;
  return (
    <fieldset
      className={error ? 'border-l-4 border-accent pl-3' : undefined}
      aria-describedby={error ? `${fieldId('rating')}-error` : undefined}
    >
      <legend className="text-lg font-semibold">{t('ratingChoice')}</legend>
      {error ? (
        <p id={`${fieldId('rating')}-error`} className="font-semibold text-accent">
          {error}
        </p>
      ) : null}
      <div className="mt-2 space-y-2">
        {(['SATISFIED', 'NOT_SATISFIED'] as const).map((value, i) => (
          <div key={value} className="flex items-center gap-3">
            <input
              id={i === 0 ? fieldId('rating') : `${fieldId('rating')}-${value}`}
              type="radio"
              value={value}
              defaultChecked={chosen === value}
              className="h-7 w-7 shrink-0"
              {...register('rating')}
            />
            <label
              htmlFor={i === 0 ? fieldId('rating') : `${fieldId('rating')}-${value}`}
              className="min-h-11 content-center text-lg"
            >
              {value === 'SATISFIED' ? t('satisfied') : t('notSatisfied')}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
