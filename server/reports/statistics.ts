import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/server/db';

// Public statistics of citizen reports. Public and private reports both count (only numbers leave
// this module, never a report or a person); hidden reports do not count. Two grouped queries and
// three small name look-ups.

export const STAT_PERIODS = ['30d', '12m', 'all'] as const;
export type StatPeriod = (typeof STAT_PERIODS)[number];

/** An agency needs this many answered reports before its median is ranked. */
export const MIN_ANSWERED_FOR_RANK = 5;

export type Count = { key: string; nameVi: string; nameEn: string; count: number };

export type AgencyStat = {
  code: string;
  nameVi: string;
  nameEn: string;
  answered: number;
  onTime: number;
  overdue: number;
  /** answered on time / (answered + overdue), null when both are 0. */
  onTimeShare: number | null;
  /** Median time to answer in working days (city calendar, weekends and holidays not counted). */
  medianWorkingDays: number | null;
  /** Median time to answer in clock hours. */
  medianHours: number | null;
};

export type ReportStatistics = {
  period: StatPeriod;
  since: Date | null;
  total: number;
  byStatus: Count[];
  byCategory: Count[];
  byWard: Count[];
  answered: number;
  onTime: number;
  overdue: number;
  onTimeShare: number | null;
  /** Agencies with at least MIN_ANSWERED_FOR_RANK answered reports, fastest median first. */
  ranked: AgencyStat[];
  /** Agencies with reports but too few answers to rank ("chưa đủ dữ liệu"). */
  unranked: AgencyStat[];
};

export const STATUS_ORDER = ['RECEIVED', 'IN_PROGRESS', 'RESOLVED', 'REJECTED', 'DUPLICATE'] as const;

export function periodStart(period: StatPeriod, now: Date): Date | null {
  if (period === '30d') return new Date(now.getTime() - 30 * 86_400_000);
  if (period === '12m') {
    const d = new Date(now);
    d.setUTCFullYear(d.getUTCFullYear() - 1);
    return d;
  }
  return null;
}

type CountRow = { g: number; status: string | null; categoryCode: string | null; wardCode: string | null; n: number };
type AgencyRow = {
  g: number;
  agencyId: string | null;
  answered: number;
  onTime: number;
  overdue: number;
  medianHours: number | null;
  medianWorkingDays: number | null;
};

/**
 * Weekdays in the first 0–6 days after a day, by the day's weekday (0 = Monday) and the number of
 * days: WEEKDAYS_AFTER[weekday * 7 + days].
 */
const WEEKDAYS_AFTER = Array.from({ length: 49 }, (_, i) => {
  const weekday = Math.floor(i / 7);
  let count = 0;
  for (let k = 1; k <= i % 7; k++) if ((weekday + k) % 7 < 5) count++;
  return count;
});

/**
 * Working days from city day `d1` to city day `d2` (SQL dates), as lib/reports/deadline.ts counts
 * them: the days after d1 up to and including d2, without Saturdays, Sundays and public holidays.
 * Arithmetic rather than a generated series per report; needs the CTE `hol` (weekday holidays).
 */
export function workingDaysSql(d1: Prisma.Sql, d2: Prisma.Sql): Prisma.Sql {
  const span = Prisma.sql`GREATEST(${d2} - ${d1}, 0)`;
  return Prisma.sql`((${span} / 7) * 5
    + (${Prisma.raw(`ARRAY[${WEEKDAYS_AFTER.join(',')}]`)})[(extract(isodow FROM ${d1})::int - 1) * 7 + ${span} % 7 + 1]
    - (SELECT count(*) FROM hol WHERE hol.d > ${d1} AND hol.d <= ${d2}))::float8`;
}

const share = (onTime: number, answered: number, overdue: number) =>
  answered + overdue > 0 ? onTime / (answered + overdue) : null;

export async function reportStatistics(period: StatPeriod, now: Date = new Date()): Promise<ReportStatistics> {
  const since = periodStart(period, now);
  const inPeriod = since ? Prisma.sql`AND r."createdAt" >= ${since}` : Prisma.empty;

  const [counts, agencyRows, categories, agencies] = await Promise.all([
    // GROUPING bits: status 4, category 2, ward 1 (a bit is set when the column is rolled up).
    db.$queryRaw<CountRow[]>`
      SELECT GROUPING(r.status, r."categoryCode", r."wardCode")::int AS g,
             r.status::text AS status, r."categoryCode", r."wardCode", count(*)::int AS n
      FROM "Report" r
      WHERE r."hiddenAt" IS NULL ${inPeriod}
      GROUP BY GROUPING SETS ((r.status), (r."categoryCode"), (r."wardCode"), ())`,
    // Per agency and in total (ROLLUP): answers, answers on time (by the committed date when a
    // progress update set one, else the due date), open reports past that date, and medians.
    db.$queryRaw<AgencyRow[]>`
      WITH hol AS MATERIALIZED (SELECT date AS d FROM "PublicHoliday" WHERE extract(isodow FROM date) < 6),
      base AS (
        SELECT r."agencyId", r."createdAt", r."answeredAt", r.status, COALESCE(r."committedAt", r."dueAt") AS deadline,
               (r."createdAt" + interval '7 hours')::date AS d1, (r."answeredAt" + interval '7 hours')::date AS d2
        FROM "Report" r
        WHERE r."hiddenAt" IS NULL ${inPeriod}
      )
      SELECT GROUPING(b."agencyId")::int AS g, b."agencyId",
             count(b."answeredAt")::int AS answered,
             count(*) FILTER (WHERE b."answeredAt" <= b.deadline)::int AS "onTime",
             count(*) FILTER (WHERE b."answeredAt" IS NULL AND b.status IN ('RECEIVED', 'IN_PROGRESS') AND b.deadline < ${now})::int AS overdue,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (b."answeredAt" - b."createdAt")) / 3600.0) AS "medianHours",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY CASE WHEN b.d2 IS NOT NULL THEN ${workingDaysSql(Prisma.sql`b.d1`, Prisma.sql`b.d2`)} END) AS "medianWorkingDays"
      FROM base b
      GROUP BY ROLLUP (b."agencyId")`,
    db.reportCategory.findMany({ select: { code: true, nameVi: true, nameEn: true }, orderBy: { sortOrder: 'asc' } }),
    db.agency.findMany({ select: { id: true, code: true, nameVi: true, nameEn: true } }),
  ]);

  const byStatusMap = new Map(counts.filter((c) => c.g === 3).map((c) => [c.status!, c.n]));
  const byCategoryMap = new Map(counts.filter((c) => c.g === 5).map((c) => [c.categoryCode!, c.n]));
  const wardCounts = counts.filter((c) => c.g === 6);
  const total = counts.find((c) => c.g === 7)?.n ?? 0;

  const wardCodes = wardCounts.map((w) => w.wardCode).filter((c): c is string => c !== null);
  const wards = wardCodes.length
    ? await db.administrativeUnit.findMany({
        where: { code: { in: wardCodes } },
        select: { code: true, name: true, nameEn: true },
      })
    : [];
  const wardNames = new Map(wards.map((w) => [w.code, w]));

  const byStatus = STATUS_ORDER.map((s) => ({ key: s, nameVi: s, nameEn: s, count: byStatusMap.get(s) ?? 0 }));
  const byCategory = categories.map((c) => ({
    key: c.code,
    nameVi: c.nameVi,
    nameEn: c.nameEn,
    count: byCategoryMap.get(c.code) ?? 0,
  }));
  const byWard = wardCounts
    .map((w) => {
      const unit = w.wardCode ? wardNames.get(w.wardCode) : undefined;
      return { key: w.wardCode ?? '', nameVi: unit?.name ?? '', nameEn: unit?.nameEn ?? unit?.name ?? '', count: w.n };
    })
    .sort((a, b) => b.count - a.count || a.nameVi.localeCompare(b.nameVi, 'vi'));

  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const totals = agencyRows.find((r) => r.g === 1);
  const perAgency: AgencyStat[] = agencyRows
    .filter((r) => r.g === 0 && r.agencyId && agencyById.has(r.agencyId))
    .map((r) => {
      const a = agencyById.get(r.agencyId!)!;
      return {
        code: a.code,
        nameVi: a.nameVi,
        nameEn: a.nameEn,
        answered: r.answered,
        onTime: r.onTime,
        overdue: r.overdue,
        onTimeShare: share(r.onTime, r.answered, r.overdue),
        medianWorkingDays: r.medianWorkingDays === null ? null : Number(r.medianWorkingDays),
        medianHours: r.medianHours === null ? null : Number(r.medianHours),
      };
    });
  const ranked = perAgency
    .filter((a) => a.answered >= MIN_ANSWERED_FOR_RANK)
    .sort(
      (a, b) =>
        a.medianWorkingDays! - b.medianWorkingDays! || a.medianHours! - b.medianHours! || a.code.localeCompare(b.code),
    );
  const unranked = perAgency
    .filter((a) => a.answered < MIN_ANSWERED_FOR_RANK)
    .sort((a, b) => b.answered - a.answered || a.nameVi.localeCompare(b.nameVi, 'vi'));

  const answered = totals?.answered ?? 0;
  const onTime = totals?.onTime ?? 0;
  const overdue = totals?.overdue ?? 0;
  return {
    period,
    since,
    total,
    byStatus,
    byCategory,
    byWard,
    answered,
    onTime,
    overdue,
    onTimeShare: share(onTime, answered, overdue),
    ranked,
    unranked,
  };
}
