import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { Notice, PageHeader } from '@/components/ui/PageHeader';
import { Pagination, queryHref } from '@/components/ui/Pagination';
import { HiddenBadge, OverdueBadge, StatusBadge } from '@/components/reports/StatusBadge';
import { DaysLeftText, DeadlineText } from '@/components/reports/StatusParts';
import { deadlineInfo } from '@/lib/reports/workflow-rules';
import { REPORT_STATUSES } from '@/lib/validation/reports/report';
import { parseQueueQuery, QUEUE_SORTS, queueQueryString, type QueueQuery } from '@/lib/validation/reports/admin';
import { listQueue, queueFilterOptions } from '@/server/reports/admin-queries';
import { publicHolidays } from '@/server/reports/calendar';
import { can } from '@/server/permissions';
import { requirePermission } from '@/server/session';
import { localized, placeName } from '@/lib/i18n/localized';
import { Button } from '@/components/ui/Button';
import { QueueCounts } from '@/components/reports/QueueCounts';
import { formatDate } from '@/lib/i18n/dates';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'ReportAdmin.queueTitle' });

const labelClass = 'block font-semibold';
// Under the md breakpoint each row is a card: every cell shows its column name before the value.
const cell = (cls: string) =>
  `${cls} max-md:flex max-md:whitespace-normal max-md:gap-3 max-md:py-1 max-md:before:w-28 max-md:before:shrink-0 max-md:before:font-semibold max-md:before:content-[attr(data-label)]`;
const controlClass = 'mt-1 block w-full border-2 border-ink bg-white px-2 py-2';

export default async function ReportQueuePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const basePath = getPathname({ locale, href: '/admin/reports' });
  const user = await requirePermission('report:work', basePath);
  const raw = await searchParams;
  const q = parseQueueQuery(raw);
  const isAdmin = can(user, 'report:all-agencies');
  const now = new Date();
  const [t, tStatus, options, holidays, queue] = await Promise.all([
    getTranslations('ReportAdmin'),
    getTranslations('Notifications.status'),
    queueFilterOptions(),
    publicHolidays(),
    listQueue(user, q, now),
  ]);
  const name = (o: { nameVi: string; nameEn: string }) => localized(o, 'name', locale);
  const ownAgency = options.agencies.find((a) => a.id === user.agencyId);
  const assigned = typeof raw.assigned === 'string' ? raw.assigned.slice(0, 40) : null;
  const countLink = (change: Partial<QueueQuery>) => {
    const query = new URLSearchParams(queueQueryString(q, { ...change, page: 1 })).toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  const statusTabs: { key: QueueQuery['status']; label: string; n: number }[] = [
    { key: 'open', label: t('statusOpen'), n: queue.counts.open },
    ...REPORT_STATUSES.map((s) => ({ key: s, label: tStatus(s), n: queue.counts[s] })),
    { key: 'all', label: t('statusAll'), n: queue.counts.all },
  ];

  return (
    <>
      <PageHeader
        title={t('queueTitle')}
        lead={
          isAdmin
            ? t('queueLeadAll')
            : ownAgency
              ? t('queueLeadAgency', { agency: name(ownAgency) })
              : t('queueNoAgency')
        }
      />
      {assigned ? (
        <Notice tone="success" testId="assigned-notice">
          {t('assignedNotice', { code: assigned })}
        </Notice>
      ) : null}

      <QueueCounts
        tabs={statusTabs}
        status={q.status}
        overdue={q.overdue}
        overdueCount={queue.counts.overdue}
        link={countLink}
      />

      <form
        method="get"
        action={basePath}
        aria-labelledby="filters-heading"
        className="mb-6 border-l-4 border-brand-700 bg-brand-50 p-4"
        data-testid="queue-filters"
      >
        <h2 id="filters-heading" className="mb-3 text-xl font-bold">
          {t('filtersHeading')}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <div>
            <label htmlFor="f-status" className={labelClass}>
              {t('status')}
            </label>
            <select id="f-status" name="status" defaultValue={q.status} className={controlClass}>
              {statusTabs.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-category" className={labelClass}>
              {t('category')}
            </label>
            <select id="f-category" name="category" defaultValue={q.category ?? ''} className={controlClass}>
              <option value="">{t('any')}</option>
              {options.categories.map((c) => (
                <option key={c.code} value={c.code}>
                  {name(c)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-ward" className={labelClass}>
              {t('ward')}
            </label>
            <select id="f-ward" name="ward" defaultValue={q.ward ?? ''} className={controlClass}>
              <option value="">{t('any')}</option>
              {options.wards.map((w) => (
                <option key={w.code} value={w.code}>
                  {placeName(w, locale)}
                </option>
              ))}
            </select>
          </div>
          {isAdmin ? (
            <div>
              <label htmlFor="f-agency" className={labelClass}>
                {t('agency')}
              </label>
              <select id="f-agency" name="agency" defaultValue={q.agency ?? ''} className={controlClass}>
                <option value="">{t('any')}</option>
                {options.agencies.map((a) => (
                  <option key={a.id} value={a.id}>
                    {name(a)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div>
            <label htmlFor="f-sort" className={labelClass}>
              {t('sort')}
            </label>
            <select id="f-sort" name="sort" defaultValue={q.sort} className={controlClass}>
              {QUEUE_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`sorts.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex items-end">
            <label className="flex items-center gap-3 py-2 font-semibold">
              <input
                type="checkbox"
                name="overdue"
                value="1"
                defaultChecked={q.overdue}
                className="h-6 w-6 border-2 border-ink"
              />
              {t('overdueOnly')}
            </label>
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <Button type="submit">{t('apply')}</Button>
          <a href={basePath}>{t('clear')}</a>
        </div>
      </form>

      <p className="mb-2 font-semibold" data-testid="result-count">
        {t('resultCount', { total: queue.total })}
      </p>
      {queue.rows.length === 0 ? (
        <p data-testid="queue-empty">{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left max-md:block" data-testid="queue-table">
            <caption className="sr-only">{t('tableCaption', { page: q.page, pages: queue.pages })}</caption>
            <thead className="max-md:sr-only">
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  {t('code')}
                </th>
                <th scope="col" className="p-2">
                  {t('title')}
                </th>
                <th scope="col" className="p-2">
                  {t('category')}
                </th>
                <th scope="col" className="p-2">
                  {t('ward')}
                </th>
                {isAdmin ? (
                  <th scope="col" className="p-2">
                    {t('agency')}
                  </th>
                ) : null}
                <th scope="col" className="p-2">
                  {t('status')}
                </th>
                <th scope="col" className="p-2">
                  {t('received')}
                </th>
                <th scope="col" className="p-2">
                  {t('deadline')}
                </th>
                <th scope="col" className="p-2">
                  {t('daysLeft')}
                </th>
              </tr>
            </thead>
            <tbody className="max-md:block">
              {queue.rows.map((r) => {
                const info = deadlineInfo(r, now, holidays);
                return (
                  <tr
                    key={r.id}
                    className={`border-b border-slate-300 align-top max-md:mb-4 max-md:block max-md:border-2 max-md:p-2 ${info.overdue ? 'bg-red-50 max-md:border-accent' : ''}`}
                    data-testid="queue-row"
                    data-code={r.code}
                    data-overdue={info.overdue ? '1' : undefined}
                  >
                    <td data-label={t('code')} className={cell('p-2 whitespace-nowrap')}>
                      <Link
                        href={{ pathname: '/admin/reports/[code]', params: { code: r.code } }}
                        className="font-mono text-sm"
                      >
                        {r.code}
                      </Link>
                    </td>
                    <td data-label={t('title')} className={cell('min-w-48 p-2')}>
                      {r.title}
                      {r.hiddenAt ? <HiddenBadge compact /> : null}
                    </td>
                    <td data-label={t('category')} className={cell('p-2')}>
                      {name(r.category)}
                    </td>
                    <td data-label={t('ward')} className={cell('p-2')}>
                      {r.ward ? placeName(r.ward, locale) : t('none')}
                    </td>
                    {isAdmin ? (
                      <td data-label={t('agency')} className={cell('p-2')}>
                        {name(r.agency)}
                      </td>
                    ) : null}
                    <td data-label={t('status')} className={cell('p-2')}>
                      <StatusBadge variant="desk" status={r.status} />
                    </td>
                    <td data-label={t('received')} className={cell('p-2 whitespace-nowrap')}>
                      <time dateTime={r.createdAt.toISOString()}>{formatDate(r.createdAt, locale)}</time>
                    </td>
                    <td data-label={t('deadline')} className={cell('p-2 whitespace-nowrap')}>
                      <DeadlineText info={info} committed={Boolean(r.committedAt)} />
                    </td>
                    <td data-label={t('daysLeft')} className={cell('p-2')}>
                      <DaysLeftText info={info} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={q.page} pages={queue.pages} href={queryHref(basePath, queueQueryString(q, { page: 1 }))} />
      {queue.counts.overdue > 0 && !q.overdue ? (
        <p className="mt-6 flex items-center gap-2">
          <OverdueBadge variant="desk" />{' '}
          <a href={countLink({ status: 'open', overdue: true })}>
            {t('overdueOnly')} ({queue.counts.overdue})
          </a>
        </p>
      ) : null}
    </>
  );
}
