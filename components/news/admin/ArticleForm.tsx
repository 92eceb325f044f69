'use client';
import { useTranslations } from 'next-intl';
import { useFormContext } from 'react-hook-form';
import { ValidatedForm } from '@/components/forms/ValidatedForm';
import {
  describedBy,
  Field,
  HiddenField,
  inputClass,
  SelectField,
  TextAreaField,
  TextField,
  useFieldError,
} from '@/components/forms/Field';
import { fieldId, useServerState } from '@/components/forms/form-context';
import { NEWS_BODY_MAX, newsArticleSchema } from '@/lib/validation/news';
import { saveNewsAction } from '@/server/news/admin-actions';

// The article form of the news back office: a ValidatedForm with the shared schema, so it checks as
// the editor types and posts as a plain form without JavaScript.

type Option = { value: string; label: string };

export function ArticleForm({
  values,
  types,
  topics,
  agencies,
}: {
  values: Record<string, string>;
  types: Option[];
  topics: Option[];
  agencies: Option[];
}) {
  const t = useTranslations('NewsAdmin');
  const f = (k: string) => t(`f.${k}` as 'f.slug');
  return (
    <ValidatedForm
      schema={newsArticleSchema}
      action={saveNewsAction}
      submitLabel={values.id ? t('save') : t('create')}
      testId="news-editor"
    >
      {values.id ? <HiddenField name="id" value={values.id} /> : null}
      <TextField name="titleVi" label={f('titleVi')} defaultValue={values.titleVi} maxLength={200} />
      <TextField name="slug" label={f('slug')} hint={t('hints.slug')} defaultValue={values.slug} maxLength={120} />
      <SelectField name="type" label={f('type')} defaultValue={values.type} options={types} />
      <SelectField name="topic" label={f('topic')} defaultValue={values.topic} options={topics} />
      <TextAreaField name="summaryVi" label={f('summaryVi')} defaultValue={values.summaryVi} rows={3} maxLength={600} />
      <TextAreaField
        name="bodyVi"
        label={f('bodyVi')}
        hint={t('hints.body')}
        defaultValue={values.bodyVi}
        rows={12}
        maxLength={NEWS_BODY_MAX}
      />
      <TextField
        name="titleEn"
        label={f('titleEn')}
        hint={t('hints.english')}
        optional
        defaultValue={values.titleEn}
        maxLength={200}
      />
      <TextAreaField
        name="summaryEn"
        label={f('summaryEn')}
        optional
        defaultValue={values.summaryEn}
        rows={3}
        maxLength={600}
      />
      <TextAreaField
        name="bodyEn"
        label={f('bodyEn')}
        optional
        defaultValue={values.bodyEn}
        rows={12}
        maxLength={NEWS_BODY_MAX}
      />
      <TextField name="coverAltVi" label={f('coverAltVi')} optional defaultValue={values.coverAltVi} maxLength={300} />
      <TextField name="coverAltEn" label={f('coverAltEn')} optional defaultValue={values.coverAltEn} maxLength={300} />
      <SelectField
        name="agencyId"
        label={f('agencyId')}
        optional
        defaultValue={values.agencyId}
        options={[{ value: '', label: t('noAgency') }, ...agencies]}
      />
      <TimeField
        name="publishedAt"
        label={f('publishedAt')}
        hint={t('hints.publishedAt')}
        defaultValue={values.publishedAt}
      />
      <SelectField
        name="status"
        label={f('status')}
        defaultValue={values.status}
        options={(['DRAFT', 'PUBLISHED'] as const).map((v) => ({ value: v, label: t(`statuses.${v}`) }))}
      />
    </ValidatedForm>
  );
}

/** A date and time (`datetime-local`, the city's time), framed by the kit's Field. */
function TimeField({
  name,
  label,
  hint,
  defaultValue,
}: {
  name: string;
  label: string;
  hint: string;
  defaultValue?: string;
}) {
  const { register } = useFormContext();
  const server = useServerState();
  const error = useFieldError(name);
  return (
    <Field name={name} label={label} hint={hint} error={error}>
      <input
        id={fieldId(name)}
        type="datetime-local"
        defaultValue={server.values?.[name] ?? defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={inputClass(error, 'max-w-xs')}
        {...register(name)}
      />
    </Field>
  );
}
