// Dates of reports are shown in Ho Chi Minh City's time, whatever the server's zone.
export const CITY_TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Creating an Intl.DateTimeFormat with a time zone costs about a millisecond, formatting with one
// about 10 µs: a report list of 20 rows created 20 of them per request (docs/decisions/030-speed.md).
// Formatters hold no state between calls, so one per language and kind serves every request.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: 'date' | 'dateTime', locale: string): Intl.DateTimeFormat {
  const tag = locale === 'en' ? 'en-GB' : 'vi-VN';
  const key = `${kind}:${tag}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, {
      timeZone: CITY_TIME_ZONE,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(kind === 'dateTime' ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

export function formatDate(date: Date, locale: string): string {
  return formatter('date', locale).format(date);
}

export function formatDateTime(date: Date, locale: string): string {
  return formatter('dateTime', locale).format(date);
}
