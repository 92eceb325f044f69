import 'server-only';
import type { z } from 'zod';
import type { Prisma, ReportStatus } from '@/generated/prisma/client';
import { endOfCityDay } from '@/lib/reports/deadline';
import { committedDateError, isOpen, transitionError } from '@/lib/reports/workflow-rules';
import type { statusChange } from '@/lib/validation/reports/report';
import { audit } from '../audit';
import { db } from '../db';
import type { ErrorCode } from '@/lib/errors';
import { AppError } from '../errors';
import { answerDeadline, publicHolidays } from './calendar';
import { can, isOfficial, reportFacts, reportFactsSelect } from '../permissions';
import { notifyNoLongerPublic, notifyReport, type ReportNotice } from './notify';

// Every official action on a citizen report: one transaction each (the report row locked first),
// authorised inside (server/permissions.ts, 'report:handle': the holding agency's officials and admins),
// audit-logged with before/after, and the author and followers notified after the commit.
// Refusals are AppErrors with a code of lib/errors.ts (or field errors).

export type Actor = { id: string; role: string; agencyId: string | null };
type Tx = Prisma.TransactionClient;

function fieldError(field: string, key: ErrorCode, code: 'bad_request' | 'conflict' | 'not_found' = 'bad_request') {
  return new AppError(code, 'invalid', { fields: { [field]: key } });
}

export function assertOfficial(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor) throw new AppError('unauthorized');
  if (!isOfficial(actor)) throw new AppError('forbidden');
}

const reportSelect = {
  id: true,
  code: true,
  status: true,
  agencyId: true,
  authorId: true,
  dueAt: true,
  committedAt: true,
  closedAt: true,
  duplicateOfId: true,
  hiddenAt: true,
  hiddenReason: true,
} satisfies Prisma.ReportSelect;
type LockedReport = Prisma.ReportGetPayload<{ select: typeof reportSelect }>;

/** Locks the report's row for the rest of the transaction and checks the actor may handle it. */
async function lockReport(tx: Tx, actor: Actor, code: string): Promise<LockedReport> {
  assertOfficial(actor);
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "Report" WHERE code = ${code.trim().toUpperCase()} FOR UPDATE`;
  if (!rows[0]) throw new AppError('not_found', 'adminReportNotFound');
  const report = await tx.report.findUniqueOrThrow({ where: { id: rows[0].id }, select: reportSelect });
  if (!can(actor, 'report:handle', report)) throw new AppError('forbidden');
  return report;
}

async function afterCommit(reportId: string, notice: ReportNotice, actorId: string) {
  try {
    await notifyReport(reportId, notice, actorId);
  } catch (e) {
    // The change is stored; a failed notification must not turn it into an error.
    console.error('Report notification failed', reportId, notice, e);
  }
}

const snapshot = (r: Partial<LockedReport>) => ({
  status: r.status,
  agencyId: r.agencyId,
  dueAt: r.dueAt,
  committedAt: r.committedAt,
  closedAt: r.closedAt,
  duplicateOfId: r.duplicateOfId,
  hiddenAt: r.hiddenAt,
  hiddenReason: r.hiddenReason,
});

// ----- assignment -----

/**
 * Routes an open report to another agency. The 1022 rule counts the 5 working days from routing,
 * so the receiving agency gets a new deadline from now; a committed date belonged to the previous
 * agency and is dropped. The previous values stay in the audit log.
 */
export async function assignReport(actor: Actor, input: { code: string; agencyId: string; note?: string }) {
  const dueAt = await answerDeadline(new Date());
  const result = await db.$transaction(async (tx) => {
    const report = await lockReport(tx, actor, input.code);
    if (!isOpen(report.status)) throw new AppError('conflict', 'closedCannotAssign');
    const agency = await tx.agency.findUnique({ where: { id: input.agencyId }, select: { id: true } });
    if (!agency) throw fieldError('agencyId', 'agencyUnknown');
    if (agency.id === report.agencyId) throw fieldError('agencyId', 'sameAgency', 'conflict');
    const after = await tx.report.update({
      where: { id: report.id },
      data: { agencyId: agency.id, dueAt, committedAt: null },
      select: reportSelect,
    });
    await tx.reportEvent.create({
      data: {
        reportId: report.id,
        kind: 'ASSIGNED',
        status: report.status,
        agencyId: agency.id,
        actorId: actor.id,
        note: input.note ?? '',
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: 'report.assign',
      entityType: 'Report',
      entityId: report.id,
      before: snapshot(report),
      after: snapshot(after),
    });
    return after;
  });
  await afterCommit(result.id, 'assigned', actor.id);
  return result;
}

// ----- status -----

type StatusInput = z.output<typeof statusChange>;

/**
 * Moves a report along RECEIVED → IN_PROGRESS → RESOLVED, or closes it as REJECTED (with a
 * reason) or DUPLICATE (of another report, by tracking code). The note is visible to the resident.
 * IN_PROGRESS may carry a committed date (a future working day), as a progress update does.
 */
export async function changeStatus(actor: Actor, code: string, input: StatusInput) {
  if (input.status === 'REJECTED' && !input.note)
    throw new AppError('bad_request', 'invalid', { fields: { note: 'rejectReasonRequired' } });
  if (input.status === 'DUPLICATE' && !input.duplicateOf)
    throw new AppError('bad_request', 'invalid', { fields: { duplicateOf: 'duplicateOfRequired' } });
  if (input.committedDate && input.status !== 'IN_PROGRESS')
    throw fieldError('committedDate', 'committedDateOnlyInProgress');
  const now = new Date();
  if (input.committedDate) {
    const problem = committedDateError(input.committedDate, now, await publicHolidays());
    if (problem) throw fieldError('committedDate', problem);
  }
  if (input.status === 'DUPLICATE') return markDuplicate(actor, code, input.duplicateOf!, input.note, now);

  const result = await db.$transaction(async (tx) => {
    const report = await lockReport(tx, actor, code);
    const refused = transitionError(report.status, input.status);
    if (refused) throw new AppError('conflict', refused);
    const closing = !isOpen(input.status);
    const committedAt = input.committedDate ? endOfCityDay(input.committedDate) : undefined;
    const after = await tx.report.update({
      where: { id: report.id },
      data: { status: input.status, closedAt: closing ? now : null, ...(committedAt ? { committedAt } : {}) },
      select: reportSelect,
    });
    await tx.reportEvent.create({
      data: {
        reportId: report.id,
        kind: 'STATUS_CHANGED',
        status: input.status,
        agencyId: report.agencyId,
        actorId: actor.id,
        note: input.note,
        committedDate: committedAt ?? null,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: 'report.status',
      entityType: 'Report',
      entityId: report.id,
      before: snapshot(report),
      after: { ...snapshot(after), note: input.note },
    });
    return after;
  });
  await afterCommit(result.id, 'statusChanged', actor.id);
  return result;
}

/**
 * Closes a report as a duplicate of an original that exists, is another report and is not itself
 * a duplicate. The duplicate's author and followers follow the original from now on (so they hear
 * of its answer), reports that pointed at the duplicate point at the original, and both timelines
 * get a MERGED event (its note is the other report's code).
 */
async function markDuplicate(actor: Actor, code: string, originalCode: string, note: string, now: Date) {
  const result = await db.$transaction(async (tx) => {
    const report = await lockReport(tx, actor, code);
    const refused = transitionError(report.status, 'DUPLICATE');
    if (refused) throw new AppError('conflict', refused);
    const original = await tx.report.findUnique({
      where: { code: originalCode.trim().toUpperCase() },
      select: { id: true, code: true, status: true, duplicateOfId: true, ...reportFactsSelect },
    });
    if (!original) throw fieldError('duplicateOf', 'duplicateNotFound', 'not_found');
    if (original.id === report.id) throw fieldError('duplicateOf', 'duplicateSelf');
    if (original.status === 'DUPLICATE' || original.duplicateOfId)
      throw fieldError('duplicateOf', 'duplicateOfDuplicate', 'conflict');

    const after = await tx.report.update({
      where: { id: report.id },
      data: { status: 'DUPLICATE', closedAt: now, duplicateOfId: original.id },
      select: reportSelect,
    });
    // Keep one level: what was merged into this report now points at the original.
    await tx.report.updateMany({ where: { duplicateOfId: report.id }, data: { duplicateOfId: original.id } });

    const followers = await tx.reportFollower.findMany({ where: { reportId: report.id }, select: { userId: true } });
    const people = new Set([...followers.map((f) => f.userId), ...(report.authorId ? [report.authorId] : [])]);
    if (original.authorId) people.delete(original.authorId);
    // Only those who may follow the original itself: a private or hidden original stays closed to them.
    const originalFacts = reportFacts(original);
    const allowed = (
      await tx.user.findMany({ where: { id: { in: [...people] } }, select: { id: true, role: true, agencyId: true } })
    ).filter((u) => can(u, 'report:follow', originalFacts));
    const merged = await tx.reportFollower.createMany({
      data: allowed.map((u) => ({ reportId: original.id, userId: u.id })),
      skipDuplicates: true,
    });

    await tx.reportEvent.createMany({
      data: [
        {
          reportId: report.id,
          kind: 'STATUS_CHANGED',
          status: 'DUPLICATE',
          agencyId: report.agencyId,
          actorId: actor.id,
          note,
        },
        {
          reportId: report.id,
          kind: 'MERGED',
          status: 'DUPLICATE',
          agencyId: report.agencyId,
          actorId: actor.id,
          note: original.code,
        },
        {
          reportId: original.id,
          kind: 'MERGED',
          status: original.status,
          agencyId: original.agencyId,
          actorId: actor.id,
          note: report.code,
        },
      ],
    });
    await audit(tx, {
      actorId: actor.id,
      action: 'report.duplicate',
      entityType: 'Report',
      entityId: report.id,
      before: snapshot(report),
      after: { ...snapshot(after), note, original: original.code, followersMerged: merged.count },
    });
    return { report: after, originalId: original.id };
  });
  await afterCommit(result.report.id, 'statusChanged', actor.id);
  await afterCommit(result.originalId, 'merged', actor.id);
  return result.report;
}

/**
 * A closed report back in progress (a resident's complaint by phone, a mistaken closing). The
 * 1022 clock starts again: 5 working days from the reopening.
 */
export async function reopenReport(actor: Actor, input: { code: string; note: string }) {
  const dueAt = await answerDeadline(new Date());
  const result = await db.$transaction(async (tx) => {
    const report = await lockReport(tx, actor, input.code);
    if (isOpen(report.status)) throw new AppError('conflict', 'alreadyOpen');
    const after = await tx.report.update({
      where: { id: report.id },
      data: { status: 'IN_PROGRESS', closedAt: null, duplicateOfId: null, dueAt, committedAt: null },
      select: reportSelect,
    });
    await tx.reportEvent.create({
      data: {
        reportId: report.id,
        kind: 'REOPENED',
        status: 'IN_PROGRESS',
        agencyId: report.agencyId,
        actorId: actor.id,
        note: input.note,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: 'report.reopen',
      entityType: 'Report',
      entityId: report.id,
      before: snapshot(report),
      after: { ...snapshot(after), note: input.note },
    });
    return after;
  });
  await afterCommit(result.id, 'reopened', actor.id);
  return result;
}

// ----- progress -----

/**
 * The 1022 rule's alternative to an answer within 5 working days: a progress update that commits
 * to a date (a future working day, kept as the end of that day in the city). A report still
 * RECEIVED moves to IN_PROGRESS.
 */
export async function progressUpdate(actor: Actor, input: { code: string; note: string; committedDate: string }) {
  const problem = committedDateError(input.committedDate, new Date(), await publicHolidays());
  if (problem) throw fieldError('progressDate', problem);
  const committedAt = endOfCityDay(input.committedDate);
  const result = await db.$transaction(async (tx) => {
    const report = await lockReport(tx, actor, input.code);
    if (!isOpen(report.status)) throw new AppError('conflict', 'closedNeedsReopen');
    const status: ReportStatus = 'IN_PROGRESS';
    const after = await tx.report.update({
      where: { id: report.id },
      data: { status, committedAt },
      select: reportSelect,
    });
    await tx.reportEvent.create({
      data: {
        reportId: report.id,
        kind: 'PROGRESS_UPDATE',
        status,
        agencyId: report.agencyId,
        actorId: actor.id,
        note: input.note,
        committedDate: committedAt,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: 'report.progress',
      entityType: 'Report',
      entityId: report.id,
      before: snapshot(report),
      after: { ...snapshot(after), note: input.note },
    });
    return after;
  });
  await afterCommit(result.id, 'progressUpdate', actor.id);
  return result;
}

// ----- moderation -----

/**
 * Hides a report from the public (or shows it again). Nothing is deleted: the agency in charge
 * still sees the original; the internal HIDDEN/UNHIDDEN event and the audit log keep the reason.
 * Its author and followers who lose sight of it are told, by its code alone, that it is no longer
 * public; from then on they hear nothing more of it (notifyReport asks server/permissions.ts).
 */
export async function setReportHidden(actor: Actor, input: { code: string; hidden: boolean; reason: string }) {
  if (input.hidden && !input.reason.trim()) throw fieldError('hideReason', 'hideReasonRequired');
  const result = await db.$transaction(async (tx) => {
    const report = await lockReport(tx, actor, input.code);
    if (input.hidden && report.hiddenAt) throw new AppError('conflict', 'alreadyHidden');
    if (!input.hidden && !report.hiddenAt) throw new AppError('conflict', 'notHidden');
    const after = await tx.report.update({
      where: { id: report.id },
      data: input.hidden
        ? { hiddenAt: new Date(), hiddenReason: input.reason.trim() }
        : { hiddenAt: null, hiddenReason: null },
      select: reportSelect,
    });
    await tx.reportEvent.create({
      data: {
        reportId: report.id,
        kind: input.hidden ? 'HIDDEN' : 'UNHIDDEN',
        status: report.status,
        agencyId: report.agencyId,
        actorId: actor.id,
        note: input.reason.trim(),
        internal: true,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: input.hidden ? 'report.hide' : 'report.unhide',
      entityType: 'Report',
      entityId: report.id,
      before: { hiddenAt: report.hiddenAt, hiddenReason: report.hiddenReason },
      after: { hiddenAt: after.hiddenAt, hiddenReason: after.hiddenReason, reason: input.reason.trim() },
    });
    return after;
  });
  if (input.hidden) {
    try {
      await notifyNoLongerPublic(result.id, actor.id);
    } catch (e) {
      console.error('Report notification failed', result.id, 'noLongerPublic', e);
    }
  }
  return result;
}

/** An internal event's note about a photo names it by number ("#2 · reason"), as the timeline shows it. */
export const photoNote = (position: number, reason: string) => `#${position + 1} · ${reason}`.trim();
export const PHOTO_NOTE = /^#(\d+) · ?(.*)$/s;

/** The same for one photo of a report (its files are kept). */
export async function setPhotoHidden(
  actor: Actor,
  input: { code: string; photoId: string; hidden: boolean; reason: string },
) {
  if (input.hidden && !input.reason.trim()) throw fieldError('reason', 'hideReasonRequired');
  return db.$transaction(async (tx) => {
    const report = await lockReport(tx, actor, input.code);
    const photo = await tx.reportPhoto.findFirst({
      where: { id: input.photoId, reportId: report.id },
      select: { id: true, position: true, hiddenAt: true, hiddenReason: true },
    });
    if (!photo) throw new AppError('not_found', 'photoNotFound');
    if (input.hidden && photo.hiddenAt) throw new AppError('conflict', 'alreadyHidden');
    if (!input.hidden && !photo.hiddenAt) throw new AppError('conflict', 'notHidden');
    const after = await tx.reportPhoto.update({
      where: { id: photo.id },
      data: input.hidden
        ? { hiddenAt: new Date(), hiddenReason: input.reason.trim() }
        : { hiddenAt: null, hiddenReason: null },
      select: { hiddenAt: true, hiddenReason: true },
    });
    await tx.reportEvent.create({
      data: {
        reportId: report.id,
        kind: input.hidden ? 'HIDDEN' : 'UNHIDDEN',
        status: report.status,
        agencyId: report.agencyId,
        actorId: actor.id,
        note: photoNote(photo.position, input.reason.trim()),
        internal: true,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: input.hidden ? 'report.photo.hide' : 'report.photo.unhide',
      entityType: 'ReportPhoto',
      entityId: photo.id,
      before: { reportCode: report.code, hiddenAt: photo.hiddenAt, hiddenReason: photo.hiddenReason },
      after: {
        reportCode: report.code,
        hiddenAt: after.hiddenAt,
        hiddenReason: after.hiddenReason,
        reason: input.reason.trim(),
      },
    });
    return after;
  });
}
