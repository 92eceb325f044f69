import 'server-only';
import { db } from '@/server/db';
import { audit } from '@/server/audit';
import { AppError } from '@/server/errors';
import { limit } from '@/server/rate-limit';
import { can, reportFacts, reportFactsSelect, type ReportAction, type Subject } from '@/server/permissions';
import type { reportRating } from '@/lib/validation/reports/report';
import type { z } from 'zod';
import { answerDeadline } from './calendar';
import { REPORT_CODE_PATTERN } from './codes';
import { NO_LONGER_PUBLIC, notifyReport } from './notify';
import { pageInfo, pageSlice } from '@/lib/pagination';

// What a signed-in resident does to a report: follow it, stop following it, rate the answer.

export const RESIDENT_LIMITS = {
  follow: { max: 30, windowSeconds: 10 * 60 },
  rate: { max: 10, windowSeconds: 60 * 60 },
} as const;

type Person = NonNullable<Subject>;

/** The report, when `user` may do `action` to it; not found otherwise, so a private code gives nothing away. */
async function reportFor(code: string, user: Person, action: ReportAction) {
  if (!REPORT_CODE_PATTERN.test(code)) throw new AppError('not_found');
  const report = await db.report.findUnique({
    where: { code },
    select: { id: true, code: true, status: true, ratedAt: true, answeredAt: true, ...reportFactsSelect },
  });
  if (!report || !can(user, action, reportFacts(report))) throw new AppError('not_found');
  return report;
}

async function rateLimited(key: string, rule: { max: number; windowSeconds: number }) {
  const r = await limit(key, rule.max, rule.windowSeconds);
  if (!r.ok) throw new AppError('rate_limited', 'rate_limited', { retryAfter: r.retryAfter });
}

/** Follows a report; following twice changes nothing. Returns the followers count. */
export async function followReport(user: Person, code: string): Promise<number> {
  await rateLimited(`report-follow:${user.id}`, RESIDENT_LIMITS.follow);
  const report = await reportFor(code, user, 'report:follow');
  await db.reportFollower.createMany({ data: [{ reportId: report.id, userId: user.id }], skipDuplicates: true });
  return db.reportFollower.count({ where: { reportId: report.id } });
}

export async function unfollowReport(user: Person, code: string): Promise<number> {
  await rateLimited(`report-follow:${user.id}`, RESIDENT_LIMITS.follow);
  const report = await reportFor(code, user, 'report:view');
  await db.reportFollower.deleteMany({ where: { reportId: report.id, userId: user.id } });
  return db.reportFollower.count({ where: { reportId: report.id } });
}

export type RatingInput = z.output<typeof reportRating>;

/**
 * The author rates the answer. "Satisfied" is recorded and changes nothing else; "not satisfied"
 * (with a reason) reopens the report with a new answer deadline and tells the followers.
 */
export async function rateReport(
  user: Person,
  code: string,
  input: RatingInput,
  now = new Date(),
): Promise<{ reopened: boolean }> {
  await rateLimited(`report-rate:${user.id}`, RESIDENT_LIMITS.rate);
  const report = await reportFor(code, user, 'report:view');
  if (report.authorId !== user.id) throw new AppError('forbidden');
  const lastAnswer = await db.reportEvent.findFirst({
    where: { reportId: report.id, kind: 'ANSWERED', internal: false },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  if (!can(user, 'report:rate', { report, lastAnsweredAt: lastAnswer?.createdAt ?? report.answeredAt })) {
    throw new AppError('conflict', 'ratingClosed');
  }
  const reopen = input.rating === 'NOT_SATISFIED';
  const dueAt = reopen ? await answerDeadline(now) : undefined;
  await db.$transaction(async (tx) => {
    // Only if nobody rated in between (two tabs, a double submission).
    const updated = await tx.report.updateMany({
      where: { id: report.id, ratedAt: report.ratedAt },
      data: {
        rating: input.rating,
        ratingReason: input.reason || null,
        ratedAt: now,
        ...(reopen ? { status: 'IN_PROGRESS' as const, closedAt: null, dueAt, committedAt: null } : {}),
      },
    });
    if (updated.count !== 1) throw new AppError('conflict', 'ratingClosed');
    await tx.reportEvent.create({
      data: {
        reportId: report.id,
        kind: 'RATED',
        actorId: user.id,
        note: input.reason,
        createdAt: now,
        status: reopen ? undefined : report.status,
      },
    });
    if (reopen) {
      await tx.reportEvent.create({
        data: {
          reportId: report.id,
          kind: 'REOPENED',
          status: 'IN_PROGRESS',
          actorId: user.id,
          note: input.reason,
          createdAt: new Date(now.getTime() + 1),
        },
      });
    }
    await audit(tx, {
      actorId: user.id,
      action: reopen ? 'report.reopen' : 'report.rate',
      entityType: 'Report',
      entityId: report.id,
      before: { status: report.status, ratedAt: report.ratedAt },
      after: { rating: input.rating, status: reopen ? 'IN_PROGRESS' : report.status, dueAt },
    });
  });
  if (reopen) await notifyReport(report.id, 'reopened', user.id);
  return { reopened: reopen };
}

// ----- notifications -----

export const NOTIFICATIONS_PAGE_SIZE = 20;

/**
 * One page of a person's notifications. A notification about a report they may no longer see (it
 * was hidden, or they lost access to a private one) says only that: its code, no title and no link,
 * whatever it said when it was sent.
 */
export async function listNotifications(user: Person, page: number, pageSize = NOTIFICATIONS_PAGE_SIZE) {
  const where = { userId: user.id };
  const [total, unread] = await Promise.all([db.notification.count({ where }), unreadCount(user.id)]);
  const { pages, pastEnd } = pageInfo(total, page, pageSize);
  const rows = pastEnd
    ? []
    : await db.notification.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        ...pageSlice(page, pageSize),
        select: {
          id: true,
          kind: true,
          params: true,
          readAt: true,
          createdAt: true,
          report: { select: { code: true, ...reportFactsSelect } },
        },
      });
  const items = rows.map(({ report, ...n }) => {
    if (!report) return { ...n, report: null };
    if (can(user, 'report:view', reportFacts(report))) return { ...n, report: { code: report.code } };
    return { ...n, kind: NO_LONGER_PUBLIC, params: { code: report.code }, report: null };
  });
  return { items, total, unread, page, pages, pastEnd };
}

export function unreadCount(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export async function markAllRead(userId: string, now = new Date()): Promise<number> {
  const r = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
  return r.count;
}

/** Opening a report reads its notifications. */
export async function markReportNotificationsRead(userId: string, reportId: string, now = new Date()): Promise<number> {
  const r = await db.notification.updateMany({ where: { userId, reportId, readAt: null }, data: { readAt: now } });
  return r.count;
}
