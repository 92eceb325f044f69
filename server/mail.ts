import 'server-only';
import nodemailer from 'nodemailer';
import type { Role } from '@/generated/prisma/client';
import { TOKEN_TTL_MS } from './accounts/tokens';
import { db } from './db';
import { env } from './env';
import { can } from './permissions';

export type Mail = { to: string; subject: string; text: string; html?: string };

/**
 * How long the local outbox keeps a mail: as long as the longest link in it works (the email
 * verification token, 24 hours). Older mail is deleted when the next one is kept, and never shown.
 */
export const OUTBOX_TTL_MS = Math.max(...Object.values(TOKEN_TTL_MS));

/** True when mail is kept in the database for the local outbox page (MAIL_OUTBOX, docs/decisions/016). */
export function usesOutbox(): boolean {
  const { MAIL_OUTBOX, SMTP_URL } = env();
  return MAIL_OUTBOX && !SMTP_URL;
}

/**
 * Who may read the outbox (docs/decisions/016-mail-outbox.md): nobody unless it is on; then a
 * browser on the machine that runs the portal, connected directly (stamped by the production
 * server, server/http/local-client.ts), or an administrator (for `next dev`, which stamps nothing).
 */
export function mayReadOutbox(access: {
  enabled: boolean;
  localClient: boolean;
  role: Role | null | undefined;
}): boolean {
  if (!access.enabled) return false;
  return access.localClient || can(access.role ? { role: access.role } : null, 'outbox:read');
}

/** The outbox's mail still within its lifetime, newest first. */
export async function outboxMails(to: string, now = new Date()) {
  return db.outboxMail.findMany({
    where: { createdAt: { gt: new Date(now.getTime() - OUTBOX_TTL_MS) }, ...(to ? { to } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 50,
  });
}

let transport: nodemailer.Transporter | undefined;

export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (SMTP_URL) {
    transport ??= nodemailer.createTransport(SMTP_URL);
    await transport.sendMail({ from: MAIL_FROM, ...mail });
    return;
  }
  // Neither SMTP nor the outbox: the mail goes nowhere (the server warned at start). It is not kept,
  // so its links cannot be read later by anyone it was not sent to.
  if (!usesOutbox()) return;
  await db.$transaction([
    db.outboxMail.deleteMany({ where: { createdAt: { lte: new Date(Date.now() - OUTBOX_TTL_MS) } } }),
    db.outboxMail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null } }),
  ]);
}
