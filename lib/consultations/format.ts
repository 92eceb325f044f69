// Dates of consultations as residents read them: the city's time zone, in the page's language.

export const CITY_TIME_ZONE = 'Asia/Ho_Chi_Minh';

// One formatter per language and kind for every request: creating one with a time zone costs about
// a millisecond (docs/decisions/030-speed.md); they hold no state between calls.
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(locale: string, withTime = false): Intl.DateTimeFormat {
  const key = `${locale === 'vi' ? 'vi' : 'en'}:${withTime}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
      timeZone: CITY_TIME_ZONE,
      day: 'numeric',
      month: locale === 'vi' ? '2-digit' : 'long',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    });
    formats.set(key, f);
  }
  return f;
}
