'use client';
import { useMemo } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { FormProvider, useForm, useFormContext } from 'react-hook-form';
import { ValidatedForm } from '@/components/forms/ValidatedForm';
import { ErrorMessage, useFieldError } from '@/components/forms/Field';
import { fieldId, ServerStateContext, useServerState } from '@/components/forms/form-context';
import { Button } from '@/components/ui/Button';
import {
  answerField,
  DEFAULT_TEXT_MAX,
  rankPlaces,
  SCALE_MAX,
  SCALE_MIN,
  type QuestionKind,
  type QuestionRule,
} from '@/lib/consultations/rules';
import { localized } from '@/lib/i18n/localized';
import type { FormState } from '@/lib/form-state';
import { answerSchema } from '@/lib/validation/consultations';

export type FormQuestion = Omit<QuestionRule, 'options'> & {
  position: number;
  kind: QuestionKind;
  textVi: string;
  textEn: string;
  options: { id: string; textVi: string; textEn: string }[];
};

type Props = {
  questions: FormQuestion[];
  /** The stored answer as form values, when the person has answered. */
  current: Record<string, string>;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  changing: boolean;
};

/** The questions of a consultation as one form; a plain form post without JavaScript. */
export function AnswerForm({ questions, current, action, changing }: Props) {
  const t = useTranslations('Consultations.form');
  const schema = useMemo(() => answerSchema(questions), [questions]);
  return (
    <ValidatedForm
      schema={schema}
      action={action}
      submitLabel={changing ? t('update') : t('submit')}
      testId="consultation-answer-form"
    >
      {questions.map((q) => (
        <Question key={q.id} question={q} current={current} />
      ))}
    </ValidatedForm>
  );
}

/**
 * The same questions as officials preview them: every control works, nothing can be sent (no
 * action, and a disabled button, which also stops Enter from submitting).
 */
export function AnswerFormPreview({ questions, submitLabel }: { questions: FormQuestion[]; submitLabel: string }) {
  const form = useForm({ mode: 'onTouched' });
  return (
    <ServerStateContext value={{ ok: false }}>
      <FormProvider {...form}>
        <form
          onSubmit={(e) => e.preventDefault()}
          noValidate
          className="space-y-6"
          data-testid="consultation-answer-preview"
        >
          {questions.map((q) => (
            <Question key={q.id} question={q} current={{}} />
          ))}
          <Button type="submit" size="lg" disabled aria-disabled>
            {submitLabel}
          </Button>
        </form>
      </FormProvider>
    </ServerStateContext>
  );
}

function Question({ question: q, current }: { question: FormQuestion; current: Record<string, string> }) {
  const t = useTranslations('Consultations');
  const locale = useLocale();
  const name = answerField(q.id);
  const error = useFieldError(name);
  const server = useServerState();
  // After a refused post without JavaScript the form shows what was sent; otherwise the stored answer.
  const value = (field: string) => (server.values ? server.values[field] : current[field]);
  const legendId = `${fieldId(name)}-legend`;
  const max =
    q.kind === 'MULTIPLE'
      ? (q.maxChoices ?? q.options.length)
      : q.kind === 'RANKING'
        ? rankPlaces(q)
        : (q.maxLength ?? DEFAULT_TEXT_MAX);
  return (
    <fieldset
      className={`space-y-3 ${error ? 'border-l-4 border-accent pl-3' : ''}`}
      aria-describedby={`${fieldId(name)}-hint${error ? ` ${fieldId(name)}-error` : ''}`}
      data-testid={`question-${q.position}`}
    >
      <legend id={legendId} className="text-xl font-semibold">
        <span className="block text-base font-normal text-muted">{t('detail.questionCount', { n: q.position })}</span>
        {localized(q, 'text', locale)}{' '}
        {!q.required ? <span className="font-normal text-muted">{t('form.optional')}</span> : null}
      </legend>
      <p id={`${fieldId(name)}-hint`} className="text-muted">
        {t(`detail.kinds.${q.kind}`, { max })}
      </p>
      <ErrorMessage name={name} error={error} />
      <Controls question={q} value={value} />
    </fieldset>
  );
}

function Controls({ question: q, value }: { question: FormQuestion; value: (field: string) => string | undefined }) {
  const t = useTranslations('Consultations.form');
  const locale = useLocale();
  const { register } = useFormContext();
  const name = answerField(q.id);
  const choice = (id: string, label: string, input: React.ReactNode) => (
    <div key={id} className="flex items-center gap-3">
      {input}
      <label htmlFor={id} className="min-h-11 content-center text-lg">
        {label}
      </label>
    </div>
  );
  switch (q.kind) {
    case 'SINGLE':
      return (
        <div className="space-y-2">
          {q.options.map((o, i) => {
            const id = i === 0 ? fieldId(name) : `${fieldId(name)}-${o.id}`;
            return choice(
              id,
              localized(o, 'text', locale),
              <input
                id={id}
                type="radio"
                value={o.id}
                defaultChecked={value(name) === o.id}
                className="h-7 w-7 shrink-0"
                data-testid={`answer-${q.position}-${i + 1}`}
                {...register(name)}
              />,
            );
          })}
        </div>
      );
    case 'MULTIPLE':
      return (
        <div className="space-y-2">
          {q.options.map((o, i) => {
            const field = answerField(q.id, o.id);
            const id = i === 0 ? fieldId(name) : fieldId(field);
            return choice(
              id,
              localized(o, 'text', locale),
              <input
                id={id}
                type="checkbox"
                value="on"
                defaultChecked={Boolean(value(field))}
                className="h-7 w-7 shrink-0"
                data-testid={`answer-${q.position}-${i + 1}`}
                {...register(field)}
              />,
            );
          })}
        </div>
      );
    case 'SCALE':
      return (
        <div className="flex flex-wrap items-center gap-4">
          <span className="text-muted" aria-hidden="true">
            {t('scaleLow')}
          </span>
          {Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, k) => String(SCALE_MIN + k)).map((v, i) => {
            const id = i === 0 ? fieldId(name) : `${fieldId(name)}-${v}`;
            const label = v === '1' ? `1 – ${t('scaleLow')}` : v === String(SCALE_MAX) ? `${v} – ${t('scaleHigh')}` : v;
            return (
              <div key={v} className="flex items-center gap-2">
                <input
                  id={id}
                  type="radio"
                  value={v}
                  defaultChecked={value(name) === v}
                  className="h-7 w-7 shrink-0"
                  data-testid={`answer-${q.position}-${v}`}
                  {...register(name)}
                />
                <label htmlFor={id} className="min-h-11 content-center text-lg">
                  <span aria-hidden={v === '1' || v === String(SCALE_MAX) ? true : undefined}>{v}</span>
                  {v === '1' || v === String(SCALE_MAX) ? <span className="sr-only">{label}</span> : null}
                </label>
              </div>
            );
          })}
          <span className="text-muted" aria-hidden="true">
            {t('scaleHigh')}
          </span>
        </div>
      );
    case 'RANKING': {
      const places = rankPlaces(q);
      return (
        <div className="space-y-2">
          {q.options.map((o, i) => {
            const field = answerField(q.id, o.id);
            const id = i === 0 ? fieldId(name) : fieldId(field);
            const text = localized(o, 'text', locale);
            return (
              <div key={o.id} className="flex flex-wrap items-center gap-3">
                <select
                  id={id}
                  defaultValue={value(field) ?? ''}
                  aria-label={t('rankOf', { option: text })}
                  className="min-h-11 rounded-none border-2 border-ink bg-white px-2 text-lg"
                  data-testid={`answer-${q.position}-${i + 1}`}
                  {...register(field)}
                >
                  <option value="">{t('noRank')}</option>
                  {Array.from({ length: places }, (_, k) => (
                    <option key={k} value={String(k + 1)}>
                      {k + 1}
                    </option>
                  ))}
                </select>
                <span className="text-lg" aria-hidden="true">
                  {text}
                </span>
              </div>
            );
          })}
        </div>
      );
    }
    case 'TEXT':
      return (
        <textarea
          id={fieldId(name)}
          rows={4}
          maxLength={q.maxLength ?? DEFAULT_TEXT_MAX}
          defaultValue={value(name) ?? ''}
          aria-labelledby={`${fieldId(name)}-legend`}
          className="mt-1 block w-full max-w-3xl rounded-none border-2 border-ink px-3 py-2 text-lg"
          data-testid={`answer-${q.position}-text`}
          {...register(name)}
        />
      );
  }
}
