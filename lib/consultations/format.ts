// Dates of consultations as residents read them: the city's time zone, in the page's language.

export const CITY_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function dateFormat(locale: string, withTime = false): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    timeZone: CITY_TIME_ZONE,
    day: 'numeric',
    month: locale === 'vi' ? '2-digit' : 'long',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  });
}
