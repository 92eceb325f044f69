'use client';
import { useTranslations } from 'next-intl';
import { ValidatedForm } from '@/components/forms/ValidatedForm';
import { HiddenField, TextField } from '@/components/forms/Field';
import { synonymSchema } from '@/lib/validation/procedures';
import { saveSynonymAction } from '@/server/procedures/actions';

export function SynonymForm({ id, term = '', expansions = '' }: { id?: string; term?: string; expansions?: string }) {
  const t = useTranslations('Editor');
  return (
    <ValidatedForm
      schema={synonymSchema}
      action={saveSynonymAction}
      submitLabel={id ? t('saveSynonym') : t('addSynonym')}
      successNotice={t('saved')}
      testId={id ? `synonym-${term}` : 'synonym-new'}
    >
      {id ? <HiddenField name="id" value={id} /> : null}
      <TextField name="term" label={t('term')} defaultValue={term} maxLength={100} />
      <TextField name="expansions" label={t('expansions')} defaultValue={expansions} maxLength={1000} />
    </ValidatedForm>
  );
}
