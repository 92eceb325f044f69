import 'server-only';
import { getPathname } from '@/i18n/paths';
import { db } from '../db';
import type { Prisma } from '@/generated/prisma/client';
import { env } from '../env';
import { translator } from '../i18n';
import type { AlertView } from './queries';

// Residents who asked for it (their account page) are emailed when an alert for their ward is
// issued, updated or cancelled: in Vietnamese with English below, through the portal's mail (the
// local outbox in development). An alert naming no ward concerns the whole city: every subscriber.
// The mail is queued in the transaction that issues the alert and sent after it (server/mail-queue.ts).

/** The verified, active subscribers living in one of the alert's wards (any ward if it names none). */
export async function alertRecipients(
  alert: Pick<AlertView, 'wards'>,
  client: Pick<typeof db, 'alertSubscription'> = db,
): Promise<string[]> {
  const codes = alert.wards.map((w) => w.code);
  const rows = await client.alertSubscription.findMany({
    where: {
      user: {
        disabledAt: null,
        deletedAt: null,
        emailVerified: { not: null },
        email: { not: null },
        wardCode: codes.length ? { in: codes } : { not: null },
      },
    },
    select: { user: { select: { email: true } } },
  });
  return rows.map((r) => r.user.email).filter((e): e is string => !!e);
}

/**
 * Queues the mail of an Actual alert for its subscribers, inside the transaction that issues it:
 * both commit or neither. Returns how many mails were queued.
 */
export async function queueAlertMail(tx: Prisma.TransactionClient, alert: AlertView): Promise<number> {
  if (alert.status !== 'ACTUAL') return 0;
  const to = await alertRecipients(alert, tx);
  if (to.length === 0) return 0;
  const vi = translator('vi', 'AlertMail');
  const en = translator('en', 'AlertMail');
  const base = env().PUBLIC_URL;
  const page = (locale: 'vi' | 'en') =>
    new URL(
      getPathname({ locale, href: { pathname: '/alerts/[id]', params: { id: alert.identifier } } }),
      base,
    ).toString();
  const kind = alert.msgType === 'CANCEL' ? 'cancel' : alert.msgType === 'UPDATE' ? 'update' : 'alert';
  const subject = vi(`subject.${kind}`, { headline: alert.headlineVi });
  const text = [
    alert.headlineVi,
    '',
    alert.descriptionVi,
    ...(alert.instructionVi ? ['', alert.instructionVi] : []),
    ...(alert.note ? ['', alert.note] : []),
    '',
    vi('more', { url: page('vi') }),
    vi('unsubscribe', { url: new URL(getPathname({ locale: 'vi', href: '/account' }), base).toString() }),
    '',
    '—',
    en(`subject.${kind}`, { headline: alert.headlineEn }),
    '',
    alert.descriptionEn,
    ...(alert.instructionEn ? ['', alert.instructionEn] : []),
    '',
    en('more', { url: page('en') }),
    en('unsubscribe', { url: new URL(getPathname({ locale: 'en', href: '/account' }), base).toString() }),
  ].join('\n');
  const { count } = await tx.mailJob.createMany({
    data: to.map((address) => ({ to: address, subject, text, topic: `alert:${alert.identifier}` })),
  });
  return count;
}

/** The resident's choice (their account page). */
export async function alertSubscription(userId: string): Promise<boolean> {
  return (await db.alertSubscription.findUnique({ where: { userId }, select: { userId: true } })) !== null;
}

export async function setAlertSubscription(userId: string, on: boolean): Promise<void> {
  if (on) await db.alertSubscription.upsert({ where: { userId }, update: {}, create: { userId } });
  else await db.alertSubscription.deleteMany({ where: { userId } });
}

/** What the account page shows: the choice, the resident's ward and whether their address is verified. */
export async function alertSubscriptionState(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      emailVerified: true,
      ward: { select: { code: true, name: true, nameEn: true } },
      alertSubscription: { select: { userId: true } },
    },
  });
  return {
    on: !!user?.alertSubscription,
    ward: user?.ward ?? null,
    verified: !!user?.emailVerified,
  };
}
