import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { AdminList } from '@/components/admin/AdminList';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { Notice, PageHeader } from '@/components/ui/PageHeader';
import { Pagination, queryHref } from '@/components/ui/Pagination';
import { phaseOf } from '@/lib/alerts/rules';
import { dateFormat } from '@/lib/consultations/format';
import { localized } from '@/lib/i18n/localized';
import { pageMetadata } from '@/lib/metadata';
import { parsePage } from '@/lib/pagination';
import { listAlertsForAdmin } from '@/server/alerts/admin';
import { requirePermission } from '@/server/session';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'AlertAdmin.title' });

export default async function AdminAlertsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const basePath = getPathname({ locale, href: '/admin/alerts' });
  await requirePermission('alert:issue', basePath);
  const query = await searchParams;
  const [t, ta, { rows, page, pages }] = await Promise.all([
    getTranslations('AlertAdmin'),
    getTranslations('Alerts'),
    listAlertsForAdmin(parsePage(query.page)),
  ]);
  const date = dateFormat(locale, true);
  const now = new Date();
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      {query.discarded ? <Notice tone="success">{t('discarded')}</Notice> : null}
      <p className="mb-6">
        <ButtonLink href="/admin/alerts/new">{t('new')}</ButtonLink>
      </p>
      <AdminList
        captionId="alerts-caption"
        empty={rows.length === 0 ? t('empty') : undefined}
        table={
          <table className="w-full border-collapse text-left" data-testid="alerts-table">
            <caption id="alerts-caption" className="sr-only">
              {t('caption')}
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  {t('col.headline')}
                </th>
                <th scope="col" className="p-2">
                  {t('col.status')}
                </th>
                <th scope="col" className="p-2">
                  {t('col.state')}
                </th>
                <th scope="col" className="p-2">
                  {t('col.sent')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-300" data-testid="alert-row">
                  <td className="p-2">
                    <Link href={{ pathname: '/admin/alerts/[id]', params: { id: r.id } }}>
                      {localized(r, 'headline', locale)}
                    </Link>
                  </td>
                  <td className="p-2">
                    {ta(`status.${r.status}`)} · {ta(`detail.msgType.${r.msgType}`)}
                  </td>
                  <td className="p-2 whitespace-nowrap" data-testid="alert-state">
                    {r.issuedAt ? t(`states.${phaseOf({ ...r, status: 'ACTUAL' }, now)}`) : t('states.preview')}
                  </td>
                  <td className="p-2">{r.issuedAt ? date.format(r.sent) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
        pagination={<Pagination page={page} pages={pages} href={queryHref(basePath)} />}
      />
    </>
  );
}
