'use client';
import NextLink from 'next/link';
import { usePathname } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { localePath } from '@/lib/i18n/locale-path';

// A plain link to the same page in the other language: works before and without JavaScript.
// Its name is the word it shows ("English", "Tiếng Việt"), written in that language (WCAG 2.5.3).
// The address comes from the one shown (lib/i18n/locale-path.ts), without next-intl's client
// runtime, so that pages without forms carry none of it (docs/decisions/041-lighter-pages.md).
export function LocaleSwitcher({ label, locale }: { label: string; locale: Locale }) {
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  return (
    <NextLink
      href={localePath(usePathname(), locale, other)}
      prefetch={false}
      hrefLang={other}
      lang={other}
      className="rounded border border-brand-100 px-3 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
    >
      {label}
    </NextLink>
  );
}
