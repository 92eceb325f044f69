// Opening hours: periods per weekday (1 = Monday … 7 = Sunday) in minutes after midnight, Ho Chi
// Minh City time, a rule for public holidays, and special hours on given dates that replace both on
// those days. The database answers "open now" with the same rule (server/services/queries.ts); this
// module shows the hours and decides for one place.

import { CITY_TIME_ZONE } from '../i18n/dates';

export { CITY_TIME_ZONE };

export type Period = { weekday: number; opensMin: number; closesMin: number };

/**
 * Special hours from `startsOn` to `endsOn` (YYYY-MM-DD, both included, city calendar): one period,
 * or closed when the times are null. On a date with at least one such row, the place is open in the
 * union of that date's periods only (a closed row adds none), whatever its weekday or the holidays.
 */
export type SpecialPeriod = { startsOn: string; endsOn: string; opensMin: number | null; closesMin: number | null };

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

/**
 * Open at this instant: when today has special hours, one of today's special periods holds the
 * minute; otherwise a weekly period of today holds it and today is not a holiday the place closes on.
 */
export function isOpenAt(
  periods: readonly Period[],
  closedOnHolidays: boolean,
  holidays: ReadonlySet<string>,
  at: Date,
  special: readonly SpecialPeriod[] = [],
): boolean {
  const now = cityClock(at);
  const today = special.filter((s) => s.startsOn <= now.date && now.date <= s.endsOn);
  if (today.length)
    return today.some(
      (s) => s.opensMin !== null && s.closesMin !== null && s.opensMin <= now.minute && now.minute < s.closesMin,
    );
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

export const SPECIAL_HOURS_MAX_DAYS = 366;
/** The words that close a place on a date of the special hours (either language, tone marks or not). */
const CLOSED_WORDS = new Set(['nghỉ', 'nghi', 'đóng', 'dong', 'closed']);
export type SpecialHoursError = 'specialHoursLine' | 'specialHoursDate' | 'specialHoursRange' | 'specialHoursTimes';

/** A real calendar date written YYYY-MM-DD (years 2000–2099), or null. */
function isoDate(text: string): string | null {
  const m = /^(20\d{2})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text ? text : null;
}

const dayCount = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;

/**
 * The editor's text form of special hours: one line per date or run of dates, then its periods or
 * "nghỉ" / "closed": `2027-02-06 07:30-11:30 13:00-17:00`, `2027-02-15/2027-02-19 nghỉ`. Returns the
 * rows, or the first bad line's number and what is wrong with it.
 */
export function parseSpecialHours(
  text: string,
): { ok: true; periods: SpecialPeriod[] } | { ok: false; line: number; error: SpecialHoursError } {
  const periods: SpecialPeriod[] = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const fail = (error: SpecialHoursError) => ({ ok: false as const, line: i + 1, error });
    const [datesPart = '', ...rest] = line.split(/\s+/);
    const dates = datesPart.split(/\/|\.\./);
    // "06/02/2027" (day first, as on Vietnamese documents) is a date in the wrong form, not a range.
    if (dates.length > 2) return fail(/^\d/.test(datesPart) ? 'specialHoursDate' : 'specialHoursLine');
    if (rest.length === 0) return fail('specialHoursLine');
    const startsOn = isoDate(dates[0]!);
    const endsOn = dates.length === 2 ? isoDate(dates[1]!) : startsOn;
    if (!startsOn || !endsOn) return fail('specialHoursDate');
    if (endsOn < startsOn || dayCount(startsOn, endsOn) > SPECIAL_HOURS_MAX_DAYS) return fail('specialHoursRange');
    if (rest.length === 1 && CLOSED_WORDS.has(rest[0]!.toLowerCase())) {
      periods.push({ startsOn, endsOn, opensMin: null, closesMin: null });
      continue;
    }
    for (const range of rest) {
      const m = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(range);
      if (!m || Number(m[2]) > 59 || Number(m[4]) > 59) return fail('specialHoursLine');
      const opens = Number(m[1]) * 60 + Number(m[2]);
      const closes = Number(m[3]) * 60 + Number(m[4]);
      if (opens >= closes || closes > 24 * 60) return fail('specialHoursTimes');
      periods.push({ startsOn, endsOn, opensMin: opens, closesMin: closes });
    }
  }
  return { ok: true, periods };
}

/** Special hours grouped by their dates, in date order: one line of the editor, one row of the page. */
export function groupSpecialHours(
  periods: readonly SpecialPeriod[],
): { startsOn: string; endsOn: string; ranges: string[] }[] {
  const groups = new Map<string, { startsOn: string; endsOn: string; ranges: string[] }>();
  const sorted = [...periods].sort(
    (a, b) =>
      a.startsOn.localeCompare(b.startsOn) ||
      a.endsOn.localeCompare(b.endsOn) ||
      (a.opensMin ?? -1) - (b.opensMin ?? -1),
  );
  for (const p of sorted) {
    const key = `${p.startsOn}/${p.endsOn}`;
    const group = groups.get(key) ?? { startsOn: p.startsOn, endsOn: p.endsOn, ranges: [] };
    if (p.opensMin !== null && p.closesMin !== null) group.ranges.push(`${hhmm(p.opensMin)}-${hhmm(p.closesMin)}`);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Special hours back in the editor's text form; `closedWord` in the editor's language. */
export function formatSpecialHours(periods: readonly SpecialPeriod[], closedWord = 'nghỉ'): string {
  return groupSpecialHours(periods)
    .map(
      (g) =>
        `${g.startsOn === g.endsOn ? g.startsOn : `${g.startsOn}/${g.endsOn}`} ${g.ranges.length ? g.ranges.join(' ') : closedWord}`,
    )
    .join('\n');
}

/** The special hours that still concern a visitor: those ending today or later. */
export function upcomingSpecialHours(periods: readonly SpecialPeriod[], today: string) {
  return groupSpecialHours(periods.filter((p) => p.endsOn >= today));
}

/** A database date (midnight UTC) as YYYY-MM-DD. */
export const dateOnly = (d: Date) => d.toISOString().slice(0, 10);

/** schema.org day names, Monday first. */
export const SCHEMA_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
