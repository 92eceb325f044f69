import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { getPathname } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { NEARBY_LIMIT, NEARBY_RADIUS_METERS, type NearbyQuery } from '@/lib/validation/reports/nearby';
import { db } from '../db';

export type NearbyReport = {
  code: string;
  title: string;
  status: 'RECEIVED' | 'IN_PROGRESS';
  /** Metres from the point, when the report has coordinates and a point was given. */
  distanceMeters?: number;
  url: string;
  followers: number;
};

const EARTH_RADIUS_METERS = 6_371_000;
/** Metres in one degree of latitude (and of longitude at the equator). */
const METERS_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_METERS;

/**
 * Open public reports like the one being written: same category within 200 m of the point,
 * or in the same ward with a similar title (any category: people file the same problem under
 * different ones). Nearest first, then most similar.
 */
export async function findNearbyReports(q: NearbyQuery): Promise<NearbyReport[]> {
  const open = Prisma.sql`r."status" IN ('RECEIVED', 'IN_PROGRESS') AND r."hiddenAt" IS NULL AND r."isPublic"`;
  const branches: Prisma.Sql[] = [];
  const distance = q.point
    ? Prisma.sql`CASE WHEN r."lat" IS NULL OR r."lng" IS NULL THEN NULL ELSE
        2 * ${EARTH_RADIUS_METERS}::float8 * asin(sqrt(
          power(sin(radians(r."lat" - ${q.point.lat}::float8) / 2), 2) +
          cos(radians(${q.point.lat}::float8)) * cos(radians(r."lat")) * power(sin(radians(r."lng" - ${q.point.lng}::float8) / 2), 2)
        )) END`
    : Prisma.sql`NULL::float8`;
  const titleKey = q.title ? Prisma.sql`lower(public.f_unaccent(${q.title}))` : null;
  const similarity = titleKey ? Prisma.sql`similarity(r."searchTitle", ${titleKey})` : Prisma.sql`0::float4`;

  if (q.point) {
    // A bounding box first (the (lat, lng) index), then the exact distance.
    const dLat = NEARBY_RADIUS_METERS / METERS_PER_DEGREE;
    const dLng = NEARBY_RADIUS_METERS / (METERS_PER_DEGREE * Math.cos((q.point.lat * Math.PI) / 180));
    branches.push(Prisma.sql`
      SELECT r."id", ${distance} AS "distance", ${similarity} AS "similarity"
      FROM "Report" r
      WHERE ${open} AND r."categoryCode" = ${q.category}
        AND r."lat" BETWEEN ${q.point.lat - dLat}::float8 AND ${q.point.lat + dLat}::float8
        AND r."lng" BETWEEN ${q.point.lng - dLng}::float8 AND ${q.point.lng + dLng}::float8`);
  }
  if (q.ward && titleKey) {
    // "%" is pg_trgm's similarity above its threshold (0.3 by default), served by the GIN index.
    branches.push(Prisma.sql`
      SELECT r."id", ${distance} AS "distance", ${similarity} AS "similarity"
      FROM "Report" r
      WHERE ${open} AND r."wardCode" = ${q.ward} AND r."searchTitle" % ${titleKey}`);
  }
  if (!branches.length) return [];

  const rows = await db.$queryRaw<
    { code: string; title: string; status: 'RECEIVED' | 'IN_PROGRESS'; distance: number | null; followers: bigint }[]
  >`
    WITH candidates AS (${Prisma.join(branches, ' UNION ')})
    SELECT r."code", r."title", r."status"::text AS "status", min(c."distance") AS "distance", max(c."similarity") AS "similarity",
      (SELECT count(*) FROM "ReportFollower" f WHERE f."reportId" = r."id") AS "followers"
    FROM candidates c JOIN "Report" r ON r."id" = c."id"
    WHERE c."distance" IS NULL OR c."distance" <= ${NEARBY_RADIUS_METERS} OR c."similarity" >= 0.3
    GROUP BY r."id"
    ORDER BY min(c."distance") ASC NULLS LAST, max(c."similarity") DESC, r."createdAt" DESC
    LIMIT ${NEARBY_LIMIT}`;

  return rows.map((r) => ({
    code: r.code,
    title: r.title,
    status: r.status,
    ...(r.distance !== null ? { distanceMeters: Math.round(r.distance) } : {}),
    url: reportPath(q.locale, r.code),
    followers: Number(r.followers),
  }));
}

export function reportPath(locale: Locale, code: string): string {
  return getPathname({ locale, href: { pathname: '/reports/[code]', params: { code } } });
}
