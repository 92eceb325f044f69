'use client';
import { useEffect } from 'react';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from '@/i18n/public-routes';

// Visiting a page in a language is the explicit choice that "/" remembers. Cached pages are shared
// by everyone and so set no cookie themselves (server/http/shared-answers.ts): the browser does it.
export function RememberLocale({ locale }: { locale: string }) {
  useEffect(() => {
    const current = document.cookie.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`))?.[1];
    if (current !== locale) {
      document.cookie = `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax${location.protocol === 'https:' ? '; Secure' : ''}`;
    }
  }, [locale]);
  return null;
}
