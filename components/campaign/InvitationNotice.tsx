import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { errorTextIn } from '@/server/i18n';

/** Above the sign-up form opened from a campaign invitation: the unit it names, or why it cannot be used. */
export async function InvitationNotice({
  invitation,
  locale,
}: {
  invitation: { ok: true; unit: { name: string } } | { ok: false; code: 'invitationUnknown' | 'invitationRevoked' };
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'CampaignInvite' });
  if (invitation.ok)
    return (
      <p role="status" className="mb-6 border-l-4 border-brand-700 bg-brand-50 p-4" data-testid="invitation-notice">
        {t('joining', { unit: invitation.unit.name })}
      </p>
    );
  return (
    <div role="alert" className="mb-6 border-l-4 border-accent bg-red-50 p-4" data-testid="invitation-refused">
      <h2 className="text-lg font-bold">{t('refused')}</h2>
      <p>{errorTextIn(locale, { code: invitation.code })}</p>
    </div>
  );
}
