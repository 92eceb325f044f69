import 'server-only';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Prisma } from '@/generated/prisma/client';
import { ALERT_SENDER } from '@/lib/alerts/values';
import { pageCount, pageSlice, clampPage } from '@/lib/pagination';
import type { AlertCancel, AlertEdit } from '@/lib/validation/alerts';
import { audit } from '../audit';
import { db } from '../db';
import { AppError } from '../errors';
import { can, type RoleHolder } from '../permissions';
import { queueAlertMail } from './notify';
import { kickMailQueue } from '../mail-queue';
import { alertSelect, view, type AlertView } from './queries';
import { refreshAlertPages } from './refresh';

// The alerts back office (EDITOR and ADMIN). Every message is prepared first, shown as a preview
// (its banner and its CAP document), and only then issued: issuing stamps `sent`, replaces the
// message it updates or cancels, refreshes every cached page and emails the ward's subscribers.
// Each step is in the audit log.

type Actor = RoleHolder & { id: string };
type Tx = Prisma.TransactionClient;

function authorise(user: Actor | null | undefined): asserts user is Actor {
  if (!user) throw new AppError('unauthorized');
  if (!can(user, 'alert:issue')) throw new AppError('forbidden');
}

/** A CAP identifier: letters, digits and dashes only, so it is also a clean address segment. */
export function newIdentifier(now: Date): string {
  const city = new Date(now.getTime() + 7 * 3_600_000).toISOString();
  const stamp = city.slice(0, 19).replace(/[-:T]/g, '');
  return `CDS-${stamp}-${randomBytes(3).toString('hex').toUpperCase()}`;
}

const snapshot = (a: Record<string, unknown>) => JSON.parse(JSON.stringify(a)) as Record<string, unknown>;

// ----- reading -----

export const ADMIN_PAGE_SIZE = 20;

/** The latest message of every alert, previews and Test/Exercise included, newest first. */
export async function listAlertsForAdmin(requested: number) {
  const where = { supersededAt: null } satisfies Prisma.AlertWhereInput;
  const total = await db.alert.count({ where });
  const pages = pageCount(total, ADMIN_PAGE_SIZE);
  const page = clampPage(requested, pages);
  const rows = await db.alert.findMany({
    where,
    select: alertSelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    ...pageSlice(page, ADMIN_PAGE_SIZE),
  });
  return { rows: rows.map(view), page, pages };
}

/** One message for the back office (any status, a preview too), with the messages of its alert. */
export async function alertForAdmin(id: string) {
  const row = await db.alert.findUnique({ where: { id }, select: alertSelect });
  if (!row) return null;
  const thread = await db.alert.findMany({
    where: { threadId: row.threadId, issuedAt: { not: null } },
    select: { id: true, identifier: true, sender: true, sent: true, msgType: true, supersededAt: true },
    orderBy: [{ sent: 'asc' }, { identifier: 'asc' }],
  });
  return { alert: view(row), thread };
}

// ----- preparing -----

/** The message an update or cancel replaces: issued, the latest of its alert, not cancelled. */
async function currentMessage(tx: Tx | typeof db, id: string, now: Date, field: string) {
  const row = await tx.alert.findUnique({ where: { id }, select: alertSelect });
  if (!row || !row.issuedAt)
    throw new AppError('unprocessable', 'invalidFields', { fields: { [field]: 'alertUnknown' } });
  if (row.supersededAt || row.msgType === 'CANCEL' || row.expires.getTime() <= now.getTime())
    throw new AppError('unprocessable', 'invalidFields', { fields: { [field]: 'alertNotCurrent' } });
  return row;
}

async function checkWards(wards: string[]) {
  if (!wards.length) return;
  const known = await db.administrativeUnit.count({ where: { code: { in: wards } } });
  if (known !== wards.length)
    throw new AppError('unprocessable', 'invalidFields', { fields: { wards: 'alertWardUnknown' } });
}

/** A preview that has not been issued yet, locked for the change. */
async function lockDraft(tx: Tx, id: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Alert" WHERE id = ${id} FOR UPDATE`;
  if (!locked.length) throw new AppError('not_found', 'alertUnknown');
  const row = await tx.alert.findUniqueOrThrow({ where: { id }, select: alertSelect });
  if (row.issuedAt) throw new AppError('conflict', 'alertAlreadyIssued');
  return row;
}

/**
 * Prepares a new alert or an update (`references`), or changes a preview (`draftId`). Nothing is
 * public until `issueAlert`. Refused with a field error: an expiry before the onset (the schema) or
 * already past, an unknown ward, an update of an alert that does not exist or is no longer current.
 */
export async function prepareAlert(user: Actor | null | undefined, input: AlertEdit, now = new Date()) {
  authorise(user);
  const { draftId, references, wards, ...fields } = input;
  if (fields.expires.getTime() <= now.getTime())
    throw new AppError('unprocessable', 'invalidFields', { fields: { expires: 'alertExpired' } });
  await checkWards(wards);
  const previous = references ? await currentMessage(db, references, now, 'references') : null;
  // An update keeps the status of the alert it updates: an exercise cannot turn into an actual alert.
  const data = {
    ...fields,
    ...(previous ? { status: previous.status } : {}),
    msgType: previous ? ('UPDATE' as const) : ('ALERT' as const),
    referencesId: previous?.id ?? null,
  };
  return db.$transaction(async (tx) => {
    if (draftId) {
      const before = await lockDraft(tx, draftId);
      if ((before.referencesId ?? null) !== (previous?.id ?? null) || before.msgType === 'CANCEL')
        throw new AppError('unprocessable', 'invalidFields', { fields: { references: 'alertUnknown' } });
      await tx.alertWard.deleteMany({ where: { alertId: draftId } });
      await tx.alert.update({
        where: { id: draftId },
        data: { ...data, wards: { create: wards.map((wardCode) => ({ wardCode })) } },
      });
      await audit(tx, {
        actorId: user.id,
        action: 'alert.prepare',
        entityType: 'alert',
        entityId: draftId,
        before: snapshot(view(before)),
        after: snapshot({ ...data, wardCodes: wards }),
      });
      return { id: draftId };
    }
    const id = randomUUID();
    await tx.alert.create({
      data: {
        id,
        identifier: newIdentifier(now),
        sender: ALERT_SENDER,
        sent: now,
        threadId: previous?.threadId ?? id,
        createdById: user.id,
        ...data,
        wards: { create: wards.map((wardCode) => ({ wardCode })) },
      },
    });
    await audit(tx, {
      actorId: user.id,
      action: 'alert.prepare',
      entityType: 'alert',
      entityId: id,
      after: snapshot({ ...data, wardCodes: wards }),
    });
    return { id };
  });
}

/** Prepares the cancellation of an alert: a Cancel message with the same information and a note why. */
export async function prepareCancel(user: Actor | null | undefined, input: AlertCancel, now = new Date()) {
  authorise(user);
  const previous = await currentMessage(db, input.references, now, 'references');
  const { id: _id, identifier: _identifier, wards, issuedAt: _i, supersededAt: _s, ...rest } = previous;
  const id = randomUUID();
  const data = {
    ...rest,
    id,
    identifier: newIdentifier(now),
    sent: now,
    msgType: 'CANCEL' as const,
    note: input.note,
    referencesId: previous.id,
    urgency: 'PAST' as const,
    responseType: 'AllClear',
    createdById: user.id,
  };
  await db.$transaction(async (tx) => {
    await tx.alert.create({ data: { ...data, wards: { create: wards.map((w) => ({ wardCode: w.ward.code })) } } });
    await audit(tx, {
      actorId: user.id,
      action: 'alert.prepare-cancel',
      entityType: 'alert',
      entityId: id,
      after: snapshot({ references: previous.identifier, note: input.note }),
    });
  });
  return { id };
}

/** Throws a preview away. */
export async function discardDraft(user: Actor | null | undefined, id: string) {
  authorise(user);
  await db.$transaction(async (tx) => {
    const before = await lockDraft(tx, id);
    await tx.alert.delete({ where: { id } });
    await audit(tx, {
      actorId: user.id,
      action: 'alert.discard',
      entityType: 'alert',
      entityId: id,
      before: snapshot(view(before)),
    });
  });
}

// ----- issuing -----

/**
 * Issues a preview: `sent` becomes now, the message it updates or cancels is replaced, every cached
 * page is refreshed (the banner), and subscribers of its wards are emailed (Actual alerts only).
 * Refused when the message it replaces changed meanwhile (another official updated or cancelled it).
 */
export async function issueAlert(user: Actor | null | undefined, id: string, now = new Date()): Promise<AlertView> {
  authorise(user);
  const issued = await db.$transaction(async (tx) => {
    const draft = await lockDraft(tx, id);
    if (draft.msgType !== 'CANCEL' && draft.expires.getTime() <= now.getTime())
      throw new AppError('unprocessable', 'alertExpired');
    if (draft.referencesId) {
      await tx.$queryRaw`SELECT id FROM "Alert" WHERE id = ${draft.referencesId} FOR UPDATE`;
      const previous = await tx.alert.findUnique({
        where: { id: draft.referencesId },
        select: { supersededAt: true, issuedAt: true, msgType: true },
      });
      if (!previous?.issuedAt) throw new AppError('unprocessable', 'alertUnknown');
      if (previous.supersededAt || previous.msgType === 'CANCEL') throw new AppError('conflict', 'alertNotCurrent');
      await tx.alert.update({ where: { id: draft.referencesId }, data: { supersededAt: now } });
    }
    const row = await tx.alert.update({
      where: { id },
      data: { sent: now, issuedAt: now },
      select: alertSelect,
    });
    await audit(tx, {
      actorId: user.id,
      action: `alert.issue.${row.msgType.toLowerCase()}`,
      entityType: 'alert',
      entityId: id,
      after: snapshot({ identifier: row.identifier, status: row.status, msgType: row.msgType, sent: row.sent }),
    });
    const issuedView = view(row);
    // The subscribers' mail commits with the alert and is sent after it (server/mail-queue.ts).
    await queueAlertMail(tx, issuedView);
    return issuedView;
  });
  // Committed: refresh the pages, then send the queued mail in the background. A failure here is
  // logged; the alert stays issued. Test, Exercise and Draft messages change no page and reach nobody.
  if (issued.status !== 'ACTUAL') return issued;
  try {
    await refreshAlertPages();
  } catch (error) {
    console.error('Refreshing pages after an alert failed:', error);
  }
  kickMailQueue();
  return issued;
}
