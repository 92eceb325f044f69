import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { AdminList } from '@/components/admin/AdminList';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination, queryHref } from '@/components/ui/Pagination';
import { dateFormat } from '@/lib/consultations/format';
import { localized } from '@/lib/i18n/localized';
import { pageMetadata } from '@/lib/metadata';
import { parsePage } from '@/lib/pagination';
import { listForAdmin } from '@/server/consultations/admin';
import { requirePermission } from '@/server/session';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'ConsultationAdmin.title' });

export default async function AdminConsultationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const basePath = getPathname({ locale, href: '/admin/consultations' });
  await requirePermission('consultation:manage', basePath);
  const query = await searchParams;
  const [t, { rows, page, pages }] = await Promise.all([
    getTranslations('ConsultationAdmin'),
    listForAdmin(parsePage(query.page)),
  ]);
  const date = dateFormat(locale, true);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <p className="mb-6">
        <ButtonLink href="/admin/consultations/new">{t('new')}</ButtonLink>
      </p>
      <AdminList
        captionId="consultations-caption"
        empty={rows.length === 0 ? t('empty') : undefined}
        table={
          <table className="w-full border-collapse text-left" data-testid="consultations-table">
            <caption id="consultations-caption" className="sr-only">
              {t('caption')}
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  {t('col.title')}
                </th>
                <th scope="col" className="p-2">
                  {t('col.state')}
                </th>
                <th scope="col" className="p-2">
                  {t('col.dates')}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t('col.responses')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-300" data-testid="consultation-row">
                  <td className="p-2">
                    <Link href={{ pathname: '/admin/consultations/[id]', params: { id: r.id } }}>
                      {localized(r, 'title', locale)}
                    </Link>
                  </td>
                  <td className="p-2 whitespace-nowrap" data-testid="consultation-state">
                    {t(`states.${r.state}`)}
                  </td>
                  <td className="p-2">{t('dates', { from: date.format(r.opensAt), to: date.format(r.closesAt) })}</td>
                  <td className="p-2 text-right tabular-nums">{r.responses}</td>
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
