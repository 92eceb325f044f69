import { getRequestConfig } from 'next-intl/server';
import { isLocale, routing } from './routing';
import { catalogs } from '../messages';
import { CITY_TIME_ZONE } from '../lib/i18n/dates';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone: CITY_TIME_ZONE,
    messages: catalogs[locale],
  };
});
