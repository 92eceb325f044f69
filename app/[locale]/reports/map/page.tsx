import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { ReportFilters } from '@/components/reports/ReportFilters';
import { ReportMap } from '@/components/reports/ReportMap';
import { OverdueBadge, StatusBadge } from '@/components/reports/StatusBadge';
import { Notice, PageHeader } from '@/components/ui/PageHeader';
import { formatDate } from '@/lib/reports/format';
import { alternates, openGraph } from '@/lib/metadata';
import { CITY_CENTRE } from '@/lib/validation/reports/report';
import { parseReportQuery, reportQueryString } from '@/lib/validation/reports/query';
import { env } from '@/server/env';
import { filterOptions, MAP_LIMIT, mapReports } from '@/server/reports/queries';
import { localized, placeName } from '@/lib/i18n/localized';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Reports' });
  const { query } = parseReportQuery(await searchParams);
  const filtered = reportQueryString({ ...query, page: 1, sort: 'newest' }) !== '';
  return {
    title: t('map'),
    description: t('mapLead'),
    alternates: alternates(locale, '/reports/map'),
    openGraph: await openGraph(locale, '/reports/map'),
    ...(filtered ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function FeedbackMapPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Reports');
  const ts = await getTranslations('Notifications');
  const { query, invalid } = parseReportQuery(await searchParams);
  const [result, options] = await Promise.all([mapReports(query), filterOptions()]);
  const basePath = getPathname({ locale, href: '/reports/map' });
  const listPath = getPathname({ locale, href: '/reports' }) + reportQueryString({ ...query, page: 1 });
  const { MAP_TILE_URL, MAP_TILE_ATTRIBUTION } = env();
  const name = (o: { nameVi: string; nameEn: string }) => localized(o, 'name', locale);
  const points = result.items.map((r) => ({
    code: r.code,
    title: r.title,
    lat: r.lat!,
    lng: r.lng!,
    href: getPathname({ locale, href: { pathname: '/reports/[code]', params: { code: r.code } } }),
    status: ts(`status.${r.status}`),
    overdue: r.overdue,
  }));

  return (
    <>
      <PageHeader title={t('map')} lead={t('mapLead')}>
        <p className="mt-4 flex flex-wrap gap-6">
          <a href={listPath} className="inline-flex min-h-11 items-center font-semibold">
            {t('listView')}
          </a>
          <Link href="/reports/new" className="inline-flex min-h-11 items-center font-semibold">
            {t('submit')}
          </Link>
        </p>
      </PageHeader>
      {invalid.length ? <Notice testId="query-notice">{t('badInput')}</Notice> : null}
      <div className="mb-6">
        <ReportFilters
          action={basePath}
          query={query}
          categories={options.categories}
          wards={options.wards}
          locale={locale}
          showSort={false}
        />
      </div>

      {MAP_TILE_URL ? (
        <ReportMap
          points={points}
          tileUrl={MAP_TILE_URL}
          attribution={MAP_TILE_ATTRIBUTION}
          centre={CITY_CENTRE}
          labels={{
            map: t('mapLabel'),
            loading: t('mapLoading'),
            tilesFailed: t('mapTilesFailed'),
            open: t('openReport'),
            overdue: t('overdue'),
          }}
        />
      ) : (
        <Notice>{t('mapOff')}</Notice>
      )}

      <section aria-labelledby="map-table-heading">
        <h2 id="map-table-heading" className="text-2xl font-bold">
          {t('mapTable')}
        </h2>
        <p className="text-muted" data-testid="map-count">
          {t('mapTableCount', { shown: result.items.length, total: result.total })}
        </p>
        {result.total > MAP_LIMIT ? <p className="mt-2">{t('mapLimit', { limit: MAP_LIMIT })}</p> : null}
        {result.items.length === 0 ? (
          <p className="mt-4 text-lg" data-testid="no-results">
            {t('noResults')}
          </p>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full border-collapse text-left" data-testid="map-table">
              <caption className="sr-only">{t('mapTable')}</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="hidden p-2 sm:table-cell">
                    {t('code')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('reportTitle')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('status')}
                  </th>
                  <th scope="col" className="hidden p-2 sm:table-cell">
                    {t('ward')}
                  </th>
                  <th scope="col" className="hidden p-2 md:table-cell">
                    {t('coordinates')}
                  </th>
                  <th scope="col" className="hidden p-2 sm:table-cell">
                    {t('sentOn')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((r) => (
                  <tr key={r.id} className="border-b border-slate-300 align-top" data-testid="map-row">
                    <td className="hidden p-2 font-mono text-sm whitespace-nowrap sm:table-cell">{r.code}</td>
                    <td className="p-2 break-words">
                      <Link href={{ pathname: '/reports/[code]', params: { code: r.code } }}>{r.title}</Link>
                      <span className="block text-sm text-muted">
                        <span className="font-mono sm:hidden">{r.code} · </span>
                        {name(r.category)}
                      </span>
                    </td>
                    <td className="p-2">
                      <StatusBadge status={r.status} /> {r.overdue ? <OverdueBadge /> : null}
                    </td>
                    <td className="hidden p-2 sm:table-cell">{r.ward ? placeName(r.ward, locale) : t('noWard')}</td>
                    <td className="hidden p-2 font-mono text-sm md:table-cell">
                      {r.lat!.toFixed(5)}, {r.lng!.toFixed(5)}
                    </td>
                    <td className="hidden p-2 sm:table-cell">
                      <time dateTime={r.createdAt.toISOString()}>{formatDate(r.createdAt, locale)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
