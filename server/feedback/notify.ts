import 'server-only';
import { db } from '@/server/db';
import { env } from '@/server/env';
import { sendMail } from '@/server/mail';
import { translator } from '@/server/i18n';

/** What happened to a report, as a key of the "Notifications" message group. */
export type ReportNotice = 'statusChanged' | 'answered' | 'progressUpdate' | 'reopened' | 'merged' | 'assigned';

/**
 * Tells the author and the followers of a report (not the person who acted) that it changed:
 * a notification in the portal and an email in Vietnamese with English below. Call after the
 * change has committed; a failure to send mail is logged, never undoes the change.
 */
export async function notifyReport(reportId: string, notice: ReportNotice, actorId?: string | null): Promise<number> {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true, code: true, title: true, status: true, authorId: true,
      followers: { select: { userId: true } },
    },
  });
  if (!report) return 0;
  const ids = new Set<string>([...(report.authorId ? [report.authorId] : []), ...report.followers.map((f) => f.userId)]);
  if (actorId) ids.delete(actorId);
  if (ids.size === 0) return 0;
  const users = await db.user.findMany({
    where: { id: { in: [...ids] }, disabledAt: null, deletedAt: null },
    select: { id: true, email: true, name: true },
  });
  const params = { code: report.code, title: report.title, status: report.status };
  await db.notification.createMany({ data: users.map((u) => ({ userId: u.id, reportId: report.id, kind: notice, params })) });

  const vi = translator('vi', 'Notifications');
  const en = translator('en', 'Notifications');
  const base = env().PUBLIC_URL;
  const urlVi = new URL(`/vi/phan-anh/${report.code}`, base).toString();
  const urlEn = new URL(`/en/feedback/${report.code}`, base).toString();
  const statusVi = translator('vi', 'Notifications')(`status.${report.status}`);
  const statusEn = translator('en', 'Notifications')(`status.${report.status}`);
  for (const u of users) {
    if (!u.email) continue;
    try {
      await sendMail({
        to: u.email,
        subject: vi('mailSubject', { code: report.code }),
        text: [
          vi(notice, { code: report.code, title: report.title, status: statusVi }),
          vi('mailFollow', { url: urlVi }),
          '',
          '—',
          en(notice, { code: report.code, title: report.title, status: statusEn }),
          en('mailFollow', { url: urlEn }),
        ].join('\n'),
      });
    } catch (e) {
      console.error('Report notification mail failed', report.code, e);
    }
  }
  return users.length;
}
