// The cached public pages (home, news, procedures, forms, services, privacy) in
// their own language, answered without running proxy.ts: next.config.ts rewrites each address to
// its internal route and sets the headers the proxy would (static Content-Security-Policy, the
// alternate-language Link header on PUBLIC_URL), and the proxy's matcher leaves them out. They set
// no cookie: a shared cache keeps them (the page remembers the language in the browser). Running the proxy costs a cached page about 40% of its throughput (docs/decisions/013).
// Everything else — dynamic sections, a path in the other language's words, internal paths,
// unknown or unusual paths — still goes through the proxy and next-intl.
import { routing, locales, type Locale } from './routing';

export const LOCALE_COOKIE = 'NEXT_LOCALE';
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

// Sections rendered per request anyway (forms, account, back office, consultations): they get a nonce policy from the proxy.
export const dynamicSections = [
  '/sign-in',
  '/sign-up',
  '/verify-email',
  '/forgot-password',
  '/reset-password',
  '/account',
  '/admin',
  '/dev/outbox',
  '/reports',
  '/notifications',
  // Response counts change with every answer, and the answer form and the results depend on the person.
  '/consultations',
  // The directory's search answers every query differently ("open now" changes by the minute), and the thank-you page follows a post.
  '/services/search',
  '/services/report-sent',
] as const;

/** What a slug or form name in a public address may contain; anything else goes through the proxy. */
export const SEGMENT = '[A-Za-z0-9_-]+';

type Pathname = keyof typeof routing.pathnames;

export function localized(key: Pathname, locale: Locale): string {
  const entry = routing.pathnames[key] as string | Record<Locale, string>;
  return typeof entry === 'string' ? entry : entry[locale];
}

export type PublicRoute = {
  key: Pathname;
  locale: Locale;
  /** The address people use, without its last parameter: `/vi/thu-tuc-hanh-chinh`. */
  external: string;
  /** The internal route, likewise: `/vi/procedures`. */
  internal: string;
  /** The name of the last segment's parameter (`slug`), if the route has one. */
  param?: string;
};

export const publicRoutes: PublicRoute[] = [];
for (const key of Object.keys(routing.pathnames) as Pathname[]) {
  if (dynamicSections.some((d) => key === d || key.startsWith(`${d}/`))) continue;
  const param = key.match(/\/\[([^/\]]+)\]$/)?.[1];
  const strip = (p: string) => p.replace(/\/\[[^/\]]+\]$/, '');
  if (/\[/.test(strip(key))) continue; // a parameter before the last segment: none so far
  for (const locale of locales) {
    const prefix = (p: string) => `/${locale}${p === '/' ? '' : p}`;
    publicRoutes.push({
      key,
      locale,
      external: prefix(strip(localized(key, locale))),
      internal: prefix(strip(key)),
      ...(param ? { param } : {}),
    });
  }
}

const source = (r: PublicRoute) => (r.param ? `${r.external}/:${r.param}(${SEGMENT})` : r.external);

/** next.config.ts `rewrites().beforeFiles`: each address in its own language to its internal route. */
export function publicRewrites(): { source: string; destination: string }[] {
  return publicRoutes
    .filter((r) => r.external !== r.internal)
    .map((r) => ({ source: source(r), destination: r.param ? `${r.internal}/:${r.param}` : r.internal }));
}

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

/**
 * next.config.ts `headers()` for the public pages: the static policy and next-intl's
 * alternate-language Link header (each language's address and x-default, on the public address).
 */
export function publicHeaders(publicUrl: string, csp: string): HeaderRule[] {
  const origin = new URL(publicUrl).origin;
  const rules: HeaderRule[] = [];
  for (const r of publicRoutes) {
    const fill = (p: string) => (r.param ? p.replace(/\[[^/\]]+\]$/, `:${r.param}`) : p);
    const at = (l: Locale) => {
      const p = fill(localized(r.key, l));
      return p === '/' ? `/${l}` : `/${l}${p}`;
    };
    const links = locales.map((l) => `<${origin}${at(l)}>; rel="alternate"; hreflang="${l}"`);
    links.push(`<${origin}${fill(localized(r.key, routing.defaultLocale))}>; rel="alternate"; hreflang="x-default"`);
    rules.push({
      source: source(r),
      headers: [
        { key: 'Content-Security-Policy', value: csp },
        { key: 'Link', value: links.join(', ') },
      ],
    });
  }
  return rules;
}

/**
 * The proxy's matcher: every page except the public routes above. Next.js reads `config.matcher`
 * as a literal, so proxy.ts spells it out; tests/unit/proxy.test.ts checks it equals this.
 */
export function proxyMatcher(): string {
  const group = (xs: string[]) => (xs.length === 1 ? xs[0]! : `(?:${xs.join('|')})`);
  const alternatives: string[] = [`${group([...locales])}$`];
  for (const locale of locales) {
    const mine = publicRoutes.filter((r) => r.locale === locale && r.external !== `/${locale}`);
    const rest = (r: PublicRoute) => r.external.slice(locale.length + 2);
    const exact = mine.filter((r) => !r.param).map(rest);
    const withParam = mine.filter((r) => r.param).map(rest);
    if (exact.length) alternatives.push(`${locale}/${group(exact)}$`);
    if (withParam.length) alternatives.push(`${locale}/${group(withParam)}/${SEGMENT}$`);
    // Home with a parameter is not a case: '/' has none.
  }
  return `/((?!api|_next|_vercel|.*\\..*|${alternatives.join('|')}).*)`;
}

const exactPages = new Map<string, Locale>();
const paramPages = new Map<string, Locale>();
for (const r of publicRoutes) (r.param ? paramPages : exactPages).set(r.external, r.locale);
const SEGMENT_RE = new RegExp(`^${SEGMENT}$`);

/** The language of a public page's address (a path without query string), or null for any other path. */
export function publicPageLocale(pathname: string): Locale | null {
  const exact = exactPages.get(pathname);
  if (exact) return exact;
  const cut = pathname.lastIndexOf('/');
  if (cut <= 0) return null;
  const locale = paramPages.get(pathname.slice(0, cut));
  return locale && SEGMENT_RE.test(pathname.slice(cut + 1)) ? locale : null;
}
