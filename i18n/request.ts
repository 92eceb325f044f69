import { getRequestConfig } from 'next-intl/server';
import { isLocale, routing } from './routing';
import { catalogs } from '../messages';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone: 'Asia/Ho_Chi_Minh',
    messages: catalogs[locale],
  };
});
