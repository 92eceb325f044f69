// Rules of a report that need no database. Kept free of server code so that pages, route handlers
// and tests share them.

/** Who may see a report is decided in server/permissions.ts; these are the report's own rules. */
export type Viewer = { id: string } | null | undefined;

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
