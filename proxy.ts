// Locale routing, the remembered language choice, and the Content-Security-Policy of each page.
// Never a database call and never an authorisation check: pages, actions and route handlers do that.
import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing, locales, type Locale } from './i18n/routing';
import { nonceCsp, staticCsp } from './lib/security-headers';

const handleI18n = createMiddleware(routing);
const LOCALE_COOKIE = 'NEXT_LOCALE';

// Sections rendered per request anyway (forms, account, back office): they get a nonce policy.
const dynamicSections = ['/sign-in', '/sign-up', '/verify-email', '/forgot-password', '/reset-password', '/account', '/admin', '/dev/outbox', '/feedback', '/notifications'] as const;
const dynamicPrefixes = locales.flatMap((locale) =>
  dynamicSections.map((key) => {
    const entry = routing.pathnames[key] as string | Record<Locale, string>;
    const path = typeof entry === 'string' ? entry : entry[locale];
    return `/${locale}${path.replace(/\/\[.*$/, '')}`;
  }),
);

function isDynamic(pathname: string): boolean {
  return dynamicPrefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`));
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
    response = handleI18n(request);
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
