import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { PlaceType, ProcedureLevel } from '@/generated/prisma/client';
import { cityClock, dateOnly } from '@/lib/services/hours';
import { distanceMetres } from '@/lib/services/places';
import { normalizeForSearch, searchTokens } from '@/lib/search/normalize';
import { pageCount } from '@/lib/pagination';
import { db } from '../db';
import { includeSynthetic } from '../procedures/synthetic';

// The services directory's reads. Search matches the same normalised text as the procedures
// (lib/search/normalize.ts: no tone marks, đ → d) on a trigram index, "open now" is decided by the
// database from the hours table and the public holidays, in Ho Chi Minh City time, and "near me"
// orders by great-circle distance. Synthetic places (benchmarks) are shown only when
// SEARCH_INCLUDE_SYNTHETIC is set, like synthetic procedures.

const realOnly = () => (includeSynthetic() ? {} : { synthetic: false });
const realSql = () => (includeSynthetic() ? Prisma.sql`TRUE` : Prisma.sql`NOT p."synthetic"`);

export const placeSummarySelect = {
  id: true,
  slug: true,
  type: true,
  schoolLevel: true,
  ownership: true,
  serves: true,
  nameVi: true,
  nameEn: true,
  address: true,
  phone: true,
  lat: true,
  lng: true,
  unverified: true,
  ward: { select: { code: true, name: true, nameEn: true } },
} as const;

export type PlaceSummary = Prisma.PlaceGetPayload<{ select: typeof placeSummarySelect }>;

/** Every entry (of a type, of a ward), by type then name: the cached list pages. */
export async function listPlaces(where: { type?: PlaceType; wardCode?: string } = {}): Promise<PlaceSummary[]> {
  return db.place.findMany({
    where: { ...realOnly(), ...where },
    select: placeSummarySelect,
    orderBy: [{ type: 'asc' }, { nameVi: 'asc' }],
  });
}

export async function placeTypeCounts(): Promise<Partial<Record<PlaceType, number>>> {
  const rows = await db.place.groupBy({ by: ['type'], where: realOnly(), _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.type, r._count._all]));
}

/** Wards that have at least one entry, for the ward filter. */
export async function wardsWithPlaces() {
  const rows = await db.administrativeUnit.findMany({
    where: { places: { some: realOnly() } },
    select: { code: true, name: true, nameEn: true },
  });
  const collator = new Intl.Collator('vi');
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}

export async function wardByCode(code: string) {
  if (!/^[a-z0-9-]{1,80}$/i.test(code)) return null;
  return db.administrativeUnit.findFirst({
    where: { code, level: { not: 'CITY' } },
    select: { code: true, name: true, nameEn: true },
  });
}

export async function placeBySlug(slug: string) {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  const place = await db.place.findFirst({
    where: { slug, ...realOnly() },
    include: {
      ward: { select: { code: true, name: true, nameEn: true } },
      hours: {
        select: { weekday: true, opensMin: true, closesMin: true },
        orderBy: [{ weekday: 'asc' }, { opensMin: 'asc' }],
      },
      specialHours: {
        select: { startsOn: true, endsOn: true, opensMin: true, closesMin: true },
        orderBy: [{ startsOn: 'asc' }, { opensMin: 'asc' }],
      },
    },
  });
  return (
    place && {
      ...place,
      specialHours: place.specialHours.map((s) => ({
        ...s,
        startsOn: dateOnly(s.startsOn),
        endsOn: dateOnly(s.endsOn),
      })),
    }
  );
}
export type PlaceDetail = NonNullable<Awaited<ReturnType<typeof placeBySlug>>>;

/** The public holidays as YYYY-MM-DD, for deciding "open" on a page. */
export async function holidayDates(): Promise<Set<string>> {
  const rows = await db.publicHoliday.findMany({ select: { date: true } });
  return new Set(rows.map((r) => r.date.toISOString().slice(0, 10)));
}

/** One-stop centres where procedures of this level are filed: the city's centre, or the wards'. */
export async function centresForLevel(level: ProcedureLevel) {
  return db.place.findMany({
    where: { ...realOnly(), type: 'ADMIN_CENTRE', serves: level },
    select: { slug: true, nameVi: true, nameEn: true, address: true, ward: { select: { name: true, nameEn: true } } },
    orderBy: { nameVi: 'asc' },
  });
}

export type PlaceSearch = {
  q?: string;
  type?: PlaceType;
  wardCode?: string;
  openNow?: boolean;
  /** Sort by distance from here. */
  origin?: { lat: number; lng: number };
  page?: number;
  size?: number;
  now?: Date;
};

export type PlaceHit = {
  id: string;
  slug: string;
  type: PlaceType;
  schoolLevel: string | null;
  ownership: string;
  nameVi: string;
  nameEn: string;
  address: string;
  phone: string;
  website: string;
  lat: number;
  lng: number;
  wardCode: string;
  wardName: string;
  wardNameEn: string | null;
  unverified: string[];
  /** Metres from the origin, when one was given. */
  distance: number | null;
  openNow: boolean;
};

/**
 * The order of "nearest first": squared degrees with the longitude scaled by cos(latitude), which
 * orders points across a city as the great-circle distance does, for a fraction of its cost; the
 * distance shown is computed in metres for the page's rows only.
 */
const nearnessSql = (o: { lat: number; lng: number }) =>
  Prisma.sql`(power(p."lat" - ${o.lat}, 2) + power((p."lng" - ${o.lng}) * ${Math.cos((o.lat * Math.PI) / 180)}, 2))`;

const METRES_PER_DEGREE = 111_320;

/**
 * "Open now" of the place `p`, decided per row with two index lookups (never a scan of every
 * place's hours): today's special hours when it has some (the union of their periods; a closed row
 * adds none), else a weekly period holding the minute, and not a public holiday the place closes on.
 * The same rule as isOpenAt() in lib/services/hours.ts.
 */
export const openNowSql = (clock: { weekday: number; minute: number; date: string }) =>
  Prisma.sql`COALESCE(
    (SELECT bool_or(COALESCE(s."opensMin" <= ${clock.minute} AND s."closesMin" > ${clock.minute}, FALSE))
      FROM "PlaceSpecialHours" s
      WHERE s."placeId" = p."id" AND s."startsOn" <= ${clock.date}::date AND s."endsOn" >= ${clock.date}::date),
    (SELECT TRUE FROM "PlaceHours" h WHERE h."placeId" = p."id" AND h."weekday" = ${clock.weekday}
      AND h."opensMin" <= ${clock.minute} AND h."closesMin" > ${clock.minute} LIMIT 1) IS NOT NULL
    AND NOT (p."closedOnHolidays" AND EXISTS (SELECT 1 FROM "PublicHoliday" d WHERE d."date" = ${clock.date}::date)))`;

/**
 * The same rule as openNowSql() written for a count over every place: each subquery runs once and is
 * hashed, instead of two index lookups per place (tests/integration/services.test.ts checks that
 * both agree).
 */
export const openNowSetSql = (clock: { weekday: number; minute: number; date: string }) =>
  Prisma.sql`(p."id" IN (SELECT s."placeId" FROM "PlaceSpecialHours" s
      WHERE s."startsOn" <= ${clock.date}::date AND s."endsOn" >= ${clock.date}::date
        AND s."opensMin" <= ${clock.minute} AND s."closesMin" > ${clock.minute})
    OR (p."id" IN (SELECT h."placeId" FROM "PlaceHours" h WHERE h."weekday" = ${clock.weekday}
        AND h."opensMin" <= ${clock.minute} AND h."closesMin" > ${clock.minute})
      AND p."id" NOT IN (SELECT s."placeId" FROM "PlaceSpecialHours" s
        WHERE s."startsOn" <= ${clock.date}::date AND s."endsOn" >= ${clock.date}::date)
      AND NOT (p."closedOnHolidays" AND EXISTS (SELECT 1 FROM "PublicHoliday" d WHERE d."date" = ${clock.date}::date))))`;

// The number of matches does not depend on where the person stands, so it is counted once per
// filter set and city minute (the minute is part of the key through "open now") and kept at most a
// minute; an editor's save here forgets it at once (other instances within the minute).
const TOTALS_MAX = 500;
const totals = new Map<string, { n: number; until: number }>();
export function forgetPlaceTotals() {
  totals.clear();
}

async function countPlaces(where: Prisma.Sql): Promise<number> {
  const key = JSON.stringify([where.sql, where.values]);
  const hit = totals.get(key);
  if (hit && hit.until > Date.now()) return hit.n;
  const counted = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Place" p WHERE ${where}`;
  const n = Number(counted[0]?.n ?? 0);
  if (totals.size >= TOTALS_MAX) totals.clear();
  totals.set(key, { n, until: Date.now() + 60_000 });
  return n;
}

/** The area (m²) of the box holding every place, kept like the totals. */
async function placesArea(): Promise<number> {
  const key = 'area';
  const hit = totals.get(key);
  if (hit && hit.until > Date.now()) return hit.n;
  const [r] = await db.$queryRaw<{ s: number | null; n: number | null; w: number | null; e: number | null }[]>`
    SELECT min(p."lat") AS s, max(p."lat") AS n, min(p."lng") AS w, max(p."lng") AS e FROM "Place" p WHERE ${realSql()}`;
  const cos = Math.cos((((r?.s ?? 0) + (r?.n ?? 0)) / 2) * (Math.PI / 180));
  const area =
    Math.max(0.01, (r?.n ?? 0) - (r?.s ?? 0)) *
    Math.max(0.01, ((r?.e ?? 0) - (r?.w ?? 0)) * cos) *
    METRES_PER_DEGREE ** 2;
  totals.set(key, { n: area, until: Date.now() + 60_000 });
  return area;
}

/**
 * Half-sides (metres) of the boxes around the origin tried in turn before the whole city: the
 * first should hold twice the rows needed if the matches were spread evenly over the places' area
 * (so one statement is usually enough), then twice and four times wider.
 */
async function nearRadii(matches: number, needed: number): Promise<number[]> {
  const first = Math.max(500, Math.sqrt((2 * needed * (await placesArea())) / (Math.PI * Math.max(1, matches))));
  return [first, first * 2, first * 4];
}

type HitRow = Omit<PlaceHit, 'distance'> & { nearness: number | null };

/**
 * Search and filters: the words (all of them, in the name, English name, address or ward, or the
 * whole query close to them for typos), a type, a ward, open now; nearest first when an origin is
 * given, else best match then name. Returns one page and the total.
 *
 * Nearest first reads the places in a box around the origin (the lat/lng index) and widens the box
 * until the page's farthest row lies inside the circle the box holds, which proves that no place
 * outside it comes earlier; the last try has no box. "Open now" is then decided for the box's rows
 * only.
 */
export async function searchPlaces(s: PlaceSearch) {
  const size = s.size ?? 20;
  const page = Math.max(1, s.page ?? 1);
  const clock = cityClock(s.now ?? new Date());
  const q = normalizeForSearch(s.q ?? '');
  const tokens = searchTokens(q, 8);
  const conditions: Prisma.Sql[] = [realSql()];
  if (tokens.length) {
    const all = Prisma.join(
      tokens.map((w) => Prisma.sql`p."searchText" LIKE ${`%${w.replace(/[\\%_]/g, '\\$&')}%`}`),
      ' AND ',
    );
    conditions.push(q.length >= 4 ? Prisma.sql`((${all}) OR ${q} <% p."searchText")` : Prisma.sql`(${all})`);
  }
  if (s.type) conditions.push(Prisma.sql`p."type" = ${s.type}::"PlaceType"`);
  if (s.wardCode) conditions.push(Prisma.sql`p."wardCode" = ${s.wardCode}`);
  const openSql = openNowSql(clock);
  const where = Prisma.join(s.openNow ? [...conditions, openSql] : conditions, ' AND ');
  const countWhere = Prisma.join(s.openNow ? [...conditions, openNowSetSql(clock)] : conditions, ' AND ');
  const order = s.origin
    ? Prisma.sql`"nearness" ASC, p."nameVi" ASC`
    : tokens.length
      ? Prisma.sql`word_similarity(${q}, p."searchText") DESC, p."nameVi" ASC`
      : Prisma.sql`p."type" ASC, p."nameVi" ASC`;
  const select = (box: Prisma.Sql) => db.$queryRaw<HitRow[]>`
    SELECT p."id", p."slug", p."type"::text AS "type", p."schoolLevel"::text AS "schoolLevel", p."ownership"::text AS "ownership",
      p."nameVi", p."nameEn", p."address", p."phone", p."website", p."lat", p."lng", p."wardCode",
      w."name" AS "wardName", w."nameEn" AS "wardNameEn", p."unverified",
      ${s.openNow ? Prisma.sql`TRUE` : openSql} AS "openNow",
      ${s.origin ? nearnessSql(s.origin) : Prisma.sql`NULL::float8`} AS "nearness"
    FROM "Place" p JOIN "AdministrativeUnit" w ON w."code" = p."wardCode"
    WHERE ${where} AND ${box}
    ORDER BY ${order}
    LIMIT ${size} OFFSET ${(page - 1) * size}`;
  const total = await countPlaces(countWhere);
  let rows: HitRow[] | undefined;
  // With every match on this page or before it, the box could only leave some out.
  if (s.origin && total > page * size) {
    const o = s.origin;
    for (const r of await nearRadii(total, page * size)) {
      const dLat = r / METRES_PER_DEGREE;
      const dLng = r / (METRES_PER_DEGREE * Math.cos((o.lat * Math.PI) / 180));
      const found = await select(
        Prisma.sql`p."lat" BETWEEN ${o.lat - dLat} AND ${o.lat + dLat} AND p."lng" BETWEEN ${o.lng - dLng} AND ${o.lng + dLng}`,
      );
      const last = found.at(-1);
      if (found.length === size && last && Math.sqrt(last.nearness ?? Infinity) * METRES_PER_DEGREE <= r) {
        rows = found;
        break;
      }
    }
  }
  rows ??= await select(Prisma.sql`TRUE`);
  const items: PlaceHit[] = rows.map(({ nearness: _n, ...r }) => ({
    ...r,
    distance: s.origin ? Math.round(distanceMetres(s.origin, r)) : null,
  }));
  return { items, total, page, pages: pageCount(total, size), size, tokens };
}

/** The whole directory for the open-data downloads, with hours. */
export async function exportPlaces() {
  return db.place.findMany({
    where: realOnly(),
    orderBy: [{ type: 'asc' }, { slug: 'asc' }],
    include: {
      ward: { select: { code: true, name: true, nameEn: true } },
      hours: {
        select: { weekday: true, opensMin: true, closesMin: true },
        orderBy: [{ weekday: 'asc' }, { opensMin: 'asc' }],
      },
    },
  });
}

/** Where "near the chosen ward" measures from: the middle of the ward's places (no boundary data yet). */
export async function wardCentre(code: string): Promise<{ lat: number; lng: number } | null> {
  const r = await db.place.aggregate({ where: { wardCode: code, ...realOnly() }, _avg: { lat: true, lng: true } });
  return r._avg.lat === null || r._avg.lng === null ? null : { lat: r._avg.lat, lng: r._avg.lng };
}
