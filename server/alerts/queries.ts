import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { bannerOrder } from '@/lib/alerts/rules';
import { db } from '../db';

// What the public reads of emergency alerts: only issued Actual messages. Test, Exercise and Draft
// messages and those still in preview never leave the back office (lib/alerts/rules.ts says the same).

export const alertSelect = {
  id: true,
  identifier: true,
  sender: true,
  sent: true,
  status: true,
  msgType: true,
  scope: true,
  note: true,
  threadId: true,
  referencesId: true,
  supersededAt: true,
  issuedAt: true,
  category: true,
  responseType: true,
  urgency: true,
  severity: true,
  certainty: true,
  eventVi: true,
  eventEn: true,
  headlineVi: true,
  headlineEn: true,
  descriptionVi: true,
  descriptionEn: true,
  instructionVi: true,
  instructionEn: true,
  areaDescVi: true,
  areaDescEn: true,
  onset: true,
  expires: true,
  polygon: true,
  circle: true,
  wards: {
    select: { ward: { select: { code: true, name: true, nameEn: true } } },
    orderBy: { wardCode: 'asc' },
  },
} satisfies Prisma.AlertSelect;

type Row = Prisma.AlertGetPayload<{ select: typeof alertSelect }>;
export type AlertView = Omit<Row, 'wards'> & { wards: { code: string; name: string; nameEn: string | null }[] };

export const view = (row: Row): AlertView => ({ ...row, wards: row.wards.map((w) => w.ward) });

const PUBLIC = { status: 'ACTUAL', issuedAt: { not: null } } satisfies Prisma.AlertWhereInput;

/** The `where` of the banner: the latest message of an issued Actual alert, not a cancel, in force now. */
export function activeWhere(now: Date): Prisma.AlertWhereInput {
  return { ...PUBLIC, msgType: { not: 'CANCEL' }, supersededAt: null, sent: { lte: now }, expires: { gt: now } };
}

/** Active alerts, most severe first (the banner, the alerts page, the CAP feed). */
export async function activeAlerts(now = new Date()): Promise<AlertView[]> {
  const rows = await db.alert.findMany({ where: activeWhere(now), select: alertSelect, orderBy: { sent: 'desc' } });
  return bannerOrder(rows.map(view));
}

/** Active alerts of one ward, and those of the whole city (no ward named). */
export async function activeAlertsForWard(wardCode: string, now = new Date()): Promise<AlertView[]> {
  const rows = await db.alert.findMany({
    where: {
      ...activeWhere(now),
      OR: [{ wards: { none: {} } }, { wards: { some: { wardCode } } }],
    },
    select: alertSelect,
    orderBy: { sent: 'desc' },
  });
  return bannerOrder(rows.map(view));
}

export const PAST_ALERTS_SHOWN = 50;

/** Alerts no longer in force (expired or cancelled), the latest message of each, newest first. */
export async function pastAlerts(now = new Date(), take = PAST_ALERTS_SHOWN): Promise<AlertView[]> {
  const rows = await db.alert.findMany({
    where: { ...PUBLIC, supersededAt: null, OR: [{ msgType: 'CANCEL' }, { expires: { lte: now } }] },
    select: alertSelect,
    orderBy: [{ sent: 'desc' }, { identifier: 'asc' }],
    take,
  });
  return rows.map(view);
}

/** One public message by its CAP identifier, with every issued message of its alert (oldest first). */
export async function publicAlert(identifier: string) {
  const row = await db.alert.findFirst({ where: { ...PUBLIC, identifier }, select: alertSelect });
  if (!row) return null;
  const thread = await db.alert.findMany({
    where: { ...PUBLIC, threadId: row.threadId },
    select: { identifier: true, sender: true, sent: true, msgType: true, supersededAt: true },
    orderBy: [{ sent: 'asc' }, { identifier: 'asc' }],
  });
  const references = thread.filter((m) => m.sent.getTime() < row.sent.getTime() && m.identifier !== row.identifier);
  const latest = thread.find((m) => m.supersededAt === null) ?? null;
  return { alert: view(row), thread, references, latest };
}

/** Whether a ward exists (the per-ward feeds answer 404 for an unknown one). */
export async function wardByCode(code: string) {
  return db.administrativeUnit.findUnique({ where: { code }, select: { code: true, name: true, nameEn: true } });
}

/** The state the banner depends on: the identifiers of the active alerts (the alert clock compares it). */
export async function activeAlertsKey(now = new Date()): Promise<string> {
  const rows = await db.alert.findMany({ where: activeWhere(now), select: { identifier: true } });
  return rows
    .map((r) => r.identifier)
    .sort()
    .join(' ');
}
