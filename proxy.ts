// Locale routing, the remembered language choice, and the Content-Security-Policy of each page.
// Never a database call and never an authorisation check: pages, actions and route handlers do that.
import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing, locales } from './i18n/routing';
import { dynamicSections, localized, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from './i18n/public-routes';
import { nonceCsp, staticCsp } from './lib/security-headers';
import { anonymousRoute, isAnonymousCookie } from './lib/anonymous-pages';

const handleI18n = createMiddleware(routing);

// Every absolute address the portal writes is on PUBLIC_URL, never on the request's Host (which
// anyone can set): next-intl builds its Link header and redirects from the request, so they are moved here.
const publicOrigin = new URL(process.env.PUBLIC_URL ?? 'http://localhost:3000').origin;
const onPublicOrigin = (url: string) => {
  const u = new URL(url, publicOrigin);
  return `${publicOrigin}${u.pathname}${u.search}${u.hash}`;
};

const dynamicPrefixes = locales.flatMap((locale) =>
  dynamicSections.map((key) => `/${locale}${localized(key, locale).replace(/\/\[.*$/, '')}`),
);

function isDynamic(pathname: string): boolean {
  return dynamicPrefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;

  if (pathname === '/') {
    const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
    const locale = chosen === 'en' ? 'en' : routing.defaultLocale;
    return NextResponse.redirect(`${publicOrigin}/${locale}`, 307);
  }

  // A page that every visitor without a session sees alike (the report list, a report, sign-in, a
  // consultation's results): the static policy, whose hashes the production server adds, and no
  // cookie, so that the front cache may keep it (docs/decisions/040-pages-shared-by-anonymous-visitors.md).
  const shared =
    (request.method === 'GET' || request.method === 'HEAD') &&
    anonymousRoute(pathname) !== null &&
    isAnonymousCookie(request.headers.get('cookie'));

  let response: NextResponse;
  if (isDynamic(pathname) && !shared) {
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

  const link = response.headers.get('link');
  if (link)
    response.headers.set(
      'link',
      link.replace(/<([^>]+)>/g, (_, url: string) => `<${onPublicOrigin(url)}>`),
    );
  const location = response.headers.get('location');
  if (location) response.headers.set('location', onPublicOrigin(location));

  // Visiting a page in a language is the explicit choice that "/" remembers (a shared page's script
  // remembers it in the browser: components/layout/RememberLocale.tsx).
  const segment = pathname.split('/')[1];
  if (!shared && (segment === 'vi' || segment === 'en') && request.cookies.get(LOCALE_COOKIE)?.value !== segment) {
    response.cookies.set(LOCALE_COOKIE, segment, { path: '/', maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: 'lax' });
  }
  return response;
}

export const config = {
  // Pages only: not route handlers, framework files or files with an extension, and not the cached
  // public pages in their own language, which next.config.ts answers (i18n/public-routes.ts).
  // A literal, as Next.js requires: tests/unit/proxy.test.ts checks it equals proxyMatcher().
  matcher: [
    '/((?!api|_next|_vercel|.*\\..*|(?:vi|en)$|vi/(?:tin-tuc|thu-tuc-hanh-chinh|tien-ich|canh-bao|tro-thanh-cong-dan-so|ngoai-tuyen|chinh-sach-bao-mat)$|vi/(?:tin-tuc|tin-tuc/trang|tin-tuc/chu-de|tin-tuc/loai|thu-tuc-hanh-chinh|thu-tuc-hanh-chinh/mau|tien-ich/loai|tien-ich/phuong|tien-ich/dia-diem|canh-bao)/[A-Za-z0-9_-]+$|en/(?:news|procedures|services|alerts|digital-citizen-campaign|offline|privacy)$|en/(?:news|news/page|news/topics|news/types|procedures|procedures/forms|services/types|services/wards|services/places|alerts)/[A-Za-z0-9_-]+$).*)',
  ],
};
