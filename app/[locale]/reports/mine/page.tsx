import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { OverdueBadge, StatusBadge } from '@/components/reports/StatusBadge';
import { Pagination, queryHref } from '@/components/ui/Pagination';
import { Notice, PageHeader } from '@/components/ui/PageHeader';
import { parsePage } from '@/lib/pagination';
import { formatDate, formatDateTime } from '@/lib/reports/format';
import { myReports } from '@/server/reports/queries';
import { requireUser } from '@/server/session';
import { localized } from '@/lib/i18n/localized';
import { ButtonLink } from '@/components/ui/ButtonLink';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Reports' });
  return { title: t('mineTitle'), robots: { index: false, follow: false } };
}

export default async function MyReportsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const path = getPathname({ locale, href: '/reports/mine' });
  const user = await requireUser(path);
  const t = await getTranslations('Reports');
  const ts = await getTranslations('Notifications');
  const page = parsePage((await searchParams).page);
  const result = await myReports(user.id, page);

  return (
    <>
      <PageHeader title={t('mineTitle')} lead={t('mineLead')}>
        <p className="mt-6 flex flex-wrap gap-6">
          <ButtonLink href="/reports/new" variant="warning" size="xl">
            {t('submit')}
          </ButtonLink>
          <Link href="/reports" className="inline-flex min-h-11 items-center font-semibold">
            {t('backToList')}
          </Link>
        </p>
      </PageHeader>
      {result.pastEnd ? (
        <Notice testId="past-end">
          {t('pastEnd', { page: result.page, pages: result.pages })}{' '}
          <a href={path} className="font-semibold">
            {t('backToFirst')}
          </a>
        </Notice>
      ) : result.total === 0 ? (
        <p className="text-lg" data-testid="no-results">
          {t('mineEmpty')}
        </p>
      ) : (
        <ol className="divide-y divide-slate-300 border-y border-slate-300" data-testid="my-reports">
          {result.items.map((r) => (
            <li key={r.id} className="py-4" data-testid="my-report">
              <h2 className="text-lg font-bold break-words">
                {r.hiddenAt ? (
                  r.title
                ) : (
                  <Link href={{ pathname: '/reports/[code]', params: { code: r.code } }}>{r.title}</Link>
                )}
              </h2>
              <p className="mt-1 flex flex-wrap items-center gap-2">
                <StatusBadge status={r.status} />
                {r.overdue ? <OverdueBadge /> : null}
                <span className="rounded border border-slate-600 px-2 text-sm">
                  {r.hiddenAt ? t('hiddenLabel') : r.isPublic ? t('public') : t('privateLabel')}
                </span>
              </p>
              <p className="mt-1 text-sm text-muted">
                <span className="font-mono font-semibold text-ink">{r.code}</span>
                {' · '}
                {localized(r.category, 'name', locale)}
                {' · '}
                {t('sentOn')} <time dateTime={r.createdAt.toISOString()}>{formatDate(r.createdAt, locale)}</time>
              </p>
              <p className="text-sm">
                {t('latestUpdate')}:{' '}
                {r.latest ? (
                  <>
                    {r.latest.kind === 'ASSIGNED'
                      ? t('events.ASSIGNED_NONE')
                      : r.latest.kind === 'STATUS_CHANGED' && r.latest.status
                        ? t('events.STATUS_CHANGED', { status: ts(`status.${r.latest.status}`) })
                        : t(`events.${r.latest.kind as Exclude<typeof r.latest.kind, 'ASSIGNED' | 'STATUS_CHANGED'>}`)}
                    {' — '}
                    <time dateTime={r.latest.createdAt.toISOString()}>
                      {formatDateTime(r.latest.createdAt, locale)}
                    </time>
                  </>
                ) : (
                  t('noUpdate')
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
      {!result.pastEnd ? (
        <Pagination
          variant="boxed"
          label={t('pagination')}
          page={result.page}
          pages={result.pages}
          href={queryHref(path)}
        />
      ) : null}
    </>
  );
}
