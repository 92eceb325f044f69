'use client';
import { useTranslations } from 'next-intl';
import { useFormContext } from 'react-hook-form';
import { ValidatedForm } from '@/components/forms/ValidatedForm';
import {
  CheckboxField,
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
import {
  closeEarlySchema,
  consultationEditSchema,
  outcomeSchema,
  questionAddSchema,
  wordingSchema,
} from '@/lib/validation/consultations';
import {
  addOptionAction,
  addQuestionAction,
  closeEarlyAction,
  optionWordingAction,
  outcomeAction,
  questionWordingAction,
  saveConsultationAction,
} from '@/server/consultations/admin-actions';
import { WardPicker } from './WardPicker';

// The consultations back office's forms with fields: each is a ValidatedForm with its shared schema,
// so it checks as the official types and posts as a plain form without JavaScript.

type Option = { value: string; label: string };

/** A consultation's details; without `values.id` it creates a draft. */
export function ConsultationEditor({
  values,
  topics,
  wards,
}: {
  values: Record<string, string>;
  topics: Option[];
  /** The real wards to pick from, and the picker's legend and hint. */
  wards: { options: Option[]; selected: string[]; legend: string; hint: string };
}) {
  const t = useTranslations('ConsultationAdmin');
  const f = (k: string) => t(`f.${k}` as 'f.slug');
  return (
    <ValidatedForm
      schema={consultationEditSchema}
      action={saveConsultationAction}
      submitLabel={values.id ? t('save') : t('create')}
      testId="consultation-editor"
    >
      {values.id ? <HiddenField name="id" value={values.id} /> : null}
      <TextField name="titleVi" label={f('titleVi')} defaultValue={values.titleVi} maxLength={300} />
      <TextField name="titleEn" label={f('titleEn')} defaultValue={values.titleEn} maxLength={300} />
      <TextField name="slug" label={f('slug')} hint={t('hints.slug')} defaultValue={values.slug} maxLength={120} />
      <TextAreaField
        name="summaryVi"
        label={f('summaryVi')}
        defaultValue={values.summaryVi}
        rows={3}
        maxLength={1000}
      />
      <TextAreaField
        name="summaryEn"
        label={f('summaryEn')}
        defaultValue={values.summaryEn}
        rows={3}
        maxLength={1000}
      />
      <TextAreaField
        name="bodyVi"
        label={f('bodyVi')}
        hint={t('hints.body')}
        defaultValue={values.bodyVi}
        rows={8}
        maxLength={20_000}
      />
      <TextAreaField
        name="bodyEn"
        label={f('bodyEn')}
        hint={t('hints.body')}
        defaultValue={values.bodyEn}
        rows={8}
        maxLength={20_000}
      />
      <SelectField name="topic" label={f('topic')} defaultValue={values.topic} options={topics} />
      <TimeField name="opensAt" label={f('opensAt')} hint={t('hints.times')} defaultValue={values.opensAt} />
      <TimeField name="closesAt" label={f('closesAt')} hint={t('hints.times')} defaultValue={values.closesAt} />
      <WardPicker wards={wards.options} selected={wards.selected} legend={wards.legend} hint={wards.hint} />
      <SelectField
        name="resultsRule"
        label={f('resultsRule')}
        defaultValue={values.resultsRule}
        options={(['SEALED_UNTIL_CLOSE', 'AFTER_ANSWER'] as const).map((v) => ({ value: v, label: t(`rules.${v}`) }))}
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

export function AddQuestionForm({ consultationId }: { consultationId: string }) {
  const t = useTranslations('ConsultationAdmin');
  return (
    <ValidatedForm
      schema={questionAddSchema}
      action={addQuestionAction}
      submitLabel={t('addQuestion')}
      testId="add-question"
    >
      <HiddenField name="consultationId" value={consultationId} />
      <SelectField
        name="kind"
        label={t('kind')}
        defaultValue="SINGLE"
        options={(['SINGLE', 'MULTIPLE', 'SCALE', 'RANKING', 'TEXT'] as const).map((k) => ({
          value: k,
          label: t(`kinds.${k}`),
        }))}
      />
      <TextField name="textVi" label={t('textVi')} maxLength={500} />
      <TextField name="textEn" label={t('textEn')} maxLength={500} />
      <CheckboxField name="required" label={t('required')} defaultChecked />
    </ValidatedForm>
  );
}

const wordingActions = {
  question: questionWordingAction,
  option: optionWordingAction,
  addOption: addOptionAction,
} as const;

/** The Vietnamese and English text of a question or option, or of a new option of a question. */
export function WordingForm({
  mode,
  id,
  textVi = '',
  textEn = '',
}: {
  mode: keyof typeof wordingActions;
  id: string;
  textVi?: string;
  textEn?: string;
}) {
  const t = useTranslations('ConsultationAdmin');
  return (
    <ValidatedForm
      schema={wordingSchema}
      action={wordingActions[mode]}
      submitLabel={mode === 'addOption' ? t('addOption') : t('saveWording')}
      testId={`wording-${mode}`}
    >
      <HiddenField name="id" value={id} />
      <TextField name="textVi" label={t('textVi')} defaultValue={textVi} maxLength={500} />
      <TextField name="textEn" label={t('textEn')} defaultValue={textEn} maxLength={500} />
    </ValidatedForm>
  );
}

export function CloseEarlyForm({ id }: { id: string }) {
  const t = useTranslations('ConsultationAdmin');
  return (
    <ValidatedForm
      schema={closeEarlySchema}
      action={closeEarlyAction}
      submitLabel={t('closeSubmit')}
      submitVariant="warning"
      testId="close-early"
    >
      <HiddenField name="id" value={id} />
      <TextAreaField name="reason" label={t('closeReason')} rows={3} maxLength={1000} />
    </ValidatedForm>
  );
}

export function OutcomeForm({ id, outcomeVi, outcomeEn }: { id: string; outcomeVi: string; outcomeEn: string }) {
  const t = useTranslations('ConsultationAdmin');
  return (
    <ValidatedForm schema={outcomeSchema} action={outcomeAction} submitLabel={t('outcomeSubmit')} testId="outcome">
      <HiddenField name="id" value={id} />
      <TextAreaField name="outcomeVi" label={t('outcomeVi')} defaultValue={outcomeVi} rows={6} maxLength={20_000} />
      <TextAreaField name="outcomeEn" label={t('outcomeEn')} defaultValue={outcomeEn} rows={6} maxLength={20_000} />
    </ValidatedForm>
  );
}
