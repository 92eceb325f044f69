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
import { alertCancelSchema, alertEditSchema } from '@/lib/validation/alerts';
import { prepareAlertAction, prepareCancelAction } from '@/server/alerts/admin-actions';

// The alerts back office's forms: each is a ValidatedForm with its shared schema, so it checks as
// the official types and posts as a plain form without JavaScript. Both lead to the preview.

type Option = { value: string; label: string };
export type AlertChoices = Record<
  'status' | 'category' | 'responseType' | 'urgency' | 'severity' | 'certainty',
  Option[]
>;

/** A new alert, an update (`values.references`) or a preview being changed (`values.draftId`). */
export function AlertEditor({ values, choices }: { values: Record<string, string>; choices: AlertChoices }) {
  const t = useTranslations('AlertAdmin');
  const f = (k: string) => t(`f.${k}` as 'f.status');
  const text = (name: string, max: number, hint?: string) => (
    <TextField name={name} label={f(name)} hint={hint} defaultValue={values[name]} maxLength={max} />
  );
  const area = (name: string, max: number, optional = false) => (
    <TextAreaField
      name={name}
      label={f(name)}
      defaultValue={values[name]}
      rows={4}
      maxLength={max}
      optional={optional}
    />
  );
  return (
    <ValidatedForm
      schema={alertEditSchema}
      action={prepareAlertAction}
      submitLabel={t('prepare')}
      testId="alert-editor"
    >
      {values.draftId ? <HiddenField name="draftId" value={values.draftId} /> : null}
      {values.references ? <HiddenField name="references" value={values.references} /> : null}
      {values.references ? (
        <HiddenField name="status" value={values.status ?? 'ACTUAL'} />
      ) : (
        <SelectField
          name="status"
          label={f('status')}
          hint={t('hints.status')}
          defaultValue={values.status}
          options={choices.status}
        />
      )}
      {text('headlineVi', 160, t('hints.headline'))}
      {text('headlineEn', 160, t('hints.headline'))}
      {text('eventVi', 120)}
      {text('eventEn', 120)}
      <SelectField name="severity" label={f('severity')} defaultValue={values.severity} options={choices.severity} />
      <SelectField name="urgency" label={f('urgency')} defaultValue={values.urgency} options={choices.urgency} />
      <SelectField
        name="certainty"
        label={f('certainty')}
        defaultValue={values.certainty}
        options={choices.certainty}
      />
      <SelectField name="category" label={f('category')} defaultValue={values.category} options={choices.category} />
      <SelectField
        name="responseType"
        label={f('responseType')}
        defaultValue={values.responseType}
        options={choices.responseType}
      />
      {area('descriptionVi', 4000)}
      {area('descriptionEn', 4000)}
      {area('instructionVi', 4000, true)}
      {area('instructionEn', 4000, true)}
      <TimeField name="onset" label={f('onset')} hint={t('hints.times')} defaultValue={values.onset} />
      <TimeField name="expires" label={f('expires')} hint={t('hints.times')} defaultValue={values.expires} />
      {text('areaDescVi', 500)}
      {text('areaDescEn', 500)}
      <TextField name="wards" label={f('wards')} hint={t('hints.wards')} optional defaultValue={values.wards} />
      <TextField name="polygon" label={f('polygon')} hint={t('hints.polygon')} optional defaultValue={values.polygon} />
      <TextField name="circle" label={f('circle')} hint={t('hints.circle')} optional defaultValue={values.circle} />
    </ValidatedForm>
  );
}

/** Cancelling an alert: why, then the preview of the Cancel message. */
export function CancelForm({ references }: { references: string }) {
  const t = useTranslations('AlertAdmin');
  return (
    <ValidatedForm
      schema={alertCancelSchema}
      action={prepareCancelAction}
      submitLabel={t('cancelPrepare')}
      submitVariant="warning"
      testId="alert-cancel"
    >
      <HiddenField name="references" value={references} />
      <TextAreaField name="note" label={t('f.note')} hint={t('hints.note')} rows={3} maxLength={1000} />
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
