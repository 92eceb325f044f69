// Working-day deadlines (the city's 1022 rule: an answer within 5 working days of routing).
// Days are counted in Ho Chi Minh City's calendar (UTC+7, no daylight saving); Saturdays, Sundays
// and public holidays (the PublicHoliday table) do not count.

export const ANSWER_WORKING_DAYS = 5;
const OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day in Ho Chi Minh City, as yyyy-mm-dd. */
export function cityDay(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The last instant of a city calendar day (23:59:59.999 UTC+7). */
export function endOfCityDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS + DAY_MS - 1);
}

export function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

/**
 * The end of the n-th working day after the day of `start` (the day itself does not count, as a
 * report received at 16:59 on Friday gets the same deadline as one received on Saturday).
 */
export function addWorkingDays(start: Date, n: number, holidays: ReadonlySet<string>): Date {
  let day = cityDay(start);
  let left = n;
  while (left > 0) {
    day = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
    if (isWorkingDay(day, holidays)) left--;
  }
  return endOfCityDay(day);
}

/** Working days from `from` to `to` (whole days after from's day up to and including to's day). */
export function workingDaysBetween(from: Date, to: Date, holidays: ReadonlySet<string>): number {
  let day = cityDay(from);
  const last = cityDay(to);
  let count = 0;
  while (day < last) {
    day = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
    if (isWorkingDay(day, holidays)) count++;
  }
  return count;
}
