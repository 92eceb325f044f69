import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { AdminList } from '@/components/admin/AdminList';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { Notice, PageHeader } from '@/components/ui/PageHeader';
import { Pagination, queryHref } from '@/components/ui/Pagination';
import { localized } from '@/lib/i18n/localized';
import { isErrorCode } from '@/lib/errors';
import { pageMetadata } from '@/lib/metadata';
import { parsePage } from '@/lib/pagination';
import { errorTextIn } from '@/server/i18n';
import { openCorrections } from '@/server/services/admin';
import { closeCorrectionAction } from '@/server/services/actions';
import { requirePermission } from '@/server/session';
import { formatDateTime } from '@/lib/i18n/dates';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'ServicesAdmin.queueTitle' });

/** The editors' queue of residents' corrections, oldest first; each is closed as corrected or dismissed. */
export default async function PlaceCorrectionsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const basePath = getPathname({ locale, href: '/admin/services/reports' });
  await requirePermission('place:edit', basePath);
  const query = await searchParams;
  const [t, tFields, { rows, page, pages }] = await Promise.all([
    getTranslations('ServicesAdmin'),
    getTranslations('Services.reportFields'),
    openCorrections(parsePage(query.page)),
  ]);
  const error = typeof query.error === 'string' && isErrorCode(query.error) ? query.error : null;
  return (
    <>
      <Breadcrumbs
        label={t('title')}
        className="mb-4 text-sm"
        steps={[{ href: '/admin/services', text: t('title') }]}
      />
      <PageHeader title={t('queueTitle')} lead={t('queueLead')} />
      {error ? <Notice testId="queue-error">{errorTextIn(locale, { code: error })}</Notice> : null}
      {query.done === '1' ? (
        <Notice tone="success" testId="saved">
          {t('saved')}
        </Notice>
      ) : null}
      <AdminList
        captionId="corrections-caption"
        empty={rows.length === 0 ? t('queueEmpty') : undefined}
        table={
          <table className="w-full border-collapse text-left" data-testid="corrections-table">
            <caption id="corrections-caption" className="sr-only">
              {t('queueCaption')}
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  {t('q.place')}
                </th>
                <th scope="col" className="p-2">
                  {t('q.field')}
                </th>
                <th scope="col" className="p-2">
                  {t('q.message')}
                </th>
                <th scope="col" className="p-2">
                  {t('q.date')}
                </th>
                <th scope="col" className="p-2">
                  {t('q.actions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const name = localized(r.place, 'name', locale);
                return (
                  <tr key={r.id} className="border-b border-slate-300 align-top" data-testid="correction">
                    <td className="p-2">
                      <Link href={{ pathname: '/admin/services/[id]', params: { id: r.place.id } }}>{name}</Link>
                    </td>
                    <td className="p-2">{tFields(r.field as 'name')}</td>
                    <td className="p-2 whitespace-pre-line">{r.message}</td>
                    <td className="p-2 whitespace-nowrap">{formatDateTime(r.createdAt, locale)}</td>
                    <td className="p-2">
                      <form action={closeCorrectionAction} className="flex flex-wrap gap-2">
                        <input type="hidden" name="id" value={r.id} />
                        <button
                          type="submit"
                          name="status"
                          value="RESOLVED"
                          aria-label={t('resolveLabel', { name })}
                          className="border-2 border-brand-700 px-3 py-1 font-semibold"
                        >
                          {t('resolve')}
                        </button>
                        <button
                          type="submit"
                          name="status"
                          value="DISMISSED"
                          aria-label={t('dismissLabel', { name })}
                          className="border-2 border-ink px-3 py-1"
                        >
                          {t('dismiss')}
                        </button>
                      </form>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        }
        pagination={<Pagination page={page} pages={pages} href={queryHref(basePath)} />}
      />
    </>
  );
}
