import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from '../db';
import { getPathname } from '@/i18n/paths';
import { env } from '../env';
import { translator } from '../i18n';
import { sendMail } from '../mail';

// Residents who answered a consultation hear when its outcome is published: a notification in the
// portal (written in the same transaction as the outcome, so it happens exactly once) and an email
// in Vietnamese with English below, sent after the commit.

/** The kind of the portal notification; its text is ConsultationTally.outcomeNotice. */
export const OUTCOME_NOTICE = 'consultationOutcome';

type Tx = Prisma.TransactionClient;

/**
 * Writes one notification to every person who answered (accounts still active). Call inside the
 * transaction that publishes the outcome for the first time. Returns how many were written.
 */
export async function writeOutcomeNotifications(
  tx: Tx,
  c: { id: string; slug: string; titleVi: string; titleEn: string },
  now: Date,
): Promise<number> {
  const params = JSON.stringify({ slug: c.slug, titleVi: c.titleVi, titleEn: c.titleEn });
  return tx.$executeRaw(Prisma.sql`
    INSERT INTO "Notification" (id, "userId", kind, params, "createdAt")
    SELECT gen_random_uuid()::text, r."userId", ${OUTCOME_NOTICE}, ${params}::jsonb, ${now}
    FROM "ConsultationResponse" r JOIN "User" u ON u.id = r."userId"
    WHERE r."consultationId" = ${c.id} AND u."disabledAt" IS NULL AND u."deletedAt" IS NULL`);
}

/** Mails every person who answered; a failed mail is logged and never undoes the outcome. */
export async function mailOutcome(c: { id: string; slug: string; titleVi: string; titleEn: string }): Promise<number> {
  const vi = translator('vi', 'ConsultationTally');
  const en = translator('en', 'ConsultationTally');
  const base = env().PUBLIC_URL;
  const url = (locale: 'vi' | 'en') =>
    new URL(
      getPathname({ locale, href: { pathname: '/consultations/[slug]', params: { slug: c.slug } } }),
      base,
    ).toString();
  const urlVi = url('vi');
  const urlEn = url('en');
  const text = [
    vi('outcomeNotice', { title: c.titleVi }),
    vi('outcomeMailRead', { url: urlVi }),
    '',
    '—',
    en('outcomeNotice', { title: c.titleEn }),
    en('outcomeMailRead', { url: urlEn }),
  ].join('\n');
  const subject = vi('outcomeMailSubject', { title: c.titleVi });
  let sent = 0;
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.consultationResponse.findMany({
      where: { consultationId: c.id, user: { disabledAt: null, deletedAt: null, email: { not: null } } },
      select: { id: true, user: { select: { email: true } } },
      orderBy: { id: 'asc' },
      take: 500,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (batch.length === 0) break;
    for (const r of batch) {
      try {
        await sendMail({ to: r.user.email!, subject, text });
        sent++;
      } catch (e) {
        console.error('Consultation outcome mail failed', c.slug, e);
      }
    }
    cursor = batch[batch.length - 1]!.id;
  }
  return sent;
}
