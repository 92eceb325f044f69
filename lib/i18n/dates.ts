// One way to write a date per language, on public pages and in the back office alike
// (docs/decisions/031-one-date-format-per-language.md): Vietnamese "07/12/2026" (day first, as on
// Vietnamese documents), English "7 December 2026" (the month in words, so no reader takes 07/12 for
// July 12). Always in Ho Chi Minh City's time, whatever the server's zone.

export const CITY_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The Intl options of a date (and a time) in `locale`; next-intl's `format.dateTime` takes them too. */
export function dateOptions(locale: string, withTime = false): Intl.DateTimeFormatOptions {
  return {
    timeZone: CITY_TIME_ZONE,
    day: locale === 'en' ? 'numeric' : '2-digit',
    month: locale === 'en' ? 'long' : '2-digit',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  };
}

// Creating an Intl.DateTimeFormat with a time zone costs about a millisecond, formatting with one
// about 10 µs (docs/decisions/030-speed.md). Formatters hold no state between calls, so one per
// language and kind serves every request.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The formatter of a date (and a time) in `locale`. */
export function dateFormat(locale: string, withTime = false): Intl.DateTimeFormat {
  const lang = locale === 'en' ? 'en' : 'vi';
  const key = `${lang}:${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', dateOptions(lang, withTime));
    formatters.set(key, f);
  }
  return f;
}

export function formatDate(date: Date, locale: string): string {
  return dateFormat(locale).format(date);
}

export function formatDateTime(date: Date, locale: string): string {
  return dateFormat(locale, true).format(date);
}
