import { redirect as nextRedirect } from 'next/navigation';
import type { getPathname as IntlGetPathname } from './navigation';
import { routing, type Locale } from './routing';

// next-intl's getPathname and redirect, computed from the routing table alone. Importing next-intl's
// navigation module in a server component lists its client link (and with it next-intl's client
// runtime and ICU parser) among the page's client scripts even when no link of it is rendered, so
// server code takes its addresses from here (docs/decisions/041-lighter-pages.md).
// tests/unit/paths.test.ts checks that both give the same addresses.

type Args = Parameters<typeof IntlGetPathname>[0];
type Loose = { pathname: string; params?: Record<string, unknown>; query?: Record<string, unknown> };

function search(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) value.forEach((v) => params.append(key, String(v)));
    else params.set(key, String(value));
  }
  return `?${params.toString()}`;
}

/** The address of `href` in `locale`, with its language prefix, as next-intl's `getPathname`. */
export function getPathname({ href, locale }: Args): string {
  const { pathname, params, query } = (typeof href === 'string' ? { pathname: href } : href) as Loose;
  const entry = (routing.pathnames as Record<string, string | Record<Locale, string>>)[pathname];
  let path = pathname;
  if (entry) {
    // An unknown language (a page rendered beside its layout's notFound()) keeps the internal path, as next-intl does.
    path = typeof entry === 'string' ? entry : (entry[locale as Locale] ?? pathname);
    for (const [name, value] of Object.entries(params ?? {})) {
      path = Array.isArray(value)
        ? path.replace(new RegExp(`(\\[)?\\[...${name}\\](\\])?`, 'g'), () => value.map(String).join('/'))
        : path.replace(new RegExp(`\\[${name}\\]`, 'g'), () => String(value));
    }
    path = new URL(path.replace(/\[\[\.\.\..+\]\]/g, ''), 'http://l').pathname;
  }
  if (path !== '/' && path.endsWith('/')) path = path.slice(0, -1);
  if (query) path += search(query);
  // An absolute address (a scheme) or a relative one is left as it is.
  if (/^[a-z]+:/i.test(path) || !path.startsWith('/')) return path;
  return `/${locale}${/^\/(\?.*)?$/.test(path) ? path.slice(1) : path}`;
}

/** Redirects to `href` in `locale` (next-intl's `redirect`). */
export function redirect(args: Args): never {
  return nextRedirect(getPathname(args));
}
