// Rules of a report that need no database. Kept free of server code so that pages, route handlers
// and tests share them. Who may see or rate a report is decided in server/permissions.ts.

/** Open reports past their deadline (a committed date, when set, replaces the answer deadline). */
export function isOverdue(
  report: { status: string; dueAt: Date; committedAt: Date | null },
  now = new Date(),
): boolean {
  if (report.status !== 'RECEIVED' && report.status !== 'IN_PROGRESS') return false;
  return now.getTime() > (report.committedAt ?? report.dueAt).getTime();
}
