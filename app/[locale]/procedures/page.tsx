import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { Highlight } from '@/components/procedures/Highlight';
import { ProcedureSearchForm } from '@/components/procedures/SearchForm';
import { Notice, PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { alternates, openGraph } from '@/lib/metadata';
import { parseProcedureQuery } from '@/lib/validation/procedures';
import { fieldsWithCounts, proceduresForLifeEvent } from '@/server/procedures/queries';
import { popularProcedures, searchProcedures, suggestSpelling } from '@/server/procedures/search';
import { localized } from '@/lib/i18n/localized';
import { Button } from '@/components/ui/Button';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const lifeEvents = ['baby', 'marriage', 'house', 'business', 'moving'] as const;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Procedures' });
  const { q } = await searchParams;
  // A search's results are a page of their own for search engines too (people search the web for
  // "đăng ký khai sinh" and land here): indexable, with the query alone as its canonical address,
  // so filters and page numbers fold into it.
  const query = typeof q === 'string' ? q.trim().replace(/\s+/g, ' ').slice(0, 100) : '';
  const href = query ? { pathname: '/procedures' as const, query: { q: query } } : '/procedures';
  return {
    title: query ? t('resultsTitle', { query }) : t('title'),
    description: t('lead'),
    alternates: alternates(locale, href),
    openGraph: await openGraph(locale, href, { title: t('title'), description: t('lead') }),
  };
}

export default async function ProceduresPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = await searchParams;
  const { query, invalid } = parseProcedureQuery(raw);
  const t = await getTranslations('Procedures');
  const basePath = getPathname({ locale, href: '/procedures' });
  const title = (p: { titleVi: string; titleEn: string }) => localized(p, 'title', locale);
  const summary = (p: { summaryVi: string; summaryEn: string }) => localized(p, 'summary', locale);
  const filters = { field: query.field, level: query.level, online: query.online };
  const searching = Boolean(query.q.trim()) || Boolean(filters.field || filters.level || filters.online);

  let result = searching ? await searchProcedures({ q: query.q, page: query.page, filters, locale }) : null;
  let pageNotice: number | null = null;
  if (result && query.page > result.pages) {
    pageNotice = query.page;
    result = await searchProcedures({ q: query.q, page: 1, filters, locale });
  }
  const [fields, suggestion, popular, events] = await Promise.all([
    fieldsWithCounts(),
    result && result.total === 0 ? suggestSpelling(query.q) : null,
    !result || result.total === 0 ? popularProcedures(6) : [],
    result ? [] : Promise.all(lifeEvents.map(async (e) => ({ event: e, items: await proceduresForLifeEvent(e, 5) }))),
  ]);
  const fieldName = (code: string) => {
    const f = fields.find((x) => x.code === code);
    return f ? localized(f, 'name', locale) : code;
  };
  const href = (overrides: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    const merged = {
      q: query.q || undefined,
      field: filters.field,
      level: filters.level,
      online: filters.online,
      ...overrides,
    };
    for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== '') params.set(k, String(v));
    const s = params.toString();
    return s ? `${basePath}?${s}` : basePath;
  };

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <ProcedureSearchForm locale={locale} q={query.q} />
      {invalid.length ? (
        <div className="mt-6">
          <Notice testId="query-notice">{t('badInput')}</Notice>
        </div>
      ) : null}
      {pageNotice ? (
        <div className="mt-6">
          <Notice testId="page-notice">{t('pageOutOfRange', { page: pageNotice })}</Notice>
        </div>
      ) : null}

      {result ? (
        <div className="mt-8 grid gap-8 md:grid-cols-[16rem_1fr]">
          {/* On a phone the filters fold behind their heading, so the first result is on the first
              screen; from 768 px they are always shown (app/globals.css, .fold-on-phones). A
              <details> opens without JavaScript. */}
          <details className="fold-on-phones group" data-testid="filters-fold">
            <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded border-2 border-brand-700 px-4 py-2 text-xl font-bold text-brand-700 md:border-0 md:p-0 md:text-ink">
              <span aria-hidden="true" className="md:hidden">
                ☰
              </span>
              {t('filters')}
            </summary>
            <form
              method="get"
              action={basePath}
              aria-label={t('filters')}
              className="mt-4 space-y-4"
              data-testid="filters"
            >
              <input type="hidden" name="q" value={query.q} />
              <FacetSelect
                name="field"
                label={t('field')}
                any={t('any')}
                value={filters.field}
                options={Object.entries(result.facets.field).map(([code, n]) => ({
                  value: code,
                  label: `${fieldName(code)} (${n})`,
                }))}
              />
              <FacetSelect
                name="level"
                label={t('level')}
                any={t('any')}
                value={filters.level}
                options={(['CITY', 'COMMUNE'] as const).map((v) => ({
                  value: v,
                  label: `${t(`levels.${v}`)} (${result.facets.level[v] ?? 0})`,
                }))}
              />
              <FacetSelect
                name="online"
                label={t('online')}
                any={t('any')}
                value={filters.online}
                options={(['FULL', 'PARTIAL', 'NONE'] as const).map((v) => ({
                  value: v,
                  label: `${t(`onlineLevels.${v}`)} (${result.facets.online[v] ?? 0})`,
                }))}
              />
              <Button type="submit">{t('applyFilters')}</Button>
              {filters.field || filters.level || filters.online ? (
                <p>
                  <a href={href({ field: undefined, level: undefined, online: undefined, page: undefined })}>
                    {t('clearFilters')}
                  </a>
                </p>
              ) : null}
            </form>
          </details>

          <section aria-labelledby="results-heading">
            <h2 id="results-heading" className="text-xl font-bold" data-testid="result-count">
              {query.q
                ? t('resultsFor', { total: result.total, q: query.q.slice(0, 200) })
                : t('allCount', { total: result.total })}
            </h2>
            {result.total === 0 ? (
              <div className="mt-4 space-y-4" data-testid="no-results">
                <p className="text-lg">{t('noResults', { q: query.q.slice(0, 200) })}</p>
                {suggestion ? (
                  <p className="text-lg">
                    {t('didYouMean')}{' '}
                    <Link
                      href={{ pathname: '/procedures/[slug]', params: { slug: suggestion.slug } }}
                      data-testid="did-you-mean"
                    >
                      {title(suggestion)}
                    </Link>
                  </p>
                ) : null}
                <p>{t('tryAgain')}</p>
              </div>
            ) : (
              <ol className="mt-4 space-y-6" data-testid="results">
                {result.hits.map((hit) => (
                  <li key={hit.slug}>
                    <h3 className="text-xl font-bold">
                      <Link href={{ pathname: '/procedures/[slug]', params: { slug: hit.slug } }}>
                        <Highlight text={title(hit)} tokens={result.tokens} />
                      </Link>
                    </h3>
                    <p className="text-sm text-muted">
                      {fieldName(hit.fieldCode)} · {t(`levels.${hit.level}`)} · {t(`onlineLevels.${hit.onlineLevel}`)}
                    </p>
                    <p className="mt-1">
                      <Highlight text={summary(hit)} tokens={result.tokens} />
                    </p>
                  </li>
                ))}
              </ol>
            )}
            <Pagination
              label={t('searchResults')}
              page={result.page}
              pages={result.pages}
              href={(page) => href({ page })}
            />
          </section>
        </div>
      ) : null}

      {popular.length ? (
        <section aria-labelledby="popular-heading" className="mt-10">
          <h2 id="popular-heading" className="mb-3 text-2xl font-bold">
            {t('popular')}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2" data-testid="popular">
            {popular.map((p) => (
              <li key={p.slug}>
                <Link href={{ pathname: '/procedures/[slug]', params: { slug: p.slug } }}>{title(p)}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {!result ? (
        <>
          <section aria-labelledby="events-heading" className="mt-10">
            <h2 id="events-heading" className="mb-3 text-2xl font-bold">
              {t('byLifeEvent')}
            </h2>
            <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
              {events
                .filter((e) => e.items.length)
                .map(({ event, items }) => (
                  <div key={event} className="border-t-4 border-brand-700 bg-brand-50 p-4">
                    <h3 className="text-lg font-bold">{t(`lifeEvents.${event}`)}</h3>
                    <ul className="mt-2 space-y-1">
                      {items.map((p) => (
                        <li key={p.slug}>
                          <Link href={{ pathname: '/procedures/[slug]', params: { slug: p.slug } }}>{title(p)}</Link>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
            </div>
          </section>
          <section aria-labelledby="fields-heading" className="mt-10">
            <h2 id="fields-heading" className="mb-3 text-2xl font-bold">
              {t('byField')}
            </h2>
            <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="fields">
              {fields.map((f) => (
                <li key={f.code}>
                  <a href={href({ field: f.code })}>{localized(f, 'name', locale)}</a> ({f.count})
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </>
  );
}

function FacetSelect({
  name,
  label,
  any,
  value,
  options,
}: {
  name: string;
  label: string;
  any: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={`facet-${name}`} className="block font-semibold">
        {label}
      </label>
      <select
        id={`facet-${name}`}
        name={name}
        defaultValue={value ?? ''}
        className="mt-1 w-full border-2 border-ink bg-white px-2 py-2"
      >
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
