'use client';
import { useTranslations } from 'next-intl';
import { ValidatedForm } from '@/components/forms/ValidatedForm';
import { CheckboxField, HiddenField, SelectField, TextAreaField, TextField } from '@/components/forms/Field';
import { procedureEditSchema } from '@/lib/validation/procedures';
import { saveProcedureAction } from '@/server/procedures/actions';

export type EditorValues = Record<string, string> & { codeVerified?: string };

/** Every field of a procedure; lists as lines, structured parts as JSON checked by the shared schema. */
export function ProcedureEditor({
  values,
  fields,
}: {
  values: EditorValues;
  fields: { value: string; label: string }[];
}) {
  const t = useTranslations('Editor');
  const tp = useTranslations('Procedures');
  const f = (k: string) => t(`f.${k}` as 'f.code');
  return (
    <ValidatedForm
      schema={procedureEditSchema}
      action={saveProcedureAction}
      submitLabel={t('save')}
      testId="procedure-editor"
    >
      {values.id ? <HiddenField name="id" value={values.id} /> : null}
      <TextField name="titleVi" label={f('titleVi')} defaultValue={values.titleVi} maxLength={300} />
      <TextField name="titleEn" label={f('titleEn')} defaultValue={values.titleEn} maxLength={300} />
      <TextField name="slug" label={f('slug')} defaultValue={values.slug} maxLength={120} />
      <TextField name="code" label={f('code')} defaultValue={values.code} maxLength={50} />
      <CheckboxField name="codeVerified" label={f('codeVerified')} defaultChecked={values.codeVerified === 'on'} />
      <TextField
        name="decisionNumber"
        label={f('decisionNumber')}
        optional
        defaultValue={values.decisionNumber}
        maxLength={100}
      />
      <TextAreaField
        name="summaryVi"
        label={f('summaryVi')}
        defaultValue={values.summaryVi}
        rows={3}
        maxLength={2000}
      />
      <TextAreaField
        name="summaryEn"
        label={f('summaryEn')}
        defaultValue={values.summaryEn}
        rows={3}
        maxLength={2000}
      />
      <SelectField name="fieldCode" label={f('fieldCode')} defaultValue={values.fieldCode} options={fields} />
      <SelectField
        name="level"
        label={f('level')}
        defaultValue={values.level}
        options={(['CITY', 'COMMUNE'] as const).map((v) => ({ value: v, label: tp(`levels.${v}`) }))}
      />
      <SelectField
        name="onlineLevel"
        label={f('onlineLevel')}
        defaultValue={values.onlineLevel}
        options={(['FULL', 'PARTIAL', 'NONE'] as const).map((v) => ({ value: v, label: tp(`onlineLevels.${v}`) }))}
      />
      <TextField name="onlineUrl" label={f('onlineUrl')} optional defaultValue={values.onlineUrl} maxLength={500} />
      <TextAreaField
        name="applicants"
        label={f('applicants')}
        defaultValue={values.applicants}
        rows={2}
        maxLength={2000}
      />
      <TextField
        name="implementingAgency"
        label={f('implementingAgency')}
        defaultValue={values.implementingAgency}
        maxLength={500}
      />
      <TextField
        name="competentAgency"
        label={f('competentAgency')}
        optional
        defaultValue={values.competentAgency}
        maxLength={500}
      />
      <TextAreaField
        name="submissionPlace"
        label={f('submissionPlace')}
        defaultValue={values.submissionPlace}
        rows={2}
        maxLength={1000}
      />
      <TextAreaField name="steps" label={f('steps')} defaultValue={values.steps} rows={6} />
      <TextAreaField
        name="methods"
        label={f('methods')}
        hint={t('hints.methods')}
        defaultValue={values.methods}
        rows={6}
        mono
      />
      <TextAreaField
        name="documents"
        label={f('documents')}
        hint={t('hints.documents')}
        defaultValue={values.documents}
        rows={10}
        mono
      />
      <TextAreaField name="result" label={f('result')} defaultValue={values.result} rows={2} maxLength={2000} />
      <TextAreaField
        name="conditions"
        label={f('conditions')}
        optional
        defaultValue={values.conditions}
        rows={3}
        maxLength={5000}
      />
      <TextAreaField
        name="legalBasis"
        label={f('legalBasis')}
        hint={t('hints.legalBasis')}
        defaultValue={values.legalBasis}
        rows={6}
        mono
      />
      <TextAreaField name="keywords" label={f('keywords')} defaultValue={values.keywords} rows={2} />
      <TextField name="lifeEvents" label={f('lifeEvents')} optional defaultValue={values.lifeEvents} maxLength={200} />
      <TextAreaField
        name="uncertain"
        label={f('uncertain')}
        optional
        defaultValue={values.uncertain}
        rows={3}
        maxLength={3000}
      />
    </ValidatedForm>
  );
}
