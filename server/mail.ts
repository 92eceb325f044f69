import 'server-only';
import nodemailer from 'nodemailer';
import { db } from './db';
import { env } from './env';

export type Mail = { to: string; subject: string; text: string; html?: string };

/** True when mail is kept in the database (no SMTP_URL): the development outbox page shows it. */
export function usesOutbox(): boolean {
  return !env().SMTP_URL;
}

let transport: nodemailer.Transporter | undefined;

export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    await db.outboxMail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null } });
    return;
  }
  transport ??= nodemailer.createTransport(SMTP_URL);
  await transport.sendMail({ from: MAIL_FROM, ...mail });
}
