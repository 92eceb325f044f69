// Pages of the dynamic sections kept for visitors without a session (lib/anonymous-pages.ts,
// docs/decisions/040-pages-shared-by-anonymous-visitors.md), over real HTTP: who reads and fills
// them, which answers are never kept, and how a report change empties them.
import { describe, expect, it } from 'vitest';
import { FrontCache } from '@/server/http/front-cache';
import { anonymousRoute, isAnonymousCookie } from '@/lib/anonymous-pages';
import { BODY, options, start, text, type Upstream } from './front-cache-harness';

const REPORT = '/vi/phan-anh/PA-2026-000001';
const LIST = '/vi/phan-anh';
const RESULTS = '/vi/lay-y-kien/quy-hoach-cong-vien/ket-qua';
const HASHED = "script-src 'self' 'sha256-abc='";
// What Next.js sends for a page rendered per request, under the policy the proxy gives an anonymous visitor.
const anonymousPage = (): Upstream => ({
  calls: 0,
  status: 200,
  cacheControl: 'private, no-cache, no-store, max-age=0, must-revalidate',
  policy: HASHED,
});
const withAnonymous = { ...options, anonymousRoute };

describe('the address table', () => {
  it('names the report list and pages, sign-in and consultation results, in both languages, and nothing else', () => {
    for (const path of [LIST, '/en/feedback', REPORT, '/en/feedback/PA-2026-000123', '/vi/dang-nhap', RESULTS])
      expect(anonymousRoute(path), path).not.toBeNull();
    expect(anonymousRoute('/en/consultations/parks/results')?.group).toBe('consultations');
    for (const path of [
      '/vi/phan-anh/gui',
      '/vi/phan-anh/cua-toi',
      '/vi/phan-anh/ban-do',
      '/vi/phan-anh/pa-2026-000001',
      '/vi/phan-anh/PA-2026-000001/x',
      '/vi/lay-y-kien/quy-hoach-cong-vien',
      '/vi/dang-ky',
      '/vi/tai-khoan',
      '/vi/quan-tri/phan-anh/PA-2026-000001',
    ])
      expect(anonymousRoute(path), path).toBeNull();
  });

  it('takes a request with a session cookie, or any cookie it does not know, for someone else', () => {
    expect(isAnonymousCookie(undefined)).toBe(true);
    expect(isAnonymousCookie('NEXT_LOCALE=en')).toBe(true);
    expect(isAnonymousCookie('NEXT_LOCALE=vi; authjs.csrf-token=a%7Cb; authjs.callback-url=%2F')).toBe(true);
    expect(isAnonymousCookie('__Host-authjs.csrf-token=x; __Secure-authjs.callback-url=y')).toBe(true);
    for (const cookie of [
      'authjs.session-token=eyJ',
      '__Secure-authjs.session-token=eyJ',
      'NEXT_LOCALE=vi; authjs.session-token.0=eyJ; authjs.session-token.1=abc',
      '__Secure-authjs.session-token.0=eyJ',
      'cds_signin_email=a%40b.vn',
      'theme=dark',
    ])
      expect(isAnonymousCookie(cookie), cookie).toBe(false);
  });
});

describe('front cache: pages shared by anonymous visitors', () => {
  it('answers an anonymous visitor from memory, with the headers Next.js gave (still private, no-store)', async () => {
    const upstream = anonymousPage();
    const get = await start(upstream, new FrontCache(withAnonymous));
    await get(REPORT);
    const again = await get(REPORT, { cookie: 'NEXT_LOCALE=en' });
    expect(upstream.calls).toBe(1);
    expect(again.headers['x-front-cache']).toBe('hit');
    expect(text(again)).toBe(BODY);
    expect(again.headers['content-security-policy']).toBe(HASHED);
    expect(again.headers['cache-control']).toBe('private, no-cache, no-store, max-age=0, must-revalidate');
  });

  it('keeps the report list by its canonical filters, and not what it does not know', async () => {
    const upstream = anonymousPage();
    const get = await start(upstream, new FrontCache(withAnonymous));
    await get(`${LIST}?page=2&status=RESOLVED`);
    expect((await get(`${LIST}?status=RESOLVED&page=2`)).headers['x-front-cache']).toBe('hit');
    expect(upstream.calls).toBe(1);
    for (const query of ['?code=PA-2026-000001', '?status=RESOLVED&status=RECEIVED', '?utm=x', '?page=%zz']) {
      await get(`${LIST}${query}`);
      expect((await get(`${LIST}${query}`)).headers['x-front-cache'], query).toBeUndefined();
    }
  });

  it('never reads nor fills for a signed-in visitor, and never keeps what is not a shared answer', async () => {
    const session = { cookie: 'NEXT_LOCALE=vi; __Secure-authjs.session-token.0=eyJ' };
    const cases: [string, Partial<Upstream>, string, Record<string, string>][] = [
      ['a request with a session cookie', {}, REPORT, session],
      ['a request with the sign-in flash cookie', {}, '/vi/dang-nhap', { cookie: 'cds_signin_email=a%40b.vn' }],
      ['an answer under a nonce policy', { policy: "script-src 'self' 'nonce-abc' 'strict-dynamic'" }, REPORT, {}],
      ['an answer without a policy', { policy: '' }, REPORT, {}],
      ['an answer setting a cookie', { cookie: 'NEXT_LOCALE=vi; Path=/' }, REPORT, {}],
      ['a hidden report (404)', { status: 404 }, REPORT, {}],
      ['a report page with a query', {}, `${REPORT}?follow=followed`, {}],
      ['a results page with a receipt', {}, `${RESULTS}?receipt=ABC-123`, {}],
      ['an answer cut off half-way', { breakOff: true }, REPORT, { 'x-expect-error': '1' }],
    ];
    for (const [name, change, path, headers] of cases) {
      const upstream = { ...anonymousPage(), ...change };
      const cache = new FrontCache(withAnonymous);
      const get = await start(upstream, cache);
      await get(path, headers);
      const again = await get(path, headers);
      expect(upstream.calls, name).toBe(2);
      expect(again.headers['x-front-cache'], name).toBeUndefined();
      expect(cache.size, name).toBe(0);
    }
    // A page kept for anonymous visitors is never given to a signed-in one.
    const upstream = anonymousPage();
    const get = await start(upstream, new FrontCache(withAnonymous));
    await get(REPORT);
    expect((await get(REPORT, session)).headers['x-front-cache']).toBeUndefined();
    expect(upstream.calls).toBe(2);
  });

  it('empties one group when its data changes, and keeps none of its answers under way', async () => {
    let release: () => void = () => {};
    const upstream = anonymousPage();
    const cache = new FrontCache(withAnonymous);
    const get = await start(upstream, cache);
    await get(REPORT);
    await get(RESULTS);
    expect(cache.size).toBe(2);
    cache.clear('reports');
    expect(cache.size).toBe(1);
    expect((await get(RESULTS)).headers['x-front-cache']).toBe('hit');
    // A report page rendered while a report changed may show the old state: not kept.
    upstream.release = new Promise<void>((r) => (release = r));
    const inFlight = get(REPORT);
    while (upstream.calls < 3) await new Promise((r) => setTimeout(r, 5));
    cache.clear('reports');
    release();
    await inFlight;
    expect((await get(REPORT)).headers['x-front-cache']).toBeUndefined();
    expect((await get(REPORT)).headers['x-front-cache']).toBe('hit');
  });
});
