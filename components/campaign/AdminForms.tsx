'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ValidatedForm } from '@/components/forms/ValidatedForm';
import { HiddenField, SelectField, TextField } from '@/components/forms/Field';
import { Button } from '@/components/ui/Button';
import { invitationSchema, revokeInvitationSchema, unitSchema } from '@/lib/validation/campaign';
import {
  createInvitationAction,
  importUnitsAction,
  revokeInvitationAction,
  saveUnitAction,
  type ImportState,
} from '@/server/campaign/admin-actions';

type Option = { value: string; label: string };

/** A unit's code, name, kind and target; without `values.id` it creates one. */
export function UnitEditor({ values, kinds }: { values: Record<string, string>; kinds: Option[] }) {
  const t = useTranslations('CampaignAdmin');
  return (
    <ValidatedForm
      schema={unitSchema}
      action={saveUnitAction}
      submitLabel={values.id ? t('save') : t('create')}
      testId="unit-editor"
    >
      {values.id ? <HiddenField name="id" value={values.id} /> : null}
      <TextField name="code" label={t('code')} hint={t('codeHint')} defaultValue={values.code} maxLength={32} />
      <TextField name="name" label={t('name')} defaultValue={values.name} maxLength={200} />
      <SelectField
        name="kind"
        label={t('kind')}
        options={kinds}
        placeholder={t('kindPlaceholder')}
        defaultValue={values.kind}
      />
      <TextField
        name="target"
        label={t('target')}
        hint={t('targetHint')}
        defaultValue={values.target}
        inputMode="numeric"
        maxLength={8}
      />
    </ValidatedForm>
  );
}

export function CreateInvitationForm({ unitId }: { unitId: string }) {
  const t = useTranslations('CampaignAdmin');
  return (
    <ValidatedForm
      schema={invitationSchema}
      action={createInvitationAction}
      submitLabel={t('invitationCreate')}
      testId="invitation-create"
    >
      <HiddenField name="unitId" value={unitId} />
    </ValidatedForm>
  );
}

export function RevokeInvitationForm({ id, label }: { id: string; label: string }) {
  return (
    <ValidatedForm
      schema={revokeInvitationSchema}
      action={revokeInvitationAction}
      submitLabel={label}
      submitVariant="warning"
      testId="invitation-revoke"
    >
      <HiddenField name="id" value={id} />
    </ValidatedForm>
  );
}

/** The CSV import: nothing is imported while a line is wrong, and every wrong line is listed. */
export function ImportForm({ kinds }: { kinds: string }) {
  const t = useTranslations('CampaignAdmin');
  const [state, action, pending] = useActionState<ImportState, FormData>(importUnitsAction, { ok: null });
  return (
    <form action={action} className="max-w-2xl space-y-4" data-testid="unit-import">
      {state.ok === true ? (
        <p role="status" className="border-l-4 border-green-700 bg-green-50 p-4" data-testid="import-done">
          {t('importDone', { created: state.created, updated: state.updated })}
        </p>
      ) : null}
      {state.ok === false ? (
        <div
          role="alert"
          tabIndex={-1}
          className="border-l-4 border-accent bg-red-50 p-4"
          data-testid="import-problems"
        >
          {'noFile' in state ? (
            <p>{t('importNoFile')}</p>
          ) : (
            <>
              <p className="font-bold">{t('importFailed', { count: state.problems.length })}</p>
              <ul className="mt-2 list-disc pl-6">
                {state.problems.map((p, i) => (
                  <li key={i}>{t(`problem.${p.code}`, { line: p.line, value: p.value ?? '' })}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
      <p id="import-hint">{t('importHint', { kinds })}</p>
      <div>
        <label htmlFor="import-file" className="block font-semibold">
          {t('importFile')}
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          aria-describedby="import-hint"
          className="mt-1 block"
        />
      </div>
      <Button type="submit" disabled={pending}>
        {t('importSubmit')}
      </Button>
    </form>
  );
}
