import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { AdminList, AdminSearch } from '@/components/admin/AdminList';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination, queryHref } from '@/components/ui/Pagination';
import { localized, placeName } from '@/lib/i18n/localized';
import { pageMetadata } from '@/lib/metadata';
import { parsePage } from '@/lib/pagination';
import { listPlacesForAdmin } from '@/server/services/admin';
import { requirePermission } from '@/server/session';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'ServicesAdmin.title' });

export default async function AdminServicesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const basePath = getPathname({ locale, href: '/admin/services' });
  await requirePermission('place:edit', basePath);
  const query = await searchParams;
  const q = typeof query.q === 'string' ? query.q.slice(0, 200) : '';
  const [t, tTypes, { rows, page, pages, openReports }] = await Promise.all([
    getTranslations('ServicesAdmin'),
    getTranslations('Services.types'),
    listPlacesForAdmin(parsePage(query.page), q),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <p className="mb-6 flex flex-wrap gap-4">
        <ButtonLink href="/admin/services/new">{t('new')}</ButtonLink>
        <Link href="/admin/services/reports" className="self-center" data-testid="corrections-link">
          {t('reports', { count: openReports })}
        </Link>
      </p>
      <AdminList
        captionId="places-caption"
        search={
          <AdminSearch
            action={basePath}
            id="places-q"
            label={t('searchLabel')}
            submitLabel={t('searchSubmit')}
            q={q}
            maxLength={200}
          />
        }
        empty={rows.length === 0 ? t('empty') : undefined}
        table={
          <table className="w-full border-collapse text-left" data-testid="places-table">
            <caption id="places-caption" className="sr-only">
              {t('caption')}
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  {t('col.name')}
                </th>
                <th scope="col" className="p-2">
                  {t('col.type')}
                </th>
                <th scope="col" className="p-2">
                  {t('col.ward')}
                </th>
                <th scope="col" className="p-2">
                  {t('col.unverified')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-300">
                  <td className="p-2">
                    <Link href={{ pathname: '/admin/services/[id]', params: { id: r.id } }}>
                      {localized(r, 'name', locale)}
                    </Link>
                  </td>
                  <td className="p-2">{tTypes(r.type)}</td>
                  <td className="p-2">{placeName(r.ward, locale)}</td>
                  <td className="p-2">{r.unverified.length}</td>
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
