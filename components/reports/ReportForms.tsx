'use client';
import { useTranslations } from 'next-intl';
import { ValidatedForm } from '@/components/forms/ValidatedForm';
import { HiddenField, SelectField, TextAreaField, TextField } from '@/components/forms/Field';
import { REPORT_NOTE_MAX, statusChange, type ReportStatusValue } from '@/lib/validation/reports/report';
import {
  assignAgency,
  progressUpdate,
  reopenReport,
  REPORT_REASON_MAX,
  reportVisibility,
} from '@/lib/validation/reports/admin';
import {
  assignAction,
  changeStatusAction,
  progressAction,
  reopenAction,
  reportVisibilityAction,
} from '@/server/reports/admin-actions';

// The report handling page's forms: each validates in the browser with the shared schema and
// posts to its server action, which validates again; without JavaScript they are plain forms.
// Field names differ from form to form so every input on the page has an id of its own.

export function StatusForm({ code, targets }: { code: string; targets: readonly ReportStatusValue[] }) {
  const t = useTranslations('ReportAdmin');
  const tStatus = useTranslations('Notifications.status');
  return (
    <ValidatedForm schema={statusChange} action={changeStatusAction} submitLabel={t('saveStatus')} testId="status-form">
      <HiddenField name="code" value={code} />
      <SelectField
        name="status"
        label={t('newStatus')}
        options={targets.map((s) => ({ value: s, label: tStatus(s) }))}
      />
      <TextAreaField
        name="note"
        label={t('statusNote')}
        hint={t('statusNoteHint')}
        rows={3}
        maxLength={REPORT_NOTE_MAX}
        optional
      />
      <TextField name="duplicateOf" label={t('duplicateOfLabel')} hint={t('duplicateOfHint')} maxLength={40} optional />
      <TextField
        name="committedDate"
        type="date"
        label={t('committedDateLabel')}
        hint={t('committedDateHint')}
        optional
      />
    </ValidatedForm>
  );
}

export function ProgressForm({ code }: { code: string }) {
  const t = useTranslations('ReportAdmin');
  return (
    <ValidatedForm
      schema={progressUpdate}
      action={progressAction}
      submitLabel={t('saveProgress')}
      testId="progress-form"
    >
      <HiddenField name="code" value={code} />
      <TextAreaField name="progressNote" label={t('progressNote')} rows={3} maxLength={REPORT_NOTE_MAX} />
      <TextField name="progressDate" type="date" label={t('progressDate')} hint={t('committedDateHint')} />
    </ValidatedForm>
  );
}

export function AssignForm({ code, agencies }: { code: string; agencies: { value: string; label: string }[] }) {
  const t = useTranslations('ReportAdmin');
  return (
    <ValidatedForm schema={assignAgency} action={assignAction} submitLabel={t('saveAssign')} testId="assign-form">
      <HiddenField name="code" value={code} />
      <SelectField
        name="agencyId"
        label={t('assignAgency')}
        hint={t('assignHint')}
        options={agencies}
        placeholder={t('chooseAgency')}
      />
      <TextAreaField name="assignNote" label={t('assignNote')} rows={2} maxLength={REPORT_NOTE_MAX} optional />
    </ValidatedForm>
  );
}

export function VisibilityForm({ code, hidden }: { code: string; hidden: boolean }) {
  const t = useTranslations('ReportAdmin');
  return (
    <ValidatedForm
      schema={reportVisibility}
      action={reportVisibilityAction}
      submitLabel={hidden ? t('showReport') : t('hideReport')}
      submitVariant={hidden ? 'primary' : 'warning'}
      testId="visibility-form"
    >
      <HiddenField name="code" value={code} />
      <HiddenField name="hide" value={hidden ? '0' : '1'} />
      <TextAreaField
        name="hideReason"
        label={hidden ? t('showReason') : t('hideReason')}
        hint={t('hideReasonHint')}
        rows={2}
        maxLength={REPORT_REASON_MAX}
        optional={hidden}
      />
    </ValidatedForm>
  );
}

export function ReopenForm({ code }: { code: string }) {
  const t = useTranslations('ReportAdmin');
  return (
    <ValidatedForm schema={reopenReport} action={reopenAction} submitLabel={t('reopenSubmit')} testId="reopen-form">
      <HiddenField name="code" value={code} />
      <TextAreaField
        name="reopenNote"
        label={t('reopenNote')}
        hint={t('reopenHint')}
        rows={3}
        maxLength={REPORT_NOTE_MAX}
      />
    </ValidatedForm>
  );
}
