// The front cache of public pages, over real HTTP: what a client gets on the first and the next
// requests, which answers are never kept, and how a save empties it.
import { describe, expect, it } from 'vitest';
import { FrontCache } from '@/server/http/front-cache';
import { publicPagesChanged } from '@/lib/public-pages-changed';
import { BODY, PAGE, cachedPage, options, start, text, type Upstream } from './front-cache-harness';

describe('front cache', () => {
  it('answers the next requests for a cached page from memory, Brotli or gzip, with the same headers', async () => {
    const upstream = cachedPage();
    const get = await start(upstream, new FrontCache(options));
    const first = await get(PAGE);
    expect(first.headers['content-encoding']).toBeUndefined(); // the one answer that filled the cache
    expect(first.headers['x-would-compress']).toBeUndefined();
    expect(text(first)).toBe(BODY);
    const second = await get(PAGE);
    const third = await get(PAGE, { 'accept-encoding': 'gzip, deflate' });
    expect(upstream.calls).toBe(1);
    expect(second.headers['content-encoding']).toBe('br');
    expect(third.headers['content-encoding']).toBe('gzip');
    for (const r of [second, third]) {
      expect(r.status).toBe(200);
      expect(r.headers['x-front-cache']).toBe('hit');
      expect(Number(r.headers['content-length'])).toBe(r.body.length);
      expect(text(r)).toBe(BODY);
      expect(r.headers['content-security-policy']).toBe("default-src 'self'");
      expect(r.headers.link).toContain('hreflang="en"');
      expect(r.headers.etag).toBe('"abc123"');
      expect(r.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding');
      expect(r.headers['set-cookie']).toBeUndefined();
    }
    // Whatever cookies the visitor sends, the page is the same one.
    expect((await get(PAGE, { cookie: 'theme=dark; NEXT_LOCALE=en' })).headers['x-front-cache']).toBe('hit');
    expect(upstream.calls).toBe(1);
  });

  it('never lets a request for another host read or fill a page, and keeps each served host apart', async () => {
    const upstream = cachedPage();
    const cache = new FrontCache(options);
    const get = await start(upstream, cache);
    const foreign: Record<string, string>[] = [
      { host: 'evil.example' },
      { 'x-forwarded-host': 'evil.example' },
      { host: 'congdanso.example.gov.vn', 'x-forwarded-host': 'evil.example' },
    ];
    for (const headers of foreign) {
      await get(PAGE, headers);
      const again = await get(PAGE, headers);
      expect(again.headers['x-front-cache'], JSON.stringify(headers)).toBeUndefined();
    }
    expect(cache.size).toBe(0);
    // A visitor of the portal then gets a page built for the portal, not for evil.example.
    await get(PAGE);
    const visitor = await get(PAGE);
    expect(visitor.headers['x-front-cache']).toBe('hit');
    expect(visitor.headers.link).not.toContain('evil.example');
    await get(PAGE, { host: 'congdanso.example.gov.vn' });
    const other = await get(PAGE, { host: 'congdanso.example.gov.vn' });
    expect(other.headers['x-front-cache']).toBe('hit');
    expect(other.headers.link).toContain('<http://congdanso.example.gov.vn/');
    expect(visitor.headers.link).not.toContain('congdanso.example.gov.vn');
    expect(upstream.calls).toBe(2 * 3 + 2);
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const get = await start(cachedPage(), new FrontCache(options));
    await get(PAGE);
    const r = await get(PAGE, { 'if-none-match': '"abc123"' });
    expect(r.status).toBe(304);
    expect(r.body.length).toBe(0);
    expect(r.headers.etag).toBe('"abc123"');
  });

  it('never keeps other requests or answers', async () => {
    const cases: [string, Partial<Upstream>, string, Record<string, string>, string?][] = [
      ['a search (query string)', {}, `${PAGE}?q=x`, {}],
      ['a client-side navigation', {}, PAGE, { rsc: '1' }],
      ['a prefetch', {}, PAGE, { 'next-router-prefetch': '1' }],
      ['a client without gzip', {}, PAGE, { 'accept-encoding': 'identity' }],
      ['gzip and Brotli refused', {}, PAGE, { 'accept-encoding': 'gzip;q=0, br;q=0, deflate' }],
      ['a HEAD request', {}, PAGE, {}, 'HEAD'],
      ['a path outside the public pages', {}, '/vi/dang-nhap', {}],
      ['an unusual slug', {}, '/vi/thu-tuc-hanh-chinh/%C4%91ang-ky', {}],
      ['a 404', { status: 404 }, PAGE, {}],
      [
        'a page rendered per request',
        { cacheControl: 'private, no-cache, no-store, max-age=0, must-revalidate', nextjsCache: undefined },
        PAGE,
        {},
      ],
      ['an answer setting a cookie', { cookie: 'authjs.session-token=x; Path=/; HttpOnly' }, PAGE, {}],
      ['an answer setting the language cookie', { cookie: 'NEXT_LOCALE=vi; Path=/' }, PAGE, {}],
      ['a stale copy being refreshed', { nextjsCache: 'STALE' }, PAGE, {}],
      ['an answer cut off half-way', { breakOff: true }, PAGE, { 'x-expect-error': '1' }],
    ];
    for (const [name, change, path, headers, method] of cases) {
      const upstream = { ...cachedPage(), ...change };
      const cache = new FrontCache(options);
      const get = await start(upstream, cache);
      await get(path, headers, method);
      const again = await get(path, headers, method);
      expect(upstream.calls, name).toBe(2);
      expect(again.headers['x-front-cache'], name).toBeUndefined();
      expect(cache.size, name).toBe(0);
    }
  });

  it('forgets everything when an editor saves (publicPagesChanged), and after its time to live', async () => {
    let now = 1_000_000;
    const upstream = cachedPage();
    const cache = new FrontCache({ ...options, ttlMs: 2000, now: () => now }).register();
    const get = await start(upstream, cache);
    await get(PAGE);
    await get(PAGE);
    expect(upstream.calls).toBe(1);
    publicPagesChanged();
    expect(cache.size).toBe(0);
    // For 3 s after a save nothing is kept (Next.js applies its revalidation a moment later).
    await get(PAGE);
    await get(PAGE);
    expect(upstream.calls).toBe(3);
    now += 3000;
    await get(PAGE);
    expect(upstream.calls).toBe(4);
    now += 1999;
    expect((await get(PAGE)).headers['x-front-cache']).toBe('hit');
    now += 2;
    expect((await get(PAGE)).headers['x-front-cache']).toBeUndefined();
    expect(upstream.calls).toBe(5);
  });

  it('does not keep an answer that was on its way while an editor saved', async () => {
    let release!: () => void;
    const upstream = { ...cachedPage(), release: new Promise<void>((r) => (release = r)) };
    const cache = new FrontCache(options);
    const get = await start(upstream, cache);
    const inFlight = get(PAGE);
    while (upstream.calls === 0) await new Promise((r) => setTimeout(r, 5));
    cache.clear();
    release();
    await inFlight;
    expect(cache.size).toBe(0);
    await get(PAGE);
    expect(upstream.calls).toBe(2);
  });

  it('keeps nothing with a time to live of 0', async () => {
    const upstream = cachedPage();
    const cache = new FrontCache({ ...options, ttlMs: 0 });
    const get = await start(upstream, cache);
    await get(PAGE);
    expect((await get(PAGE)).headers['x-front-cache']).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps at most maxEntries pages', async () => {
    const cache = new FrontCache({ ...options, maxEntries: 2 });
    const get = await start(cachedPage(), cache);
    for (const slug of ['a', 'b', 'c']) await get(`/vi/thu-tuc-hanh-chinh/${slug}`);
    expect(cache.size).toBe(2);
  });
});
