import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { REPORT_STATUSES, type ReportStatusValue } from '@/lib/validation/reports/report';
import type { QueueQuery } from '@/lib/validation/reports/admin';
import { db } from '../db';
import { can } from '../permissions';
import type { Actor } from './workflow';
import { reportColumnsSelect, reportEventColumnsSelect } from './queries';
import { pageCount, pageSlice } from '@/lib/pagination';

// What the officials' back office reads: the queue of reports (an OFFICIAL sees their agency's
// reports only, an ADMIN all of them with an agency filter) and one report with everything.

export const QUEUE_PAGE_SIZE = 25;

const OPEN = Prisma.sql`r.status::text IN ('RECEIVED', 'IN_PROGRESS')`;
const overdueSql = (now: Date) => Prisma.sql`(${OPEN} AND COALESCE(r."committedAt", r."dueAt") < ${now})`;

/** The agency an actor's queue is limited to: their own for an OFFICIAL, the filter's for an ADMIN. */
export function queueAgency(actor: Actor, q: Pick<QueueQuery, 'agency'>): string | null | undefined {
  if (can(actor, 'report:all-agencies')) return q.agency;
  // An official without an agency handles nothing: an impossible id keeps the queue empty.
  return actor.agencyId ?? null;
}

function baseWhere(actor: Actor, q: QueueQuery): Prisma.Sql {
  const conds: Prisma.Sql[] = [Prisma.sql`TRUE`];
  const agency = queueAgency(actor, q);
  if (agency === null) conds.push(Prisma.sql`FALSE`);
  else if (agency) conds.push(Prisma.sql`r."agencyId" = ${agency}`);
  if (q.category) conds.push(Prisma.sql`r."categoryCode" = ${q.category}`);
  if (q.ward) conds.push(Prisma.sql`r."wardCode" = ${q.ward}`);
  return Prisma.join(conds, ' AND ');
}

function statusWhere(q: QueueQuery): Prisma.Sql {
  if (q.status === 'all') return Prisma.sql`TRUE`;
  if (q.status === 'open') return OPEN;
  return Prisma.sql`r.status::text = ${q.status}`;
}

function orderBy(q: QueueQuery): Prisma.Sql {
  switch (q.sort) {
    case 'oldest':
      return Prisma.sql`r."createdAt" ASC, r.id ASC`;
    case 'newest':
      return Prisma.sql`r."createdAt" DESC, r.id DESC`;
    default:
      // Open reports first, the deadline that counts (a committed date, else the 5-day one) nearest first.
      return Prisma.sql`(${OPEN}) DESC, COALESCE(r."committedAt", r."dueAt") ASC, r."createdAt" ASC, r.id ASC`;
  }
}

export type QueueCounts = Record<ReportStatusValue, number> & { open: number; all: number; overdue: number };

/**
 * One page of the queue, with the number of reports in each status and overdue under the same
 * agency, category and ward filters (so the counts tell what the status filter would show).
 */
export async function listQueue(actor: Actor, q: QueueQuery, now = new Date()) {
  const base = baseWhere(actor, q);
  const where = Prisma.sql`${base} AND ${statusWhere(q)} ${q.overdue ? Prisma.sql`AND ${overdueSql(now)}` : Prisma.empty}`;
  const slice = pageSlice(q.page, QUEUE_PAGE_SIZE);
  const [countRows, totalRows, idRows] = await Promise.all([
    db.$queryRaw<{ status: ReportStatusValue; n: number; overdue: number }[]>`
      SELECT r.status::text AS status, count(*)::int AS n, (count(*) FILTER (WHERE ${overdueSql(now)}))::int AS overdue
      FROM "Report" r WHERE ${base} GROUP BY r.status`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Report" r WHERE ${where}`,
    db.$queryRaw<{ id: string }[]>`
      SELECT r.id FROM "Report" r WHERE ${where} ORDER BY ${orderBy(q)}
      LIMIT ${slice.take} OFFSET ${slice.skip}`,
  ]);
  const counts = Object.fromEntries(REPORT_STATUSES.map((s) => [s, 0])) as QueueCounts;
  counts.open = 0;
  counts.all = 0;
  counts.overdue = 0;
  for (const row of countRows) {
    counts[row.status] = row.n;
    counts.all += row.n;
    counts.overdue += row.overdue;
    if (row.status === 'RECEIVED' || row.status === 'IN_PROGRESS') counts.open += row.n;
  }
  const ids = idRows.map((r) => r.id);
  const rows = await db.report.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      code: true,
      title: true,
      status: true,
      createdAt: true,
      dueAt: true,
      committedAt: true,
      hiddenAt: true,
      answeredAt: true,
      category: { select: { nameVi: true, nameEn: true } },
      ward: { select: { name: true, nameEn: true } },
      agency: { select: { code: true, nameVi: true, nameEn: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const total = totalRows[0]?.n ?? 0;
  return {
    rows: ids.map((id) => byId.get(id)!).filter(Boolean),
    total,
    pages: pageCount(total, QUEUE_PAGE_SIZE),
    counts,
  };
}

export type QueueRow = Awaited<ReturnType<typeof listQueue>>['rows'][number];

/** Filter options: categories, wards that have reports, agencies. */
export async function queueFilterOptions() {
  const [categories, agencies, wards] = await Promise.all([
    db.reportCategory.findMany({
      orderBy: { sortOrder: 'asc' },
      select: { code: true, nameVi: true, nameEn: true, defaultAgencyId: true },
    }),
    db.agency.findMany({ orderBy: { code: 'asc' }, select: { id: true, code: true, nameVi: true, nameEn: true } }),
    db.administrativeUnit.findMany({
      where: { level: { not: 'CITY' } },
      select: { code: true, name: true, nameEn: true },
    }),
  ]);
  const collator = new Intl.Collator('vi');
  wards.sort((a, b) => collator.compare(a.name, b.name));
  return { categories, agencies, wards };
}

const detailSelect = {
  ...reportColumnsSelect,
  source: true,
  contactName: true,
  contactEmail: true,
  categoryCode: true,
  author: { select: { id: true, name: true, email: true, phone: true } },
  category: { select: { code: true, nameVi: true, nameEn: true } },
  ward: { select: { code: true, name: true, nameEn: true } },
  agency: { select: { id: true, code: true, nameVi: true, nameEn: true } },
  duplicateOf: { select: { code: true, title: true } },
  duplicates: { select: { code: true, title: true }, orderBy: { createdAt: 'asc' } },
  photos: {
    orderBy: [{ eventId: 'asc' }, { position: 'asc' }],
    select: {
      id: true,
      eventId: true,
      altText: true,
      position: true,
      width: true,
      height: true,
      thumbWidth: true,
      thumbHeight: true,
      hiddenAt: true,
      hiddenReason: true,
    },
  },
  events: {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      ...reportEventColumnsSelect,
      actor: { select: { name: true, role: true } },
      agency: { select: { nameVi: true, nameEn: true } },
      photos: { select: { id: true } },
    },
  },
  _count: { select: { followers: true } },
} satisfies Prisma.ReportSelect;

export type ReportDetail = Prisma.ReportGetPayload<{ select: typeof detailSelect }>;

/** One report with everything an official needs; 'forbidden' when it belongs to another agency. */
export async function reportForOfficial(actor: Actor, code: string): Promise<ReportDetail | null | 'forbidden'> {
  if (code.length > 40) return null;
  const report = await db.report.findUnique({ where: { code: code.toUpperCase() }, select: detailSelect });
  if (!report) return null;
  if (!can(actor, 'report:handle', report)) return 'forbidden';
  return report;
}
