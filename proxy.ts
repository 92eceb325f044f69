// Locale routing, the remembered language choice, and the Content-Security-Policy of each page.
// Never a database call and never an authorisation check: pages, actions and route handlers do that.
import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing, locales, type Locale } from './i18n/routing';
import { nonceCsp, staticCsp } from './lib/security-headers';

const handleI18n = createMiddleware(routing);
const LOCALE_COOKIE = 'NEXT_LOCALE';
// The request header next-intl's middleware sets for the pages (next-intl/dist/…/shared/constants.js).
const LOCALE_HEADER = 'X-NEXT-INTL-LOCALE';

type Pathname = keyof typeof routing.pathnames;
const localized = (key: Pathname, locale: Locale): string => {
  const entry = routing.pathnames[key] as string | Record<Locale, string>;
  return typeof entry === 'string' ? entry : entry[locale];
};

// Sections rendered per request anyway (forms, account, back office): they get a nonce policy.
const dynamicSections = ['/sign-in', '/sign-up', '/verify-email', '/forgot-password', '/reset-password', '/account', '/admin', '/dev/outbox', '/feedback', '/notifications'] as const;
const dynamicPrefixes = locales.flatMap((locale) =>
  dynamicSections.map((key) => `/${locale}${localized(key, locale).replace(/\/\[.*$/, '')}`),
);

function isDynamic(pathname: string): boolean {
  return dynamicPrefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/**
 * The cached public pages, looked up without next-intl's middleware: a page in its own language
 * ("/vi/thu-tuc-hanh-chinh/<slug>") only needs a rewrite to its internal route, the locale header
 * and the alternate-language Link header, which are computed here from the same table with the
 * same results (tests/unit/proxy.test.ts compares both for every public path). Anything else
 * (dynamic sections, a path in the other language's words, unknown or unusual paths) goes through
 * next-intl as before.
 */
type PublicRoute = { key: Pathname; param: boolean };
const exactRoutes = new Map<string, PublicRoute & { locale: Locale }>();
const paramRoutes = new Map<string, PublicRoute & { locale: Locale }>();
for (const key of Object.keys(routing.pathnames) as Pathname[]) {
  if (dynamicSections.some((d) => key === d || key.startsWith(`${d}/`))) continue;
  const param = /\/\[[^/\]]+\]$/.test(key);
  if (/\[/.test(key.replace(/\/\[[^/\]]+\]$/, ''))) continue; // a parameter before the last segment: not needed yet
  for (const locale of locales) {
    const path = localized(key, locale);
    const external = `/${locale}${path === '/' ? '' : path.replace(/\/\[[^/\]]+\]$/, '')}`;
    (param ? paramRoutes : exactRoutes).set(external, { key, param, locale });
  }
}
const SAFE_SEGMENT = /^[A-Za-z0-9_-]+$/;

function fill(template: string, value: string | undefined): string {
  return value === undefined ? template : template.replace(/\[[^/\]]+\]$/, value);
}

function publicRoute(request: NextRequest, pathname: string): NextResponse | null {
  let route = exactRoutes.get(pathname);
  let value: string | undefined;
  if (!route) {
    const cut = pathname.lastIndexOf('/');
    value = pathname.slice(cut + 1);
    route = paramRoutes.get(pathname.slice(0, cut));
    if (!route || !SAFE_SEGMENT.test(value)) return null;
  }
  const { key, locale } = route;
  const prefixed = (l: Locale) => {
    const p = fill(localized(key, l), value);
    return p === '/' ? `/${l}` : `/${l}${p}`;
  };
  const internal = `/${locale}${fill(key, value) === '/' ? '' : fill(key, value)}`;
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, locale);
  const search = request.nextUrl.search;
  const response =
    internal === pathname
      ? NextResponse.next({ request: { headers } })
      : NextResponse.rewrite(new URL(`${internal}${search}`, request.url), { request: { headers } });

  // The Link header next-intl adds (alternateLinks): each language's address and x-default.
  const origin = new URL(request.nextUrl.origin);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (host) {
    origin.port = '';
    origin.host = host;
  }
  origin.protocol = request.headers.get('x-forwarded-proto') ?? origin.protocol;
  const base = origin.origin;
  const links = locales.map((l) => `<${base}${prefixed(l)}>; rel="alternate"; hreflang="${l}"`);
  links.push(`<${base}${fill(localized(key, routing.defaultLocale), value)}>; rel="alternate"; hreflang="x-default"`);
  response.headers.set('Link', links.join(', '));
  return response;
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;

  if (pathname === '/') {
    const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
    const locale = chosen === 'en' ? 'en' : routing.defaultLocale;
    return NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
  }

  let response: NextResponse;
  if (isDynamic(pathname)) {
    const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
    const csp = nonceCsp(nonce);
    const headers = new Headers(request.headers);
    headers.set('content-security-policy', csp);
    headers.set('x-nonce', nonce);
    response = handleI18n(new NextRequest(request, { headers }));
    response.headers.set('Content-Security-Policy', csp);
  } else {
    response = publicRoute(request, pathname) ?? handleI18n(request);
    response.headers.set('Content-Security-Policy', staticCsp);
  }

  // Visiting a page in a language is the explicit choice that "/" remembers.
  const segment = pathname.split('/')[1];
  if ((segment === 'vi' || segment === 'en') && request.cookies.get(LOCALE_COOKIE)?.value !== segment) {
    response.cookies.set(LOCALE_COOKIE, segment, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
  }
  return response;
}

export const config = {
  // Pages only: not route handlers, framework files or files with an extension.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
