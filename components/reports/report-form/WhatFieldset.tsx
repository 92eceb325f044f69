'use client';
import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { Field, SelectField, TextField, describedBy, inputClass, useFieldError } from '@/components/forms/Field';
import { fieldId } from '@/components/forms/form-context';
import { REPORT_DESCRIPTION_MAX, REPORT_TITLE_MAX, type ReportFieldsInput } from '@/lib/validation/reports/report';
import type { ReportDraftValues } from '@/lib/reports/report-form';
import { useHydrated } from './use-hydrated';
import type { Option } from './parts';

/** "What": the category (its description as the hint), the title and the description with its counter. */
export function WhatFieldset({ categories, initial }: { categories: Option[]; initial: ReportDraftValues }) {
  const t = useTranslations('ReportForm');
  const js = useHydrated();
  const { control } = useFormContext<ReportFieldsInput>();
  const category = useWatch({ control, name: 'category' });
  const selected = categories.find((c) => c.value === (js ? category : initial.category));

  return (
    <fieldset className="space-y-6">
      <legend className="mb-4 text-2xl font-bold">{t('sectionWhat')}</legend>
      <SelectField
        name="category"
        label={t('category')}
        hint={selected?.description || t('categoryHint')}
        defaultValue={initial.category}
        options={categories}
        placeholder={t('categoryPlaceholder')}
      />
      <details className="max-w-xl">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-700 underline">
          {t('categoriesList')}
        </summary>
        <dl className="mt-2 space-y-2">
          {categories.map((c) => (
            <div key={c.value}>
              <dt className="font-semibold">{c.label}</dt>
              <dd className="text-muted">{c.description}</dd>
            </div>
          ))}
        </dl>
      </details>
      <TextField
        name="title"
        label={t('titleLabel')}
        hint={t('titleHint')}
        defaultValue={initial.title}
        maxLength={REPORT_TITLE_MAX}
        autoComplete="off"
      />
      <Description initial={initial.description} />
    </fieldset>
  );
}

function Description({ initial }: { initial: string }) {
  const t = useTranslations('ReportForm');
  const js = useHydrated();
  const { control, register } = useFormContext<ReportFieldsInput>();
  const value = useWatch({ control, name: 'description' });
  const length = typeof value === 'string' ? value.length : 0;
  const error = useFieldError('description');
  const hint = t('descriptionHint', { max: REPORT_DESCRIPTION_MAX });
  const counterId = `${fieldId('description')}-counter`;
  return (
    <Field name="description" label={t('description')} hint={hint} error={error}>
      <textarea
        id={fieldId('description')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy('description', hint, error, js && counterId)}
        defaultValue={initial}
        rows={6}
        className={inputClass(error, 'max-w-3xl')}
        {...register('description')}
      />
      {js ? (
        <CharacterCount
          id={counterId}
          over={length > REPORT_DESCRIPTION_MAX}
          text={
            length > REPORT_DESCRIPTION_MAX
              ? t('charactersOver', { count: length - REPORT_DESCRIPTION_MAX })
              : t('charactersLeft', { count: REPORT_DESCRIPTION_MAX - length })
          }
        />
      ) : null}
    </Field>
  );
}

/** GOV.UK-style counter: seen while typing, announced only after a pause. */
function CharacterCount({ id, text, over }: { id: string; text: string; over: boolean }) {
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(text), 1000);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <>
      <p
        id={id}
        className={over ? 'mt-1 font-semibold text-accent' : 'mt-1 text-muted'}
        data-testid="description-counter"
      >
        {text}
      </p>
      <p aria-live="polite" className="sr-only">
        {announced}
      </p>
    </>
  );
}
