'use client';
import { useTranslations } from 'next-intl';
import { ValidatedForm } from '@/components/forms/ValidatedForm';
import { HiddenField, SelectField, TextAreaField, TextField } from '@/components/forms/Field';
import { CANNED_BODY_MAX, CANNED_TITLE_MAX, cannedAnswer } from '@/lib/validation/reports/admin';
import { saveCannedAnswerAction } from '@/server/reports/admin-actions';

type Values = { id?: string; categoryCode: string; titleVi: string; bodyVi: string; titleEn: string; bodyEn: string };

/** Create or edit a canned answer (both languages; the category among those the person manages). */
export function CannedAnswerForm({
  categories,
  values,
}: {
  categories: { value: string; label: string }[];
  values?: Values;
}) {
  const t = useTranslations('ReportAdmin');
  return (
    <ValidatedForm
      schema={cannedAnswer}
      action={saveCannedAnswerAction}
      submitLabel={t('saveCanned')}
      testId={values?.id ? 'canned-edit' : 'canned-new'}
    >
      {values?.id ? <HiddenField name="id" value={values.id} /> : null}
      <SelectField
        name="categoryCode"
        label={t('category')}
        options={categories}
        defaultValue={values?.categoryCode}
        placeholder={t('chooseCategory')}
      />
      <TextField name="titleVi" label={t('titleVi')} defaultValue={values?.titleVi} maxLength={CANNED_TITLE_MAX} />
      <TextAreaField
        name="bodyVi"
        label={t('bodyVi')}
        defaultValue={values?.bodyVi}
        rows={5}
        maxLength={CANNED_BODY_MAX}
      />
      <TextField name="titleEn" label={t('titleEn')} defaultValue={values?.titleEn} maxLength={CANNED_TITLE_MAX} />
      <TextAreaField
        name="bodyEn"
        label={t('bodyEn')}
        defaultValue={values?.bodyEn}
        rows={5}
        maxLength={CANNED_BODY_MAX}
      />
    </ValidatedForm>
  );
}
