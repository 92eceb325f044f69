import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination, queryHref } from '@/components/ui/Pagination';
import { parsePage } from '@/lib/pagination';
import { listUsers } from '@/server/admin/users';
import { requirePermission } from '@/server/session';
import { localized } from '@/lib/i18n/localized';
import { AdminList, AdminSearch } from '@/components/admin/AdminList';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'Admin.users' });

export default async function AdminUsersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const basePath = getPathname({ locale, href: '/admin/users' });
  await requirePermission('user:manage', basePath);
  const query = await searchParams;
  const q = typeof query.q === 'string' ? query.q.slice(0, 100) : '';
  const page = parsePage(query.page);
  const [t, tRoles, { users, pages, total }] = await Promise.all([
    getTranslations('Admin'),
    getTranslations('Account.roles'),
    listUsers({ q, page }),
  ]);
  return (
    <>
      <PageHeader title={t('users')} lead={t('usersLead')} />
      <AdminList
        search={
          <AdminSearch
            action={basePath}
            id="user-search"
            label={t('search')}
            submitLabel={t('searchSubmit')}
            q={q}
            maxLength={100}
          />
        }
        empty={users.length === 0 ? t('empty') : null}
        table={
          <table className="w-full border-collapse text-left" data-testid="users-table">
            <caption className="sr-only">
              {t('users')} ({total})
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  {t('name')}
                </th>
                <th scope="col" className="p-2">
                  {t('email')}
                </th>
                <th scope="col" className="p-2">
                  {t('role')}
                </th>
                <th scope="col" className="p-2">
                  {t('agency')}
                </th>
                <th scope="col" className="p-2">
                  {t('status')}
                </th>
                <th scope="col" className="p-2">
                  <span className="sr-only">{t('edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className="border-b border-slate-300">
                  <td className="p-2">{u.name}</td>
                  <td className="p-2">{u.email ?? '—'}</td>
                  <td className="p-2">{tRoles(u.role)}</td>
                  <td className="p-2">{u.agency ? localized(u.agency, 'name', locale) : '—'}</td>
                  <td className="p-2">{u.deletedAt ? t('deleted') : u.disabledAt ? t('disabled') : t('active')}</td>
                  <td className="p-2">
                    {u.deletedAt ? null : (
                      <Link
                        href={{ pathname: '/admin/users/[id]', params: { id: u.id } }}
                        aria-label={t('editUser', { name: u.name })}
                      >
                        {t('edit')}
                      </Link>
                    )}
                  </td>
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
