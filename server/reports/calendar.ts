import 'server-only';
import { db } from '@/server/db';
import { addWorkingDays, ANSWER_WORKING_DAYS } from '@/lib/reports/deadline';

let cache: { at: number; days: Set<string> } | undefined;

/** Public holidays as yyyy-mm-dd, cached for a minute. */
export async function publicHolidays(): Promise<Set<string>> {
  if (cache && Date.now() - cache.at < 60_000) return cache.days;
  const rows = await db.publicHoliday.findMany({ select: { date: true } });
  cache = { at: Date.now(), days: new Set(rows.map((r) => r.date.toISOString().slice(0, 10))) };
  return cache.days;
}

/** The answer deadline of a report routed at `routedAt`. */
export async function answerDeadline(routedAt: Date): Promise<Date> {
  return addWorkingDays(routedAt, ANSWER_WORKING_DAYS, await publicHolidays());
}
