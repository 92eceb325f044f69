import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { ReportFilters } from '@/components/reports/ReportFilters';
import { ReportList } from '@/components/reports/ReportList';
import { Notice, PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { alternates, openGraph } from '@/lib/metadata';
import { parseReportQuery, reportQueryString } from '@/lib/validation/reports/query';
import { filterOptions, listPublicReports } from '@/server/reports/queries';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { redirect } from '@/i18n/paths';
import { ReportLookup } from '@/components/reports/ReportLookup';
import { normalizeReportCode } from '@/lib/reports/lookup';
import { loadReportCached } from '@/server/reports/queries';
import { getCurrentUser } from '@/server/session';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Reports' });
  const { query } = parseReportQuery(await searchParams);
  const filtered = reportQueryString(query) !== '';
  const rss = getPathname({ locale, href: '/reports/rss' }) + reportQueryString({ ...query, page: 1 });
  return {
    title: t('title'),
    description: t('metaDescription'),
    openGraph: await openGraph(locale, '/reports', { title: t('title'), description: t('metaDescription') }),
    alternates: {
      ...alternates(locale, '/reports'),
      types: { 'application/rss+xml': [{ url: rss, title: t('rssTitle') }] },
    },
    // Filtered and later pages are shareable but not indexed.
    ...(filtered ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function FeedbackPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Reports');
  const raw = await searchParams;
  // The "look up a report" box (here and on other pages) sends ?code=: a code the person may see opens its page.
  const typed = typeof raw.code === 'string' ? raw.code.trim().slice(0, 40) : undefined;
  let lookupError: 'invalid' | 'notFound' | undefined;
  if (typed !== undefined) {
    const code = normalizeReportCode(typed);
    if (!code) lookupError = 'invalid';
    else if (await loadReportCached(code, await getCurrentUser()))
      redirect({ href: { pathname: '/reports/[code]', params: { code } }, locale });
    else lookupError = 'notFound';
  }
  const { query, invalid } = parseReportQuery(raw);
  const [result, options] = await Promise.all([listPublicReports(query), filterOptions()]);
  const basePath = getPathname({ locale, href: '/reports' });
  const rssPath = getPathname({ locale, href: '/reports/rss' }) + reportQueryString({ ...query, page: 1 });
  const pageHref = (page: number) => basePath + reportQueryString(query, { page });
  const secondary = 'inline-flex min-h-11 items-center font-semibold';

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')}>
        <p className="mt-6">
          <ButtonLink href="/reports/new" variant="warning" size="xl" data-testid="new-report">
            {t('submit')}
          </ButtonLink>
        </p>
        <nav aria-label={t('sectionLinks')} className="mt-4">
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            <li>
              <Link href="/reports/mine" className={secondary}>
                {t('mine')}
              </Link>
            </li>
            <li>
              <Link
                href={{
                  pathname: '/reports/map',
                  query: Object.fromEntries(
                    new URLSearchParams(reportQueryString({ ...query, page: 1, sort: 'newest' })),
                  ),
                }}
                className={secondary}
              >
                {t('map')}
              </Link>
            </li>
            <li>
              <Link href="/reports/statistics" className={secondary}>
                {t('statistics')}
              </Link>
            </li>
            <li>
              <a href={rssPath} className={secondary} type="application/rss+xml">
                {t('rss')}
              </a>
            </li>
          </ul>
        </nav>
      </PageHeader>

      {invalid.length ? <Notice testId="query-notice">{t('badInput')}</Notice> : null}

      <ReportLookup value={typed} error={lookupError} />

      <ReportFilters
        action={basePath}
        query={query}
        facets={result.facets}
        categories={options.categories}
        wards={options.wards}
        locale={locale}
      />

      <section aria-labelledby="results-heading" className="mt-8">
        <h2 id="results-heading" className="text-2xl font-bold">
          {t('resultsHeading')}{' '}
          <span className="text-lg font-normal text-muted" data-testid="result-count">
            ({t('results', { total: result.total })})
          </span>
        </h2>
        {result.pastEnd ? (
          <div className="mt-4" data-testid="past-end">
            <Notice>
              <p>{t('pastEnd', { page: result.page, pages: result.pages })}</p>
              <p className="mt-2 flex flex-wrap gap-6">
                <a href={pageHref(1)} className="inline-flex min-h-11 items-center font-semibold">
                  {t('backToFirst')}
                </a>
                {result.pages > 1 ? (
                  <a href={pageHref(result.pages)} className="inline-flex min-h-11 items-center font-semibold">
                    {t('backToLast')}
                  </a>
                ) : null}
              </p>
            </Notice>
          </div>
        ) : result.items.length === 0 ? (
          <p className="mt-4 text-lg" data-testid="no-results">
            {t('noResults')}
          </p>
        ) : (
          <ReportList items={result.items} locale={locale} />
        )}
        {!result.pastEnd ? (
          <Pagination variant="boxed" label={t('pagination')} page={result.page} pages={result.pages} href={pageHref} />
        ) : null}
      </section>
    </>
  );
}
