import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination, queryHref } from '@/components/ui/Pagination';
import { parsePage } from '@/lib/pagination';
import { pageMetadata } from '@/lib/metadata';
import { listForEditors } from '@/server/procedures/editor';
import { requirePermission } from '@/server/session';
import { AdminList, AdminSearch } from '@/components/admin/AdminList';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { formatDate } from '@/lib/i18n/dates';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'Editor.title' });

export default async function AdminProceduresPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const basePath = getPathname({ locale, href: '/admin/procedures' });
  await requirePermission('procedure:edit', basePath);
  const query = await searchParams;
  const q = typeof query.q === 'string' ? query.q.slice(0, 200) : '';
  const page = parsePage(query.page);
  const [t, { rows, pages }] = await Promise.all([getTranslations('Editor'), listForEditors({ q, page })]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <p className="mb-6 flex flex-wrap gap-6">
        <ButtonLink href="/admin/procedures/new">{t('new')}</ButtonLink>
        <Link href="/admin/synonyms">{t('synonyms')}</Link>
      </p>
      <AdminList
        search={
          <AdminSearch
            action={basePath}
            id="procedure-admin-search"
            label={t('search')}
            submitLabel={t('searchSubmit')}
            q={q}
            maxLength={200}
          />
        }
        table={
          <table className="w-full border-collapse text-left" data-testid="procedures-table">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  {t('code')}
                </th>
                <th scope="col" className="p-2">
                  {t('title_')}
                </th>
                <th scope="col" className="p-2">
                  {t('status')}
                </th>
                <th scope="col" className="p-2">
                  {t('version')}
                </th>
                <th scope="col" className="p-2">
                  {t('updated')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-300">
                  <td className="p-2 whitespace-nowrap">{r.code}</td>
                  <td className="p-2">
                    <Link href={{ pathname: '/admin/procedures/[id]', params: { id: r.id } }}>{r.titleVi}</Link>
                  </td>
                  <td className="p-2">{t(`statuses.${r.status}`)}</td>
                  <td className="p-2">{r.version}</td>
                  <td className="p-2 whitespace-nowrap">{formatDate(r.updatedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
        pagination={<Pagination page={page} pages={pages} href={queryHref(basePath, q ? { q } : {})} />}
      />
    </>
  );
}
