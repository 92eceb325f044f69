import type { Metadata } from 'next';
import { getPathname } from '@/i18n/navigation';
import { locales, type Locale } from '@/i18n/routing';

type Href = Parameters<typeof getPathname>[0]['href'];

/** Canonical URL and hreflang alternates for a page that exists in both languages. */
export function alternates(locale: Locale, href: Href): Metadata['alternates'] {
  const languages: Record<string, string> = {};
  for (const l of locales) languages[l] = getPathname({ locale: l, href });
  languages['x-default'] = getPathname({ locale: 'vi', href });
  return { canonical: getPathname({ locale, href }), languages };
}
