import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { AdminList } from '@/components/admin/AdminList';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination, queryHref } from '@/components/ui/Pagination';
import { pageMetadata } from '@/lib/metadata';
import { parsePage } from '@/lib/pagination';
import { listNewsForAdmin } from '@/server/news/admin';
import { requirePermission } from '@/server/session';
import { formatDateTime } from '@/lib/i18n/dates';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'NewsAdmin.title' });

export default async function AdminNewsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const basePath = getPathname({ locale, href: '/admin/news' });
  const user = await requirePermission('news:manage', basePath);
  const query = await searchParams;
  const [t, tp, { rows, page, pages }] = await Promise.all([
    getTranslations('NewsAdmin'),
    getTranslations('NewsPages'),
    listNewsForAdmin(user, parsePage(query.page)),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <p className="mb-6">
        <ButtonLink href="/admin/news/new">{t('new')}</ButtonLink>
      </p>
      <AdminList
        captionId="news-caption"
        empty={rows.length === 0 ? t('empty') : undefined}
        table={
          <table className="w-full border-collapse text-left" data-testid="news-table">
            <caption id="news-caption" className="sr-only">
              {t('caption')}
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  {t('col.title')}
                </th>
                <th scope="col" className="p-2">
                  {t('col.type')}
                </th>
                <th scope="col" className="p-2">
                  {t('col.state')}
                </th>
                <th scope="col" className="p-2">
                  {t('col.published')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-300" data-testid="news-row">
                  <td className="p-2">
                    <Link href={{ pathname: '/admin/news/[id]', params: { id: r.id } }}>{r.titleVi}</Link>
                  </td>
                  <td className="p-2">{tp(`types.${r.type}`)}</td>
                  <td className="p-2 whitespace-nowrap" data-testid="news-state">
                    {t(`states.${r.state}`)}
                  </td>
                  <td className="p-2">{formatDateTime(r.publishedAt, locale)}</td>
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
