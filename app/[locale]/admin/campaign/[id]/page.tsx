import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { CreateInvitationForm, RevokeInvitationForm, UnitEditor } from '@/components/campaign/AdminForms';
import { Notice, PageHeader } from '@/components/ui/PageHeader';
import { CAMPAIGN_KINDS } from '@/lib/campaign/rules';
import { pageMetadata } from '@/lib/metadata';
import { unitForAdmin } from '@/server/campaign/admin';
import { invitationQrSvg } from '@/server/campaign/qr';
import { formatDateTime } from '@/lib/i18n/dates';
import { AppError } from '@/server/errors';
import { env } from '@/server/env';
import { requirePermission } from '@/server/session';

type Props = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'CampaignAdmin.editHeading' });

export default async function AdminCampaignUnitPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('campaign:manage', getPathname({ locale, href: '/admin/campaign' }));
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) notFound();
  const unit = await unitForAdmin(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  });
  const { saved } = await searchParams;
  const [t, tc] = await Promise.all([getTranslations('CampaignAdmin'), getTranslations('Campaign')]);
  const kinds = CAMPAIGN_KINDS.map((k) => ({ value: k, label: tc(`kinds.${k}`) }));
  const date = { format: (d: Date) => formatDateTime(d, locale) };
  // The link people open: the sign-up page in this language, with the token that names the unit.
  const link = (token: string) =>
    new URL(
      getPathname({ locale, href: { pathname: '/sign-up', query: { invitation: token } } }),
      env().PUBLIC_URL,
    ).toString();
  const qr = new Map(
    await Promise.all(
      unit.invitations
        .filter((inv) => !inv.revokedAt)
        .map(async (inv) => [inv.id, await invitationQrSvg(link(inv.token))] as const),
    ),
  );
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/campaign">{t('back')}</Link>
      </p>
      <PageHeader title={unit.name} />
      {saved ? <Notice tone="success">{t('saved')}</Notice> : null}
      <section aria-labelledby="unit-edit" className="max-w-2xl">
        <h2 id="unit-edit" className="mb-4 text-2xl font-bold">
          {t('editHeading')}
        </h2>
        <UnitEditor
          values={{ id: unit.id, code: unit.code, name: unit.name, kind: unit.kind, target: String(unit.target) }}
          kinds={kinds}
        />
      </section>
      <section aria-labelledby="unit-invitations" className="mt-10 max-w-3xl">
        <h2 id="unit-invitations" className="mb-2 text-2xl font-bold">
          {t('invitationsHeading')}
        </h2>
        <p className="mb-4">{t('invitationsLead')}</p>
        <p className="mb-4 text-muted">{t('qrLead')}</p>
        {unit.invitations.length === 0 ? <p className="mb-4">{t('invitationNone')}</p> : null}
        <ul className="mb-6 space-y-4" data-testid="invitations">
          {unit.invitations.map((inv) => (
            <li key={inv.id} className="border-l-4 border-slate-300 pl-4" data-testid="invitation">
              <p className="font-semibold">{t('invitationLink', { date: date.format(inv.createdAt) })}</p>
              {inv.revokedAt ? (
                <p data-testid="invitation-revoked">
                  <s className="break-all">{link(inv.token)}</s> —{' '}
                  {t('invitationRevoked', { date: date.format(inv.revokedAt) })}
                </p>
              ) : (
                <>
                  <p className="mb-2 break-all" data-testid="invitation-link">
                    <code>{link(inv.token)}</code>
                  </p>
                  <figure className="mb-3 w-48 max-w-full bg-white p-2" data-testid="invitation-qr">
                    {/* Paths drawn by the qrcode library from the link above (server/campaign/qr.ts). */}
                    <div
                      role="img"
                      aria-label={t('qrLabel', { unit: unit.name })}
                      dangerouslySetInnerHTML={{ __html: qr.get(inv.id) ?? '' }}
                    />
                    <figcaption className="mt-1 text-sm">{unit.name}</figcaption>
                  </figure>
                  <RevokeInvitationForm
                    id={inv.id}
                    label={t('invitationRevoke', { date: date.format(inv.createdAt) })}
                  />
                </>
              )}
            </li>
          ))}
        </ul>
        <CreateInvitationForm unitId={unit.id} />
      </section>
    </>
  );
}
