import 'server-only';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/i18n/dates';
import { db } from '@/server/db';
import { env } from '@/server/env';
import { sendMail } from '@/server/mail';
import { translator } from '@/server/i18n';
import { can, reportFacts, reportFactsSelect, type ReportFacts } from '@/server/permissions';

/** What happened to a report, as a key of the "Notifications" message group. */
export type ReportNotice = 'statusChanged' | 'answered' | 'progressUpdate' | 'reopened' | 'merged' | 'assigned';

/** The one notice about a report a person may no longer see: its code, never its title. */
export const NO_LONGER_PUBLIC = 'noLongerPublic';

type Recipient = { id: string; email: string | null };

/** The author and followers of a report, but not the person who acted, who pass `keep`. */
async function audience(
  reportId: string,
  actorId: string | null | undefined,
  keep: (user: { id: string; role: string; agencyId: string | null }, facts: ReportFacts) => boolean,
) {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      code: true,
      title: true,
      status: true,
      followers: { select: { userId: true } },
      ...reportFactsSelect,
    },
  });
  if (!report) return null;
  const ids = new Set<string>([
    ...(report.authorId ? [report.authorId] : []),
    ...report.followers.map((f) => f.userId),
  ]);
  if (actorId) ids.delete(actorId);
  if (ids.size === 0) return { report, users: [] as Recipient[] };
  const people = await db.user.findMany({
    where: { id: { in: [...ids] }, disabledAt: null, deletedAt: null },
    select: { id: true, email: true, role: true, agencyId: true },
  });
  const facts = reportFacts(report);
  return { report, users: people.filter((u) => keep(u, facts)).map((u) => ({ id: u.id, email: u.email })) };
}

async function mailEach(users: Recipient[], code: string, text: string) {
  const subject = translator('vi', 'Notifications')('mailSubject', { code });
  for (const u of users) {
    if (!u.email) continue;
    try {
      await sendMail({ to: u.email, subject, text });
    } catch (e) {
      console.error('Report notification mail failed', code, e);
    }
  }
}

/**
 * Tells the author and the followers of a report (not the person who acted) that it changed:
 * a notification in the portal and an email in Vietnamese with English below. Only those who may
 * see the report now hear of it (server/permissions.ts): nothing reaches anyone but the agency in
 * charge once it is hidden, nor an official of another agency about a private one. Call after the
 * change has committed; a failure to send mail is logged, never undoes the change.
 */
export async function notifyReport(reportId: string, notice: ReportNotice, actorId?: string | null): Promise<number> {
  const found = await audience(reportId, actorId, (user, facts) => can(user, 'report:view', facts));
  if (!found || found.users.length === 0) return 0;
  const { report, users } = found;
  const params = { code: report.code, title: report.title, status: report.status };
  await db.notification.createMany({
    data: users.map((u) => ({ userId: u.id, reportId: report.id, kind: notice, params })),
  });

  const vi = translator('vi', 'Notifications');
  const en = translator('en', 'Notifications');
  const base = env().PUBLIC_URL;
  const urlVi = new URL(`/vi/phan-anh/${report.code}`, base).toString();
  const urlEn = new URL(`/en/feedback/${report.code}`, base).toString();
  await mailEach(
    users,
    report.code,
    [
      vi(notice, { code: report.code, title: report.title, status: vi(`status.${report.status}`) }),
      vi('mailFollow', { url: urlVi }),
      '',
      '—',
      en(notice, { code: report.code, title: report.title, status: en(`status.${report.status}`) }),
      en('mailFollow', { url: urlEn }),
    ].join('\n'),
  );
  return users.length;
}

/**
 * A moderator hid a report: those who could see it until now and no longer can (its author and
 * followers outside the agency in charge) are told so once, by its code alone, without a link to a
 * page that now answers 404.
 */
export async function notifyNoLongerPublic(reportId: string, actorId?: string | null): Promise<number> {
  const found = await audience(
    reportId,
    actorId,
    (user, facts) => can(user, 'report:view', { ...facts, hiddenAt: null }) && !can(user, 'report:view', facts),
  );
  if (!found || found.users.length === 0) return 0;
  const { report, users } = found;
  await db.notification.createMany({
    data: users.map((u) => ({
      userId: u.id,
      reportId: report.id,
      kind: NO_LONGER_PUBLIC,
      params: { code: report.code },
    })),
  });
  const vi = translator('vi', 'Notifications');
  const en = translator('en', 'Notifications');
  await mailEach(
    users,
    report.code,
    [vi(NO_LONGER_PUBLIC, { code: report.code }), '', '—', en(NO_LONGER_PUBLIC, { code: report.code })].join('\n'),
  );
  return users.length;
}

/**
 * The receipt of a new report, mailed to its author: the tracking code, the date the answer is
 * due and the link, in the language of the form with the other language below. A failure to
 * send is logged; the report stays filed.
 */
export async function sendReportReceipt(reportId: string, locale: Locale): Promise<boolean> {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: { code: true, title: true, dueAt: true, author: { select: { email: true } } },
  });
  const to = report?.author?.email;
  if (!report || !to) return false;
  const base = env().PUBLIC_URL;
  const text = (l: Locale) =>
    translator(l, 'ReportReceipt')('mailBody', {
      code: report.code,
      title: report.title,
      date: formatDate(report.dueAt, l),
      url: new URL(l === 'vi' ? `/vi/phan-anh/${report.code}` : `/en/feedback/${report.code}`, base).toString(),
    });
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  try {
    await sendMail({
      to,
      subject: translator(locale, 'ReportReceipt')('mailSubject', { code: report.code }),
      text: [text(locale), '', '—', text(other)].join('\n'),
    });
    return true;
  } catch (e) {
    console.error('Report receipt mail failed', report.code, e);
    return false;
  }
}
