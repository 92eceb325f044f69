import 'server-only';
import type { ComponentProps } from 'react';
import NextLink from 'next/link';
import { getLocale } from 'next-intl/server';
import { getPathname } from './paths';
import type { Locale } from './routing';

type Href = Parameters<typeof getPathname>[0]['href'];

/**
 * The link of server components: the localized address is computed here, and the browser gets
 * Next.js's own link with a plain `href`. next-intl's `Link` renders a client component that asks
 * next-intl's client runtime for the language, which puts that runtime (and its ICU message parser)
 * in the JavaScript of every page (docs/decisions/041-lighter-pages.md). Client components keep
 * using `Link` from `@/i18n/navigation` inside the sections that provide messages.
 */
export async function Link({
  href,
  locale,
  ...rest
}: Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: Href; locale?: Locale }) {
  const current = (await getLocale()) as Locale;
  const target = getPathname({ href, locale: locale ?? current });
  // As next-intl's link: one to the other language is not prefetched and names its language.
  if (locale && locale !== current) return <NextLink hrefLang={locale} {...rest} href={target} prefetch={false} />;
  return <NextLink {...rest} href={target} />;
}
