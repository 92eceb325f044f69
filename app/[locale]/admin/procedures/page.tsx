import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname, Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination, queryHref } from '@/components/ui/Pagination';
import { parsePage } from '@/lib/pagination';
import { pageMetadata } from '@/lib/metadata';
import { listForEditors } from '@/server/procedures/editor';
import { requirePermission } from '@/server/session';
import { Button, ButtonLink } from '@/components/ui/Button';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = pageMetadata({ title: 'Editor.title' });

export default async function AdminProceduresPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const basePath = getPathname({ locale, href: '/admin/procedures' });
  await requirePermission('procedure:edit', basePath);
  const query = await searchParams;
  const q = typeof query.q === 'string' ? query.q.slice(0, 200) : '';
  const page = parsePage(query.page);
  const [t, format, { rows, pages }] = await Promise.all([getTranslations('Editor'), getFormatter(), listForEditors({ q, page })]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <p className="mb-6 flex flex-wrap gap-6">
        <ButtonLink href="/admin/procedures/new">{t('new')}</ButtonLink>
        <Link href="/admin/synonyms">{t('synonyms')}</Link>
      </p>
      <form method="get" action={basePath} role="search" className="mb-6 flex max-w-xl items-end gap-2">
        <div className="flex-1">
          <label htmlFor="procedure-admin-search" className="block font-semibold">{t('search')}</label>
          <input id="procedure-admin-search" name="q" defaultValue={q} maxLength={200} className="mt-1 w-full border-2 border-ink px-3 py-2" />
        </div>
        <Button type="submit">{t('searchSubmit')}</Button>
      </form>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left" data-testid="procedures-table">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">{t('code')}</th>
              <th scope="col" className="p-2">{t('title_')}</th>
              <th scope="col" className="p-2">{t('status')}</th>
              <th scope="col" className="p-2">{t('version')}</th>
              <th scope="col" className="p-2">{t('updated')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-300">
                <td className="p-2 whitespace-nowrap">{r.code}</td>
                <td className="p-2"><Link href={{ pathname: '/admin/procedures/[id]', params: { id: r.id } }}>{r.titleVi}</Link></td>
                <td className="p-2">{t(`statuses.${r.status}`)}</td>
                <td className="p-2">{r.version}</td>
                <td className="p-2 whitespace-nowrap">{format.dateTime(r.updatedAt, { dateStyle: 'short' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pages={pages} href={queryHref(basePath, q ? { q } : {})} />
    </>
  );
}
