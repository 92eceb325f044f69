import 'server-only';
import { repeatInBackground } from './background';
import { db } from './db';
import { isDatabaseUnavailable } from './http/outage';
import { sendMail, type Mail } from './mail';

// Mail to many people (an alert's subscribers) goes through a queue in the database: the rows are
// written in the transaction that makes the mail due, and sent afterwards by whichever worker gets
// to them first, so the official issuing an alert does not wait for a thousand deliveries and a
// crash loses none of them (docs/decisions/026-emergency-alerts.md). A mail that fails is tried
// again later, with a growing delay, MAIL_ATTEMPTS times in all. Delivery is at least once: a worker
// that dies between a delivery and its record sends that one mail again.

export const MAIL_ATTEMPTS = 8;
/** Sent or given-up mail (addresses, text) is kept this long for the record, then deleted. */
export const MAIL_KEPT_MS = 30 * 24 * 60 * 60 * 1000;
const BATCH = 50;

type Claimed = { id: string; to: string; subject: string; text: string; attempts: number };

/**
 * Takes up to BATCH due mails for this worker: the claim moves each one's due time forward (1, 2,
 * 4… minutes), so a worker that stops halfway leaves them to be taken again then, and two workers
 * never take the same mail at once (SKIP LOCKED).
 */
function claim(): Promise<Claimed[]> {
  return db.$queryRaw<Claimed[]>`
    UPDATE "MailJob" SET "attempts" = "attempts" + 1,
      "dueAt" = now() + make_interval(mins => power(2, least("attempts", 12))::int)
    WHERE "id" IN (
      SELECT "id" FROM "MailJob"
      WHERE "sentAt" IS NULL AND "failedAt" IS NULL AND "dueAt" <= now()
      ORDER BY "dueAt", "id" LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "to", "subject", "text", "attempts"`;
}

/** Sends every mail that is due, a batch at a time; `send` is the delivery (the portal's mail). */
export async function drainMailQueue(
  send: (mail: Mail) => Promise<void> = sendMail,
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (let batch = await claim(); batch.length; batch = await claim()) {
    for (const job of batch) {
      try {
        await send({ to: job.to, subject: job.subject, text: job.text });
        await db.mailJob.update({ where: { id: job.id }, data: { sentAt: new Date(), lastError: null } });
        sent++;
      } catch (error) {
        failed++;
        const gaveUp = job.attempts >= MAIL_ATTEMPTS;
        const message = error instanceof Error ? error.message : String(error);
        console.error(
          `Queued mail ${job.id} failed (attempt ${job.attempts}${gaveUp ? ', the last' : ''}): ${message}`,
        );
        await db.mailJob.update({
          where: { id: job.id },
          data: { lastError: message.slice(0, 500), ...(gaveUp ? { failedAt: new Date() } : {}) },
        });
      }
    }
  }
  const before = new Date(Date.now() - MAIL_KEPT_MS);
  await db.mailJob.deleteMany({ where: { OR: [{ sentAt: { lt: before } }, { failedAt: { lt: before } }] } });
  return { sent, failed };
}

let running: Promise<void> | null = null;
let again = false;

/** Starts sending what is due in the background (after a commit that queued mail); never throws. */
export function kickMailQueue(): void {
  if (running) {
    again = true;
    return;
  }
  running = (async () => {
    do {
      again = false;
      await drainMailQueue().catch((e: unknown) => {
        // While the database is away the outage has its own log lines; the mail waits for it.
        if (!isDatabaseUnavailable(e)) console.error('Sending queued mail failed', e);
      });
    } while (again);
  })().finally(() => (running = null));
}

/** Resolves once no background sending started by kickMailQueue is under way in this process. */
export async function mailQueueSettled(): Promise<void> {
  while (running) await running;
}

/** Every worker looks for due mail once a minute: retries, and mail a stopped worker left behind. */
export function scheduleMailQueue(intervalMs = 60_000): void {
  repeatInBackground('mail-queue', kickMailQueue, 20_000, intervalMs);
}
