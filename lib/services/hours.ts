// Opening hours: periods per weekday (1 = Monday … 7 = Sunday) in minutes after midnight, Ho Chi
// Minh City time, and a rule for public holidays. The database answers "open now" with the same
// rule (server/services/queries.ts); this module shows the hours and decides for one place.

export type Period = { weekday: number; opensMin: number; closesMin: number };

export const CITY_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The weekday (1–7, Monday first), minute of the day and date (YYYY-MM-DD) of an instant in the city. */
export function cityClock(at: Date): { weekday: number; minute: number; date: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: CITY_TIME_ZONE,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  return {
    weekday,
    minute: Number(get('hour')) * 60 + Number(get('minute')),
    date: `${get('year')}-${get('month')}-${get('day')}`,
  };
}

/** Open at this instant: a period of today holds the minute, and today is not a holiday it closes on. */
export function isOpenAt(
  periods: readonly Period[],
  closedOnHolidays: boolean,
  holidays: ReadonlySet<string>,
  at: Date,
): boolean {
  const now = cityClock(at);
  if (closedOnHolidays && holidays.has(now.date)) return false;
  return periods.some((p) => p.weekday === now.weekday && p.opensMin <= now.minute && now.minute < p.closesMin);
}

export const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/**
 * The editor's text form: one line per rule, "1-5 07:30-11:30 13:00-17:00" (weekdays 1–7, a range
 * or a list "1,3,5"; several periods a line). Returns the periods or the number of the first bad line.
 */
export function parseHours(text: string): { ok: true; periods: Period[] } | { ok: false; line: number } {
  const periods: Period[] = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const [daysPart, ...ranges] = line.split(/\s+/);
    const days = parseDays(daysPart ?? '');
    if (!days || ranges.length === 0) return { ok: false, line: i + 1 };
    for (const range of ranges) {
      const m = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(range);
      if (!m) return { ok: false, line: i + 1 };
      const opens = Number(m[1]) * 60 + Number(m[2]);
      const closes = Number(m[3]) * 60 + Number(m[4]);
      if (Number(m[2]) > 59 || Number(m[4]) > 59 || opens >= closes || closes > 24 * 60)
        return { ok: false, line: i + 1 };
      for (const weekday of days) periods.push({ weekday, opensMin: opens, closesMin: closes });
    }
  }
  return { ok: true, periods };
}

function parseDays(text: string): number[] | null {
  const range = /^([1-7])-([1-7])$/.exec(text);
  if (range) {
    const [a, b] = [Number(range[1]), Number(range[2])];
    if (a > b) return null;
    return Array.from({ length: b - a + 1 }, (_, k) => a + k);
  }
  if (!/^[1-7](,[1-7])*$/.test(text)) return null;
  return [...new Set(text.split(',').map(Number))];
}

/** The periods back in the editor's text form, days with the same periods grouped. */
export function formatHours(periods: readonly Period[]): string {
  return groupDays(periods)
    .map((g) => `${g.from === g.to ? g.from : `${g.from}-${g.to}`} ${g.ranges.join(' ')}`)
    .join('\n');
}

/** Consecutive weekdays with the same periods, for the page's table and the editor. */
export function groupDays(periods: readonly Period[]): { from: number; to: number; ranges: string[] }[] {
  const byDay = new Map<number, string[]>();
  for (const p of [...periods].sort((a, b) => a.opensMin - b.opensMin))
    byDay.set(p.weekday, [...(byDay.get(p.weekday) ?? []), `${hhmm(p.opensMin)}-${hhmm(p.closesMin)}`]);
  const groups: { from: number; to: number; ranges: string[] }[] = [];
  for (let d = 1; d <= 7; d++) {
    const ranges = byDay.get(d);
    if (!ranges) continue;
    const last = groups.at(-1);
    if (last && last.to === d - 1 && last.ranges.join() === ranges.join()) last.to = d;
    else groups.push({ from: d, to: d, ranges });
  }
  return groups;
}

/** schema.org day names, Monday first. */
export const SCHEMA_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
