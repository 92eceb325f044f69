'use client';
import { ValidatedForm } from '@/components/forms/ValidatedForm';
import { CheckboxField, HiddenField, SelectField, TextField } from '@/components/forms/Field';
import { consultationSettingsSchema } from '@/lib/validation/consultation-comments';
import { settingsAction } from '@/server/consultations/comment-actions';

type Texts = {
  commentsEnabled: string;
  kind: string;
  kinds: { CONSULTATION: string; POLL: string };
  placement: string;
  placementHint: string;
  save: string;
};

/** Comments on or off, consultation or quick poll and where the poll is placed (texts from the page). */
export function SettingsForm({
  id,
  values,
  texts,
}: {
  id: string;
  values: { commentsEnabled: boolean; kind: 'CONSULTATION' | 'POLL'; placement: string };
  texts: Texts;
}) {
  return (
    <ValidatedForm
      schema={consultationSettingsSchema}
      action={settingsAction}
      submitLabel={texts.save}
      testId="consultation-settings"
    >
      <HiddenField name="id" value={id} />
      <CheckboxField name="commentsEnabled" label={texts.commentsEnabled} defaultChecked={values.commentsEnabled} />
      <SelectField
        name="consultationKind"
        label={texts.kind}
        defaultValue={values.kind}
        options={(['CONSULTATION', 'POLL'] as const).map((k) => ({ value: k, label: texts.kinds[k] }))}
      />
      <TextField
        name="placement"
        label={texts.placement}
        hint={texts.placementHint}
        optional
        defaultValue={values.placement}
        maxLength={200}
      />
    </ValidatedForm>
  );
}
