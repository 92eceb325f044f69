// Who may see a report. Kept free of server code so that pages, route handlers and tests share it.

export type Viewer = { id: string; role: 'CITIZEN' | 'OFFICIAL' | 'EDITOR' | 'ADMIN' } | null | undefined;
export type ReportVisibility = { isPublic: boolean; hiddenAt: Date | null; authorId: string | null };

/** Officials handle reports; ADMIN holds every role. */
export function isOfficial(user: Viewer): boolean {
  return Boolean(user && (user.role === 'OFFICIAL' || user.role === 'ADMIN'));
}

/**
 * A public report is for everyone; a private one for its author and officials; a report hidden
 * by a moderator for officials only (its author included: the hidden text stays out of sight).
 */
export function canSeeReport(user: Viewer, report: ReportVisibility): boolean {
  if (isOfficial(user)) return true;
  if (report.hiddenAt) return false;
  if (report.isPublic) return true;
  return Boolean(user && report.authorId && report.authorId === user.id);
}

/** Open reports past their deadline (a committed date, when set, replaces the answer deadline). */
export function isOverdue(report: { status: string; dueAt: Date; committedAt: Date | null }, now = new Date()): boolean {
  if (report.status !== 'RECEIVED' && report.status !== 'IN_PROGRESS') return false;
  return now.getTime() > (report.committedAt ?? report.dueAt).getTime();
}

/**
 * The author may rate once there is an answer and it has not been rated since: a "not satisfied"
 * rating reopens the report, and the next answer can be rated again.
 */
export function canRate(
  user: Viewer,
  report: { authorId: string | null; ratedAt: Date | null; hiddenAt: Date | null },
  lastAnsweredAt: Date | null,
): boolean {
  if (!user || !report.authorId || report.authorId !== user.id || report.hiddenAt) return false;
  if (!lastAnsweredAt) return false;
  return !report.ratedAt || lastAnsweredAt.getTime() > report.ratedAt.getTime();
}
