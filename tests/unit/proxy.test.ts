// Public pages skip the proxy: next.config.ts rewrites them and sets their headers. Every page must
// still answer as next-intl's middleware would, whichever of the two handles it.
import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { fillParams, matchSource, proxyMatchers } from '@/tests/support/next-internals';
import proxy, { config } from '@/proxy';
import { routing, locales } from '@/i18n/routing';
import { LOCALE_COOKIE, proxyMatcher, publicHeaders, publicPageLocale, publicRewrites } from '@/i18n/public-routes';
import { staticCsp } from '@/lib/security-headers';

const i18n = createMiddleware(routing);
const ORIGIN = 'http://localhost:3000';
// How Next.js compiles the proxy's matcher.
const matchers = proxyMatchers(config.matcher);
// Next.js runs the proxy when the path as sent or its decoded form matches.
const runsProxy = (pathname: string) => matchers.some((m) => m.test(pathname) || m.test(decodeURIComponent(pathname)));

// Next.js's own matching for custom routes (strict; case-sensitive, as next.config.ts sets
// caseSensitiveRoutes) and its interpolation of parameters into header values.
const rewrites = publicRewrites().map((r) => ({ ...r, match: matchSource(r.source) }));
const headerRules = publicHeaders(ORIGIN, staticCsp).map((r) => ({ ...r, match: matchSource(r.source) }));
const fill = fillParams;

/** What next.config.ts does with a public page: its internal path and its headers. */
function viaConfig(pathname: string) {
  let internal = pathname;
  for (const r of rewrites) {
    const params = r.match(pathname);
    if (params) {
      internal = fill(r.destination, params);
      break;
    }
  }
  const headers: Record<string, string> = {};
  for (const rule of headerRules) {
    const params = rule.match(pathname);
    if (!params) continue;
    for (const h of rule.headers) headers[h.key.toLowerCase()] = fill(h.value, params);
  }
  return { internal, headers };
}

const pages: string[] = [];
for (const [key, entry] of Object.entries(routing.pathnames)) {
  for (const locale of locales) {
    const path = typeof entry === 'string' ? entry : entry[locale];
    const filled = path.replace(/\[[^\]]+\]/g, 'dang-ky-khai-sinh');
    pages.push(`/${locale}${filled === '/' ? '' : filled}`);
    const internal = key.replace(/\[[^\]]+\]/g, 'x1');
    pages.push(`/${locale}${internal === '/' ? '' : internal}`); // internal path: redirect in Vietnamese
    const other = typeof entry === 'string' ? entry : entry[locale === 'vi' ? 'en' : 'vi'];
    pages.push(`/${locale}${other.replace(/\[[^\]]+\]/g, 'abc') === '/' ? '' : other.replace(/\[[^\]]+\]/g, 'abc')}`);
  }
}
pages.push(
  '/vi/thu-tuc-hanh-chinh/mau',
  '/vi/thu-tuc-hanh-chinh/mau/mau-ct01',
  '/en/procedures/forms/mau-ct01',
  '/en/procedures/forms',
  '/vi/khong-co-trang-nay',
  '/vi/thu-tuc-hanh-chinh/%C4%91ang-ky',
  '/vi/thu-tuc-hanh-chinh/a/b/c',
  '/fr/news',
  '/vi/tin-tuc/',
  '/en/',
  '/vien',
  '/vi/procedures',
  '/en/thu-tuc-hanh-chinh',
  // Other spellings of a public address: never rewritten by the configuration, always the proxy's.
  '/vi/Thu-Tuc-Hanh-Chinh/dang-ky-khai-sinh',
  '/VI/thu-tuc-hanh-chinh/dang-ky-khai-sinh',
  '/En/procedures',
  '/vi/thu-tuc-hanh-chinh/dang%2Dky',
  '/vi/tin%2Dtuc',
);

describe('public pages without the proxy', () => {
  it('spells out the matcher that proxyMatcher() computes', () => {
    expect(config.matcher).toEqual([proxyMatcher()]);
  });

  it.each([...new Set(pages)])('%s answers as next-intl does', (path) => {
    for (const cookie of [undefined, 'vi', 'en']) {
      const make = () =>
        new NextRequest(`${ORIGIN}${path}`, { headers: cookie ? { cookie: `${LOCALE_COOKIE}=${cookie}` } : {} });
      const theirs = i18n(make());
      if (runsProxy(path)) {
        // Not a public page in its own language: the proxy and next-intl handle it, as before, and
        // the configuration neither rewrites it nor adds its headers.
        expect(publicPageLocale(path), path).toBeNull();
        expect(viaConfig(path), path).toEqual({ internal: path, headers: {} });
        const ours = proxy(make());
        const csp = ours.headers.get('content-security-policy');
        if (csp === staticCsp) {
          for (const h of ['location', 'x-middleware-rewrite', 'link'])
            expect(ours.headers.get(h), `${path} ${h}`).toBe(theirs.headers.get(h));
          expect(ours.status).toBe(theirs.status);
        } else expect(csp).toContain("'nonce-");
        continue;
      }
      // A public page: the front cache may keep it, next-intl would only rewrite it, and next.config does the same.
      const locale = path.split('/')[1];
      expect(publicPageLocale(path), path).toBe(locale);
      expect(theirs.headers.get('location'), path).toBeNull();
      const rewrite = theirs.headers.get('x-middleware-rewrite');
      const { internal, headers } = viaConfig(path);
      expect(internal, path).toBe(rewrite ? new URL(rewrite).pathname : path);
      expect(headers.link, path).toBe(theirs.headers.get('link'));
      expect(headers['content-security-policy']).toBe(staticCsp);
      // A shared cache keeps these pages: they never set a cookie (the browser remembers the language).
      expect(headers['set-cookie'], path).toBeUndefined();
    }
  });

  it('leaves the public pages of every section to next.config', () => {
    for (const path of [
      '/vi',
      '/en',
      '/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh',
      '/en/procedures/birth',
      '/vi/tin-tuc',
      '/en/news/x-1',
      '/vi/thu-tuc-hanh-chinh/mau/mau-ct01',
      '/en/privacy',
      '/vi/tien-ich',
    ]) {
      expect(runsProxy(path), path).toBe(false);
    }
    for (const path of [
      '/',
      '/vi/dang-nhap',
      '/vi/phan-anh',
      '/en/admin',
      '/vi/thu-tuc-hanh-chinh/%C4%91ang-ky',
      '/vi/news',
      '/en/tin-tuc',
      '/vi/thu-tuc-hanh-chinh/a/b',
    ]) {
      expect(runsProxy(path), path).toBe(true);
    }
  });
});

describe('proxy', () => {
  it('keeps nonce policies on dynamic sections', () => {
    const session = { cookie: `${LOCALE_COOKIE}=vi; __Secure-authjs.session-token.0=eyJ` };
    for (const [path, headers] of [
      ['/vi/dang-nhap', session],
      ['/en/account', {}],
      ['/vi/quan-tri/thu-tuc', {}],
      ['/vi/phan-anh', session],
      ['/vi/phan-anh/PA-2026-000001', { cookie: 'authjs.session-token=eyJ' }],
      ['/vi/phan-anh/gui', {}],
      ['/en/notifications', {}],
      ['/vi/thong-bao', {}],
    ] as const) {
      const res = proxy(new NextRequest(`${ORIGIN}${path}`, { headers }));
      expect(res.headers.get('content-security-policy'), path).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    }
    // A form posted to a shared page is answered per request, as before.
    const post = proxy(new NextRequest(`${ORIGIN}/vi/phan-anh/PA-2026-000001`, { method: 'POST' }));
    expect(post.headers.get('content-security-policy')).toMatch(/'nonce-/);
  });

  it('gives the pages shared by anonymous visitors the static policy and no cookie (record 040)', () => {
    for (const [path, cookie] of [
      ['/vi/phan-anh', undefined],
      ['/en/feedback?status=RESOLVED', `${LOCALE_COOKIE}=vi`],
      ['/vi/phan-anh/PA-2026-000001', 'authjs.csrf-token=abc'],
      ['/vi/dang-nhap?next=%2Fvi%2Fphan-anh%2Fgui', undefined],
      ['/vi/lay-y-kien/quy-hoach/ket-qua', undefined],
    ] as const) {
      const res = proxy(new NextRequest(`${ORIGIN}${path}`, cookie ? { headers: { cookie } } : {}));
      expect(res.headers.get('content-security-policy'), path).toBe(staticCsp);
      expect(res.headers.get('set-cookie'), path).toBeNull();
    }
  });

  it('sets the language cookie only when it changes, and not on a shared page', () => {
    expect(proxy(new NextRequest(`${ORIGIN}/vi/dang-ky`)).cookies.get(LOCALE_COOKIE)?.value).toBe('vi');
    expect(proxy(new NextRequest(`${ORIGIN}/vi/dang-nhap`)).cookies.get(LOCALE_COOKIE)).toBeUndefined();
    expect(
      proxy(new NextRequest(`${ORIGIN}/vi/dang-ky`, { headers: { cookie: `${LOCALE_COOKIE}=vi` } })).cookies.get(
        LOCALE_COOKIE,
      ),
    ).toBeUndefined();
    expect(
      proxy(new NextRequest(`${ORIGIN}/en/sign-up`, { headers: { cookie: `${LOCALE_COOKIE}=vi` } })).cookies.get(
        LOCALE_COOKIE,
      )?.value,
    ).toBe('en');
  });

  it('writes every absolute address on PUBLIC_URL, whatever Host the request names', () => {
    // NextRequest's URL is what Next.js builds from the request's Host header.
    const evil = (path: string) => proxy(new NextRequest(`http://evil.example${path}`));
    const link = evil('/vi/dang-nhap').headers.get('link')!;
    expect(link).toContain(`<${ORIGIN}/en/sign-in>; rel="alternate"; hreflang="en"`);
    expect(link).not.toContain('evil.example');
    expect(evil('/vi/phan-anh/rss').headers.get('link')).toContain(
      `<${ORIGIN}/vi/phan-anh/rss>; rel="alternate"; hreflang="vi"`,
    );
    expect(evil('/vi/phan-anh/rss').headers.get('link')).not.toContain('evil.example');
    expect(evil('/').headers.get('location')).toBe(`${ORIGIN}/vi`);
    // next-intl's own redirect (an address in the other language's words).
    expect(evil('/vi/news').headers.get('location')).toBe(`${ORIGIN}/vi/tin-tuc`);
  });

  it('sends "/" to the remembered language', () => {
    expect(proxy(new NextRequest(`${ORIGIN}/`)).headers.get('location')).toBe(`${ORIGIN}/vi`);
    expect(
      proxy(new NextRequest(`${ORIGIN}/`, { headers: { cookie: 'NEXT_LOCALE=en' } })).headers.get('location'),
    ).toBe(`${ORIGIN}/en`);
  });
});
