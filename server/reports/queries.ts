import 'server-only';
import { cache } from 'react';
import type { Prisma, ReportEventKind, ReportStatus } from '@/generated/prisma/client';
import { db } from '@/server/db';
import { endOfCityDay } from '@/lib/reports/deadline';
import { isOverdue } from '@/lib/reports/access';
import { can, reportFacts, reportFactsSelect, type Subject } from '@/server/permissions';
import { REPORT_PAGE_SIZE, type ReportFilters, type ReportQuery } from '@/lib/validation/reports/query';
import { REPORT_CODE_PATTERN } from './codes';
import { pageInfo, pageSlice } from '@/lib/pagination';

export { isOverdue } from '@/lib/reports/access';

// Reads of citizen reports for the public and resident pages. Only this file decides which
// reports a list may show: public (isPublic) and not hidden, never a private one. Who may open one
// report is server/permissions.ts's answer.

const OPEN: ReportStatus[] = ['RECEIVED', 'IN_PROGRESS'];
const DAY_MS = 24 * 60 * 60 * 1000;

/** Events only officials see, whatever their `internal` flag says. */
const INTERNAL_KINDS: ReportEventKind[] = ['HIDDEN', 'UNHIDDEN'];

export const publicOnly: Prisma.ReportWhereInput = { isPublic: true, hiddenAt: null };

function overdueWhere(now: Date): Prisma.ReportWhereInput {
  return {
    status: { in: OPEN },
    OR: [{ committedAt: { lt: now } }, { committedAt: null, dueAt: { lt: now } }],
  };
}

/** The filters as a Prisma condition (on top of publicOnly); `except` leaves one out, for facet counts. */
export function filterWhere(
  filters: ReportFilters,
  now = new Date(),
  except?: 'status' | 'category' | 'ward',
): Prisma.ReportWhereInput {
  const and: Prisma.ReportWhereInput[] = [publicOnly];
  if (filters.status && except !== 'status')
    and.push(filters.status === 'OVERDUE' ? overdueWhere(now) : { status: filters.status });
  if (filters.category && except !== 'category') and.push({ categoryCode: filters.category });
  if (filters.ward && except !== 'ward') and.push({ wardCode: filters.ward });
  if (filters.period) and.push({ createdAt: { gte: new Date(now.getTime() - Number(filters.period) * DAY_MS) } });
  // Dates are whole days in Ho Chi Minh City.
  if (filters.from) and.push({ createdAt: { gte: new Date(endOfCityDay(filters.from).getTime() + 1 - DAY_MS) } });
  if (filters.to) and.push({ createdAt: { lte: endOfCityDay(filters.to) } });
  return { AND: and };
}

function orderOf(sort: ReportQuery['sort']): Prisma.ReportOrderByWithRelationInput[] {
  if (sort === 'oldest') return [{ createdAt: 'asc' }, { id: 'asc' }];
  if (sort === 'followed') return [{ followers: { _count: 'desc' } }, { createdAt: 'desc' }, { id: 'asc' }];
  return [{ createdAt: 'desc' }, { id: 'asc' }];
}

const listSelect = {
  id: true,
  code: true,
  title: true,
  status: true,
  createdAt: true,
  dueAt: true,
  committedAt: true,
  lat: true,
  lng: true,
  hideAuthorName: true,
  author: { select: { name: true } },
  category: { select: { code: true, nameVi: true, nameEn: true } },
  ward: { select: { code: true, name: true, nameEn: true } },
  photos: {
    where: { hiddenAt: null, eventId: null, promotedAt: { not: null } },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    take: 1,
    select: { id: true, altText: true },
  },
  _count: { select: { followers: true } },
} satisfies Prisma.ReportSelect;

type ListRow = Prisma.ReportGetPayload<{ select: typeof listSelect }>;

export type ReportListItem = {
  id: string;
  code: string;
  title: string;
  status: ReportStatus;
  createdAt: Date;
  overdue: boolean;
  category: { code: string; nameVi: string; nameEn: string };
  ward: { code: string; name: string; nameEn: string | null } | null;
  /** null: "A resident" (the author asked to hide their name, or there is no account). */
  authorName: string | null;
  thumb: { id: string; altText: string } | null;
  followers: number;
  lat: number | null;
  lng: number | null;
};

function toItem(r: ListRow, now: Date): ReportListItem {
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    status: r.status,
    createdAt: r.createdAt,
    overdue: isOverdue(r, now),
    category: r.category,
    ward: r.ward,
    authorName: !r.hideAuthorName && r.author ? r.author.name : null,
    thumb: r.photos[0] ?? null,
    followers: r._count.followers,
    lat: r.lat,
    lng: r.lng,
  };
}

export type ReportFacets = {
  status: Record<string, number>;
  category: Record<string, number>;
  ward: Record<string, number>;
};

async function facets(filters: ReportFilters, now: Date): Promise<ReportFacets> {
  const [byStatus, overdue, byCategory, byWard] = await Promise.all([
    db.report.groupBy({ by: ['status'], where: filterWhere(filters, now, 'status'), _count: { _all: true } }),
    db.report.count({ where: { AND: [filterWhere(filters, now, 'status'), overdueWhere(now)] } }),
    db.report.groupBy({ by: ['categoryCode'], where: filterWhere(filters, now, 'category'), _count: { _all: true } }),
    db.report.groupBy({ by: ['wardCode'], where: filterWhere(filters, now, 'ward'), _count: { _all: true } }),
  ]);
  const status: Record<string, number> = Object.fromEntries(byStatus.map((g) => [g.status, g._count._all]));
  status.OVERDUE = overdue;
  return {
    status,
    category: Object.fromEntries(byCategory.map((g) => [g.categoryCode, g._count._all])),
    ward: Object.fromEntries(byWard.filter((g) => g.wardCode).map((g) => [g.wardCode!, g._count._all])),
  };
}

export type ReportPage = {
  items: ReportListItem[];
  total: number;
  page: number;
  pages: number;
  /** The page asked for is past the last one (the items are then empty). */
  pastEnd: boolean;
  facets: ReportFacets;
};

/** One page of public reports with the counts behind each filter. */
export async function listPublicReports(
  query: ReportQuery,
  now = new Date(),
  pageSize = REPORT_PAGE_SIZE,
): Promise<ReportPage> {
  const where = filterWhere(query, now);
  const [total, facetCounts] = await Promise.all([db.report.count({ where }), facets(query, now)]);
  const { pages, pastEnd } = pageInfo(total, query.page, pageSize);
  const rows = pastEnd
    ? []
    : await db.report.findMany({
        where,
        orderBy: orderOf(query.sort),
        ...pageSlice(query.page, pageSize),
        select: listSelect,
      });
  return { items: rows.map((r) => toItem(r, now)), total, page: query.page, pages, pastEnd, facets: facetCounts };
}

export const MAP_LIMIT = 500;

/** Public reports with a point, for the map and the table under it (newest first, at most MAP_LIMIT). */
export async function mapReports(
  filters: ReportFilters,
  now = new Date(),
): Promise<{ items: ReportListItem[]; total: number }> {
  const where: Prisma.ReportWhereInput = {
    AND: [filterWhere(filters, now), { lat: { not: null }, lng: { not: null } }],
  };
  const [total, rows] = await Promise.all([
    db.report.count({ where }),
    db.report.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: MAP_LIMIT, select: listSelect }),
  ]);
  return { total, items: rows.map((r) => toItem(r, now)) };
}

/** The newest public reports for the RSS feed. */
export async function feedReports(query: ReportQuery, limit = 50, now = new Date()) {
  return db.report.findMany({
    where: filterWhere(query, now),
    orderBy: orderOf(query.sort),
    take: limit,
    select: {
      code: true,
      title: true,
      description: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      category: { select: { nameVi: true, nameEn: true } },
      ward: { select: { name: true, nameEn: true } },
    },
  });
}

/** Categories and wards for the filter form. */
export async function filterOptions() {
  const [categories, wards] = await Promise.all([
    db.reportCategory.findMany({
      orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
      select: { code: true, nameVi: true, nameEn: true },
    }),
    db.administrativeUnit.findMany({
      where: { level: { not: 'CITY' } },
      orderBy: { name: 'asc' },
      select: { code: true, name: true, nameEn: true },
    }),
  ]);
  return { categories, wards };
}

// ----- one report -----

/** A report's own columns, as both its public page and the back office read them. */
export const reportColumnsSelect = {
  id: true,
  code: true,
  title: true,
  description: true,
  status: true,
  isPublic: true,
  hideAuthorName: true,
  agencyId: true,
  address: true,
  lat: true,
  lng: true,
  dueAt: true,
  committedAt: true,
  answeredAt: true,
  closedAt: true,
  rating: true,
  ratingReason: true,
  ratedAt: true,
  hiddenAt: true,
  hiddenReason: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** An event's own columns, as the report's timeline on both sides reads them. */
export const reportEventColumnsSelect = {
  id: true,
  kind: true,
  status: true,
  note: true,
  internal: true,
  committedDate: true,
  createdAt: true,
} as const;

const detailSelect = {
  ...reportColumnsSelect,
  authorId: true,
  author: { select: { name: true } },
  category: { select: { code: true, nameVi: true, nameEn: true } },
  agency: { select: { code: true, nameVi: true, nameEn: true } },
  ward: { select: { code: true, name: true, nameEn: true } },
  duplicateOf: { select: { code: true, title: true, ...reportFactsSelect } },
  photos: {
    // A photo whose files are not yet visible (promotion pending after a crash) is not shown; one
    // whose files are gone for good is, as "photo unavailable".
    where: { OR: [{ promotedAt: { not: null } }, { filesMissingAt: { not: null } }] },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: {
      id: true,
      eventId: true,
      altText: true,
      width: true,
      height: true,
      thumbWidth: true,
      thumbHeight: true,
      hiddenAt: true,
      filesMissingAt: true,
    },
  },
  events: {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      ...reportEventColumnsSelect,
      agencyId: true,
      agency: { select: { nameVi: true, nameEn: true } },
    },
  },
  _count: { select: { followers: true } },
} satisfies Prisma.ReportSelect;

type DetailRow = Prisma.ReportGetPayload<{ select: typeof detailSelect }>;
export type ReportPhotoView = DetailRow['photos'][number];
export type ReportEventView = DetailRow['events'][number] & { photos: ReportPhotoView[] };

export type ReportView = Omit<DetailRow, 'photos' | 'events' | '_count' | 'author' | 'duplicateOf'> & {
  authorName: string | null;
  overdue: boolean;
  followers: number;
  following: boolean;
  isAuthor: boolean;
  /** The viewer is an official of the agency that holds or held it, or an admin (server/permissions.ts). */
  viewerInCharge: boolean;
  canRate: boolean;
  /** The report's own photos (hidden ones only for officials). */
  photos: ReportPhotoView[];
  /** The timeline the viewer may see, oldest first. */
  events: ReportEventView[];
  /** Official answers, oldest first, with their photos. */
  answers: ReportEventView[];
  duplicateOf: { code: string; title: string } | null;
};

/**
 * A report as `viewer` may see it, or null when it does not exist or is not theirs to see (the
 * page answers 404 either way, so a private code gives nothing away).
 */
export async function loadReport(code: string, viewer: Subject, now = new Date()): Promise<ReportView | null> {
  if (!REPORT_CODE_PATTERN.test(code)) return null;
  const row = await db.report.findUnique({ where: { code }, select: detailSelect });
  if (!row) return null;
  const facts = reportFacts(row);
  if (!can(viewer, 'report:view', facts)) return null;
  const inCharge = can(viewer, 'report:view-internal', facts);
  const internalEvents = new Set(
    row.events.filter((e) => e.internal || INTERNAL_KINDS.includes(e.kind)).map((e) => e.id),
  );
  const photoVisible = (p: ReportPhotoView) =>
    can(viewer, 'photo:view', {
      report: facts,
      photo: { hiddenAt: p.hiddenAt, internal: Boolean(p.eventId && internalEvents.has(p.eventId)) },
    });
  const events = row.events
    .filter((e) => inCharge || !internalEvents.has(e.id))
    .map((e) => ({ ...e, photos: row.photos.filter((p) => p.eventId === e.id && photoVisible(p)) }));
  const answers = events.filter((e) => e.kind === 'ANSWERED');
  const lastAnsweredAt = answers.length ? answers[answers.length - 1]!.createdAt : row.answeredAt;
  const following = viewer
    ? Boolean(
        await db.reportFollower.findUnique({
          where: { reportId_userId: { reportId: row.id, userId: viewer.id } },
          select: { userId: true },
        }),
      )
    : false;
  const { photos, _count, author, duplicateOf, ...rest } = row;
  return {
    ...rest,
    authorName: !row.hideAuthorName && author ? author.name : null,
    overdue: isOverdue(row, now),
    followers: _count.followers,
    following,
    isAuthor: Boolean(viewer && row.authorId === viewer.id),
    viewerInCharge: inCharge,
    canRate: can(viewer, 'report:rate', { report: row, lastAnsweredAt }),
    photos: photos.filter((p) => !p.eventId && photoVisible(p)),
    events,
    answers,
    duplicateOf: duplicateOf
      ? { code: duplicateOf.code, title: can(viewer, 'report:view', reportFacts(duplicateOf)) ? duplicateOf.title : '' }
      : null,
  };
}

/** Per request: the page and its metadata share one read. */
export const loadReportCached = cache(loadReport);

// ----- the resident's own reports -----

export async function myReports(userId: string, page: number, pageSize = REPORT_PAGE_SIZE, now = new Date()) {
  const where: Prisma.ReportWhereInput = { authorId: userId };
  const total = await db.report.count({ where });
  const { pages, pastEnd } = pageInfo(total, page, pageSize);
  const rows = pastEnd
    ? []
    : await db.report.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        ...pageSlice(page, pageSize),
        select: {
          id: true,
          code: true,
          title: true,
          status: true,
          isPublic: true,
          hiddenAt: true,
          createdAt: true,
          updatedAt: true,
          dueAt: true,
          committedAt: true,
          category: { select: { nameVi: true, nameEn: true } },
          events: {
            where: { internal: false, kind: { notIn: INTERNAL_KINDS } },
            orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
            take: 1,
            select: { kind: true, status: true, createdAt: true },
          },
        },
      });
  return {
    total,
    page,
    pages,
    pastEnd,
    items: rows.map(({ events, ...r }) => ({ ...r, overdue: isOverdue(r, now), latest: events[0] ?? null })),
  };
}
