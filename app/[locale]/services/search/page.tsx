import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { Notice, PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { DirectoryFilters } from '@/components/services/DirectoryFilters';
import { PlaceList, kindLine } from '@/components/services/PlaceList';
import { PlacesMap } from '@/components/services/PlacesMap';
import { publicMetadata } from '@/lib/metadata';
import { localized, placeName } from '@/lib/i18n/localized';
import { typeOfSlug } from '@/lib/services/places';
import { CITY_CENTRE } from '@/lib/validation/reports/report';
import { parsePlaceSearch } from '@/lib/services/search-params';
import { env } from '@/server/env';
import { searchPlaces, wardByCode, wardCentre, wardsWithPlaces } from '@/server/services/queries';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Services' });
  return {
    ...(await publicMetadata(locale, '/services/search', { title: t('filters') })),
    robots: { index: false, follow: true },
  };
}

/**
 * The directory's search, rendered per request: words without tone marks, a type, a ward, open
 * now (city time), nearest first from "Use my location" or from the chosen ward; list or map.
 * An unknown type or ward is the 404 page; coordinates outside the city are ignored with a notice.
 */
export default async function ServiceSearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = await searchParams;
  const { query, problems } = parsePlaceSearch(raw);
  const type = query.type ? typeOfSlug(query.type) : undefined;
  if (type === null) notFound();
  const ward = query.ward ? await wardByCode(query.ward) : undefined;
  if (ward === null) notFound();
  const near = raw.near === '1' || raw.near === 'on';
  const origin =
    query.lat !== undefined && query.lng !== undefined
      ? { lat: query.lat, lng: query.lng }
      : near && ward
        ? await wardCentre(ward.code)
        : undefined;
  const [t, wards] = await Promise.all([getTranslations('Services'), wardsWithPlaces()]);
  const search = (page: number) =>
    searchPlaces({
      q: query.q,
      type: type ?? undefined,
      // "Near the chosen ward" sorts the whole city by distance from it instead of keeping to it.
      wardCode: near && origin ? undefined : ward?.code,
      openNow: query.open,
      origin: origin ?? undefined,
      page,
    });
  let result = await search(query.page);
  let pageNotice: number | null = null;
  if (query.page > result.pages) {
    pageNotice = query.page;
    result = await search(1);
  }
  const basePath = getPathname({ locale, href: '/services/search' });
  const keep: Record<string, string> = {};
  for (const k of ['q', 'type', 'ward', 'open', 'near', 'lat', 'lng', 'view'] as const) {
    const v = raw[k];
    if (typeof v === 'string' && v && !(problems.length && (k === 'lat' || k === 'lng'))) keep[k] = v;
  }
  const href = (extra: Record<string, string | undefined>) => {
    const merged = { ...keep, ...extra };
    const s = new URLSearchParams(
      Object.entries(merged).filter((e): e is [string, string] => Boolean(e[1])),
    ).toString();
    return s ? `${basePath}?${s}` : basePath;
  };
  const mapView = raw.view === 'map';
  const { MAP_TILE_URL, MAP_TILE_ATTRIBUTION } = env();
  const placeHref = (slug: string) =>
    getPathname({ locale, href: { pathname: '/services/places/[slug]', params: { slug } } });
  return (
    <>
      <Breadcrumbs
        label={t('breadcrumb')}
        className="mb-4 text-sm"
        steps={[
          { href: '/', text: t('breadcrumbHome') },
          { href: '/services', text: t('title') },
        ]}
      />
      <PageHeader title={t('filters')} />
      <DirectoryFilters
        locale={locale}
        wards={wards}
        values={{ q: query.q, type: query.type, ward: query.ward, open: query.open, near }}
      />
      {problems.length ? (
        <Notice testId="query-notice">
          {problems.map((p) => (p === 'coordinateOutsideCity' ? t('outsideCity') : t('badCoordinates'))).join(' ')}
        </Notice>
      ) : null}
      {pageNotice ? <Notice testId="page-notice">{t('pageOutOfRange', { page: pageNotice })}</Notice> : null}
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="text-2xl font-bold" data-testid="result-count">
          {query.q ? t('resultsFor', { total: result.total, q: query.q }) : t('resultsCount', { total: result.total })}
        </h2>
        {origin ? (
          <p className="mt-1" data-testid="sorted-by-distance">
            {t('nearest', { from: query.lat !== undefined ? t('fromYou') : ward ? placeName(ward, locale) : '' })}
          </p>
        ) : null}
        <nav aria-label={t('resultsLabel')} className="my-4 flex gap-4">
          <a
            href={href({ view: undefined, page: undefined })}
            aria-current={mapView ? undefined : 'page'}
            className={mapView ? '' : 'font-bold'}
          >
            {t('viewList')}
          </a>
          <a
            href={href({ view: 'map', page: undefined })}
            aria-current={mapView ? 'page' : undefined}
            className={mapView ? 'font-bold' : ''}
            data-testid="view-map"
          >
            {t('viewMap')}
          </a>
        </nav>
        {mapView && MAP_TILE_URL && result.items.length ? (
          <PlacesMap
            points={result.items.map((p) => ({
              slug: p.slug,
              name: localized(p, 'name', locale),
              kind: kindLine(t, p),
              lat: p.lat,
              lng: p.lng,
              href: placeHref(p.slug),
            }))}
            tileUrl={MAP_TILE_URL}
            attribution={MAP_TILE_ATTRIBUTION}
            centre={origin ?? CITY_CENTRE}
            labels={{ map: t('mapLabel'), unavailable: t('mapUnavailable') }}
          />
        ) : null}
        {result.total === 0 ? (
          <p className="mt-4" data-testid="no-results">
            {t('noResults')}
          </p>
        ) : (
          <PlaceList
            places={result.items.map((p) => ({ ...p, ward: { name: p.wardName, nameEn: p.wardNameEn } }))}
            locale={locale}
          />
        )}
        <Pagination
          label={t('resultsLabel')}
          page={result.page}
          pages={result.pages}
          href={(page) => href({ page: page > 1 ? String(page) : undefined })}
        />
      </section>
    </>
  );
}
