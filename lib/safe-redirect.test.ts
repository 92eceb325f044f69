import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safe-redirect';

const BASE = 'https://congdanso.example.gov.vn';

describe('safeReturnPath', () => {
  it.each([
    ['/vi', '/vi'],
    ['/en', '/en'],
    ['/vi/tai-khoan', '/vi/tai-khoan'],
    ['/en/account', '/en/account'],
    ['/vi/phan-anh/gui?draft=abc123', '/vi/phan-anh/gui?draft=abc123'],
    ['/vi/phan-anh/PA-2026-000001#theo-doi', '/vi/phan-anh/PA-2026-000001#theo-doi'],
    ['/vi/thu-tuc-hanh-chinh?q=khai%20sinh&page=2', '/vi/thu-tuc-hanh-chinh?q=khai%20sinh&page=2'],
    ['/vi/phản-ánh', '/vi/ph%E1%BA%A3n-%C3%A1nh'],
  ])('accepts the portal path %j', (value, expected) => {
    expect(safeReturnPath(value, BASE)).toBe(expected);
    expect(safeReturnPath(value, new URL(`${BASE}/vi/dang-nhap`))).toBe(expected);
  });

  it.each([
    // other origins, written every way a browser still understands
    'https://evil.example/phish',
    'http://evil.example',
    'HTTPS://evil.example',
    `${BASE}/vi/tai-khoan`,
    '//evil.example/phish',
    '///evil.example/phish',
    '/\\evil.example/phish',
    '\\\\evil.example',
    '/vi\\..\\..\\evil',
    'evil.example/phish',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    // control characters that browsers drop: /<TAB>/evil.example → //evil.example
    '/\t/evil.example/phish',
    '/\n/evil.example/phish',
    '/\r\n/evil.example/phish',
    '/\r/evil.example/phish',
    '/vi/tai-khoan\r\nSet-Cookie: a=b',
    '/\u0000/evil.example',
    '/ /evil.example',
    '/\u2028/evil.example',
    // encoded forms
    '/%2F%2Fevil.example',
    '/%2f/evil.example',
    '/%5Cevil.example',
    '/%5c/evil.example',
    '/%09/evil.example/phish',
    '/%0a/evil.example',
    '/%0D%0A/evil.example',
    '/%00',
    '/%252F%252Fevil.example',
    '/vi/%2e%2e/%2e%2e/evil',
    // paths that are not ours
    '/',
    '/../evil',
    '/vi/../../evil',
    '/api/auth/signout',
    '/_next/static/x.js',
    '/vietnam',
    '/vi@evil.example',
    '/vi:evil@evil.example',
    '/fr/accueil',
    // not a string, empty, or absurdly long
    '',
    undefined,
    null,
    42,
    ['/vi'],
    { toString: () => '/vi' },
    `/vi/${'a'.repeat(3000)}`,
  ])('refuses %j', (value) => {
    expect(safeReturnPath(value, BASE)).toBeNull();
  });

  it('refuses everything against an unreadable base', () => {
    expect(safeReturnPath('/vi', 'not a url')).toBeNull();
  });
});
