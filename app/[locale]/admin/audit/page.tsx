import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { AdminList } from '@/components/admin/AdminList';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination, queryHref } from '@/components/ui/Pagination';
import { parsePage } from '@/lib/pagination';
import { listAudit } from '@/server/audit';
import { requirePermission } from '@/server/session';
import { formatDateTime } from '@/lib/i18n/dates';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'Admin.audit' });

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const basePath = getPathname({ locale, href: '/admin/audit' });
  await requirePermission('audit:read', basePath);
  const page = parsePage((await searchParams).page);
  const [t, { entries, pages }] = await Promise.all([getTranslations('Admin'), listAudit({ page })]);
  return (
    <>
      <PageHeader title={t('audit')} />
      <AdminList
        empty={entries.length === 0 ? t('empty') : null}
        table={
          <table className="w-full border-collapse text-left text-sm" data-testid="audit-table">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  {t('when')}
                </th>
                <th scope="col" className="p-2">
                  {t('actor')}
                </th>
                <th scope="col" className="p-2">
                  {t('action')}
                </th>
                <th scope="col" className="p-2">
                  {t('entity')}
                </th>
                <th scope="col" className="p-2">
                  {t('change')}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className="border-b border-slate-300 align-top">
                  <td className="p-2 whitespace-nowrap">
                    <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, locale)}</time>
                  </td>
                  <td className="p-2">{e.actor?.name ?? '—'}</td>
                  <td className="p-2">
                    <code>{e.action}</code>
                  </td>
                  <td className="p-2">
                    <code>
                      {e.entityType} {e.entityId}
                    </code>
                  </td>
                  <td className="p-2">
                    <code className="break-all">{JSON.stringify(e.before)}</code> →{' '}
                    <code className="break-all">{JSON.stringify(e.after)}</code>
                  </td>
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
