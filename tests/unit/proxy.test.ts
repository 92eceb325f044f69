// The proxy's shortcut for cached public pages must answer exactly as next-intl's middleware does.
import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import proxy from '@/proxy';
import { routing, locales } from '@/i18n/routing';
import { staticCsp } from '@/lib/security-headers';

const i18n = createMiddleware(routing);
const ORIGIN = 'http://localhost:3000';

function headersOf(res: Response) {
  const out: Record<string, string> = {};
  res.headers.forEach((v, k) => {
    if (!['content-security-policy', 'set-cookie', 'x-middleware-set-cookie'].includes(k)) out[k] = v;
  });
  return { status: res.status, headers: out };
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
  '/vi/thu-tuc-hanh-chinh/mau', '/vi/thu-tuc-hanh-chinh/mau/mau-ct01', '/en/procedures/forms/mau-ct01', '/vi/khong-co-trang-nay',
  '/vi/thu-tuc-hanh-chinh/%C4%91ang-ky', '/vi/thu-tuc-hanh-chinh/a/b/c', '/fr/news', '/vi/tin-tuc?page=2', '/vi/thu-tuc-hanh-chinh?q=khai+sinh',
);

describe('proxy shortcut for public pages', () => {
  it.each([...new Set(pages)])('%s answers as next-intl does', (path) => {
    for (const headers of [{}, { 'x-forwarded-host': 'congdanso.example.gov.vn', 'x-forwarded-proto': 'https' }, { cookie: 'NEXT_LOCALE=en' }] as Record<string, string>[]) {
      const make = () => new NextRequest(`${ORIGIN}${path}`, { headers });
      const ours = proxy(make());
      const theirs = i18n(make());
      if (ours.headers.get('content-security-policy') === staticCsp) expect(headersOf(ours)).toEqual(headersOf(theirs));
      else expect(ours.headers.get('content-security-policy')).toContain("'nonce-");
    }
  });

  it('sets the static policy on public pages and the language cookie only when it changes', () => {
    const first = proxy(new NextRequest(`${ORIGIN}/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh`));
    expect(first.headers.get('content-security-policy')).toBe(staticCsp);
    expect(first.headers.get('x-middleware-rewrite')).toBe(`${ORIGIN}/vi/procedures/dang-ky-khai-sinh`);
    expect(first.cookies.get('NEXT_LOCALE')?.value).toBe('vi');
    const again = proxy(new NextRequest(`${ORIGIN}/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh`, { headers: { cookie: 'NEXT_LOCALE=vi' } }));
    expect(again.cookies.get('NEXT_LOCALE')).toBeUndefined();
    const english = proxy(new NextRequest(`${ORIGIN}/en/procedures/dang-ky-khai-sinh`, { headers: { cookie: 'NEXT_LOCALE=vi' } }));
    expect(english.cookies.get('NEXT_LOCALE')?.value).toBe('en');
  });

  it('keeps nonce policies on dynamic sections', () => {
    for (const path of ['/vi/dang-nhap', '/en/account', '/vi/quan-tri/thu-tuc', '/vi/phan-anh', '/vi/phan-anh/gui', '/en/notifications', '/vi/thong-bao']) {
      const res = proxy(new NextRequest(`${ORIGIN}${path}`));
      expect(res.headers.get('content-security-policy'), path).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    }
  });

  it('sends "/" to the remembered language', () => {
    expect(proxy(new NextRequest(`${ORIGIN}/`)).headers.get('location')).toBe(`${ORIGIN}/vi`);
    expect(proxy(new NextRequest(`${ORIGIN}/`, { headers: { cookie: 'NEXT_LOCALE=en' } })).headers.get('location')).toBe(`${ORIGIN}/en`);
  });
});
