import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { AdminList } from '@/components/admin/AdminList';
import { ImportForm, UnitEditor } from '@/components/campaign/AdminForms';
import { ProgressBar } from '@/components/campaign/ProgressBar';
import { PageHeader } from '@/components/ui/PageHeader';
import { CAMPAIGN_KINDS, percentOf } from '@/lib/campaign/rules';
import { pageMetadata } from '@/lib/metadata';
import { unitsForAdmin } from '@/server/campaign/admin';
import { requirePermission } from '@/server/session';

type Props = { params: Promise<{ locale: Locale }> };

export const generateMetadata = pageMetadata({ title: 'CampaignAdmin.title' });

export default async function AdminCampaignPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('campaign:manage', getPathname({ locale, href: '/admin/campaign' }));
  const [t, tc, units] = await Promise.all([
    getTranslations('CampaignAdmin'),
    getTranslations('Campaign'),
    unitsForAdmin(user),
  ]);
  const kinds = CAMPAIGN_KINDS.map((k) => ({ value: k, label: tc(`kinds.${k}`) }));
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <p className="mb-6">
        <a href="/api/admin/campaign/units.csv" download className="font-semibold" data-testid="units-export">
          {t('export')}
        </a>
      </p>
      <AdminList
        captionId="units-caption"
        table={
          <table className="w-full border-collapse text-left" data-testid="units-table">
            <caption id="units-caption" className="sr-only">
              {t('caption')}
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  {tc('colRank')}
                </th>
                <th scope="col" className="p-2">
                  {t('colCode')}
                </th>
                <th scope="col" className="p-2">
                  {tc('colUnit')}
                </th>
                <th scope="col" className="p-2">
                  {tc('colKind')}
                </th>
                <th scope="col" className="p-2 text-right">
                  {tc('colRegistered')}
                </th>
                <th scope="col" className="p-2">
                  {tc('colShare')}
                </th>
                <th scope="col" className="p-2">
                  {t('colInvitations')}
                </th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.id} className="border-b border-slate-300" data-testid="unit-row" data-code={u.code}>
                  <td className="p-2 tabular-nums">{u.rank ?? '—'}</td>
                  <td className="p-2">{u.code}</td>
                  <td className="p-2">
                    <Link href={{ pathname: '/admin/campaign/[id]', params: { id: u.id } }}>{u.name}</Link>
                  </td>
                  <td className="p-2">{tc(`kinds.${u.kind}`)}</td>
                  <td className="p-2 text-right whitespace-nowrap tabular-nums">
                    {tc('registered', { registered: u.registered, target: u.target })}
                  </td>
                  <td className="p-2">
                    <div className="flex items-center gap-2">
                      <span className="w-12 text-right tabular-nums">
                        {tc('percent', { percent: percentOf(u.share) })}
                      </span>
                      <ProgressBar share={u.share} />
                    </div>
                  </td>
                  <td className="p-2">{t('count', { count: u.invitations.length })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <section aria-labelledby="unit-new" className="mt-10 max-w-2xl">
        <h2 id="unit-new" className="mb-4 text-2xl font-bold">
          {t('newHeading')}
        </h2>
        <UnitEditor values={{}} kinds={kinds} />
      </section>
      <section aria-labelledby="unit-import" className="mt-10">
        <h2 id="unit-import" className="mb-4 text-2xl font-bold">
          {t('importHeading')}
        </h2>
        <ImportForm kinds={CAMPAIGN_KINDS.join(', ')} />
      </section>
    </>
  );
}
