'use client';
import { useTranslations } from 'next-intl';
import { ValidatedForm } from '@/components/forms/ValidatedForm';
import { TextField } from '@/components/forms/Field';
import { Link } from '@/i18n/navigation';
import { API_KEY_NAME_MAX, apiKeyIssueSchema } from '@/lib/validation/open311/api-keys';
import { issueApiKeyAction, type IssueKeyState } from '@/server/open311/api-key-actions';

/** Issues a key; the answer shows it once (also after a plain form post without JavaScript). */
export function IssueApiKeyForm() {
  const t = useTranslations('Open311.apiKeys');
  return (
    <ValidatedForm
      schema={apiKeyIssueSchema}
      action={issueApiKeyAction}
      submitLabel={t('issue')}
      testId="api-key-form"
      success={(state) => {
        const issued = (state as IssueKeyState).issued;
        if (!issued) return null;
        return (
          <div role="status" className="border-l-4 border-green-700 bg-green-50 p-4" data-testid="issued-key">
            <h3 className="text-xl font-bold">{t('issued', { name: issued.name })}</h3>
            <p className="mt-3 font-semibold">{t('issuedKey')}</p>
            <p
              className="mt-1 border-2 border-ink bg-white p-3 font-mono text-lg break-all"
              data-testid="issued-key-value"
            >
              {issued.key}
            </p>
            <p className="mt-3">{t('issuedWarning')}</p>
            <p className="mt-3">
              <Link href="/admin/api-keys">{t('issueAnother')}</Link>
            </p>
          </div>
        );
      }}
    >
      <TextField name="name" label={t('name')} hint={t('nameHint')} maxLength={API_KEY_NAME_MAX} />
    </ValidatedForm>
  );
}
