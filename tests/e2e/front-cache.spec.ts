// The production server keeps public pages in its front cache: a visitor gets the same page and the
// same headers as from Next.js, gzip, and never a cookie. What every answer of the production server
// carries: a script policy without 'unsafe-inline', addresses on PUBLIC_URL whatever the Host, and
// no cookie on a shareable answer.
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { test, expect } from './fixtures';

const base = process.env.BASE_URL ?? 'http://localhost:3000';

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'gzip', ...headers }, redirect: 'manual' });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

test('a procedure page comes from the front cache with the headers Next.js gave it', async ({ page }) => {
  const path = '/vi/thu-tuc-hanh-chinh/dang-ky-ket-hon';
  const first = await get(path);
  expect(first.status).toBe(200);
  // An editor's save in a test running alongside empties the cache for a moment: ask until it keeps the page.
  let second = await get(path);
  await expect.poll(async () => (second = await get(path)).headers.get('x-front-cache')).toBe('hit');
  expect(second.headers.get('content-encoding')).toBe('gzip');
  expect(second.text).toBe(first.text);
  expect(second.text).toContain('Đăng ký kết hôn');
  for (const h of [
    'content-security-policy',
    'link',
    'cache-control',
    'etag',
    'content-type',
    'x-content-type-options',
    'strict-transport-security',
  ]) {
    expect(second.headers.get(h), h).toBe(first.headers.get(h));
  }
  expect(second.headers.get('link')).toContain(
    `${base}/en/procedures/dang-ky-ket-hon>; rel="alternate"; hreflang="en"`,
  );
  expect(second.headers.get('set-cookie')).toBeNull();
  expect(second.headers.get('vary')).toContain('Accept-Encoding');
  // Whatever language cookie the visitor has, it is the same page, from the cache.
  expect((await get(path, { cookie: 'NEXT_LOCALE=en' })).headers.get('x-front-cache')).toBe('hit');

  // Client-side navigations, searches and 404s always go to Next.js.
  for (const [p, h] of [
    [path, { rsc: '1' }],
    [`${path}?x=1`, {}],
    ['/vi/thu-tuc-hanh-chinh/khong-co-thu-tuc-nay', {}],
  ] as const) {
    await get(p, h);
    expect((await get(p, h)).headers.get('x-front-cache'), p).toBeNull();
  }
  expect((await get('/vi/thu-tuc-hanh-chinh/khong-co-thu-tuc-nay')).status).toBe(404);

  // And in the browser it is the page, working as before.
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký kết hôn');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/procedures\/dang-ky-ket-hon$/);
});

/** A request with the headers as given, Host included (fetch() would drop it). */
function raw(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    http
      .get({ host: url.hostname, port: url.port, path, headers: { 'accept-encoding': 'gzip', ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res
          .on('data', (c: Buffer) => chunks.push(c))
          .on('end', () =>
            resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('latin1') }),
          );
      })
      .on('error', reject);
  });
}

const scriptSrc = (policy: string | null | undefined) =>
  (policy ?? '')
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('script-src')) ?? '';

test('cached and dynamic pages run their scripts under a policy without unsafe-inline', async ({ browser }) => {
  // A first visit, without any cookie: the cached page's script must run to remember the language.
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const violations = async () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  // The procedure page twice: the answer that fills the front cache, then the one from it.
  for (const path of [
    '/vi/thu-tuc-hanh-chinh/dang-ky-ket-hon',
    '/vi/thu-tuc-hanh-chinh/dang-ky-ket-hon',
    '/en/news',
    '/vi/khong-co-trang-nay',
  ]) {
    const res = await page.goto(path);
    const src = scriptSrc(res!.headers()['content-security-policy']);
    expect(src, path).toMatch(/^script-src 'self' 'sha256-/);
    expect(src, path).not.toContain("'unsafe-inline'");
    expect(await violations(), path).toEqual([]);
  }
  // The page's JavaScript ran: the browser now remembers the language the server did not set.
  await expect.poll(async () => (await context.cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('vi');
  await page.goto('/vi/thu-tuc-hanh-chinh');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/procedures$/);

  // A dynamic page: a nonce, no hashes, and its live validation works.
  const dynamic = await page.goto('/vi/dang-ky');
  const src = scriptSrc(dynamic!.headers()['content-security-policy']);
  expect(src).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
  expect(src).not.toContain("'unsafe-inline'");
  await page.getByLabel('Email').fill('khong-phai-email');
  await page.getByLabel('Email').blur();
  await expect(page.getByTestId('error-email')).toContainText('Nhập địa chỉ email đúng dạng');
  expect(await violations()).toEqual([]);
  expect(errors.filter((e) => /Content Security Policy|Refused to execute/i.test(e))).toEqual([]);
  await context.close();
});

test('no address the portal writes comes from the Host header, and a foreign Host never reaches the front cache', async () => {
  const evil = { host: 'evil.example', 'x-forwarded-host': 'evil.example' };
  for (const path of [
    '/vi/phan-anh/rss',
    '/en/feedback/rss',
    '/vi/dang-nhap',
    '/en/sign-in',
    '/vi/thu-tuc-hanh-chinh/dang-ky-ket-hon',
    '/',
    '/vi/news',
  ]) {
    for (const headers of [{ host: 'evil.example' }, evil]) {
      const r = await raw(path, headers);
      const where = `${path} ${JSON.stringify(headers)}`;
      // Each address is on the public one, or relative to the one the visitor used (Next.js's preload hints, its redirects).
      const onPortal = new RegExp(`^(?:${base}/|/(?![/\\\\]))`);
      for (const url of [...String(r.headers.link ?? '').matchAll(/<([^>]+)>/g)].map((m) => m[1]!))
        expect(url, where).toMatch(onPortal);
      if (r.headers.location) expect(r.headers.location, where).toMatch(onPortal);
      if (r.headers.location) expect(r.status, where).toBeGreaterThanOrEqual(300);
      else expect(String(r.headers.link), where).toContain(`<${base}/`);
    }
  }
  // A page asked for under a foreign Host is answered by Next.js every time, and never kept for others.
  const page = '/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh';
  for (let i = 0; i < 3; i++)
    expect((await raw(page, { host: 'evil.example' })).headers['x-front-cache']).toBeUndefined();
  await raw(page, { host: new URL(base).host });
  await expect.poll(async () => (await raw(page, { host: new URL(base).host })).headers['x-front-cache']).toBe('hit');
  expect((await raw(page, { host: 'evil.example' })).headers['x-front-cache']).toBeUndefined();
});

test('a shareable answer never sets a cookie: feeds, cached pages, sitemap, open data', async () => {
  const paths = [
    '/vi/phan-anh/rss',
    '/en/feedback/rss',
    '/vi',
    '/en',
    '/vi/thu-tuc-hanh-chinh/dang-ky-ket-hon',
    '/en/news',
    '/vi/thu-tuc-hanh-chinh/mau/mau-ct01',
    '/sitemap.xml',
    '/sitemaps/pages.xml',
    '/api/open311/v2/services.json',
    '/api/procedures',
    '/robots.txt',
  ];
  for (const path of paths) {
    for (const cookie of [undefined, 'NEXT_LOCALE=en', 'NEXT_LOCALE=vi']) {
      const r = await raw(path, cookie ? { cookie } : {});
      expect(r.status, path).toBe(200);
      expect(r.headers['cache-control'], path).toMatch(/public|s-maxage/);
      expect(r.headers['set-cookie'], `${path} with ${cookie ?? 'no cookie'}`).toBeUndefined();
    }
  }
  // A page rendered per request still remembers the language the usual way (sign-in no longer:
  // visitors without a session share it, record 040).
  expect((await raw('/en/sign-up', {})).headers['set-cookie']?.join()).toContain('NEXT_LOCALE=en');
});

/** The decoded text of an answer: Brotli, gzip or none, as its Content-Encoding says. */
function decoded(r: { headers: http.IncomingHttpHeaders; body: string }): string {
  const bytes = Buffer.from(r.body, 'latin1');
  const encoding = r.headers['content-encoding'];
  return (encoding === 'br' ? brotliDecompressSync(bytes) : encoding === 'gzip' ? gunzipSync(bytes) : bytes).toString(
    'utf8',
  );
}

test('every answer worth it is compressed, Brotli when accepted and gzip otherwise, from the cache or not', async () => {
  const news = await raw('/vi/tin-tuc', {});
  const article = /href="(\/vi\/tin-tuc\/[^"?#/]+)"/.exec(decoded(news))?.[1];
  expect(article).toBeTruthy();
  const paths = [
    '/vi/thu-tuc-hanh-chinh',
    '/vi/thu-tuc-hanh-chinh?q=khai+sinh',
    // Never kept (an unknown parameter): Next.js's own answer, compressed on its way out.
    '/vi/thu-tuc-hanh-chinh/dang-ky-ket-hon?x=1',
    article!,
    '/vi/phan-anh',
    '/vi/dang-nhap',
    '/api/procedures?q=khai+sinh',
    '/api/open311/v2/services.json',
  ];
  for (const path of paths) {
    const br = await raw(path, { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await raw(path, { 'accept-encoding': 'gzip, deflate' });
    const none = await raw(path, { 'accept-encoding': 'identity' });
    for (const r of [br, gzip, none]) expect(r.status, path).toBe(200);
    expect(br.headers['content-encoding'], path).toBe('br');
    expect(gzip.headers['content-encoding'], path).toBe('gzip');
    expect(none.headers['content-encoding'], path).toBeUndefined();
    for (const r of [br, gzip, none]) expect(r.headers.vary, path).toContain('Accept-Encoding');
    const text = decoded(none);
    expect(text.length, path).toBeGreaterThan(1000);
    // The same content however it travels (pages rendered per request differ by their nonces only).
    for (const r of [br, gzip]) {
      expect(decoded(r).slice(0, 15), path).toBe(text.slice(0, 15));
      expect(Math.abs(decoded(r).length - text.length), path).toBeLessThan(text.length / 100);
    }
  }

  // The build's hashed files: compressed at build time, kept for a year by browsers.
  const page = decoded(await raw('/vi', {}));
  const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(page)?.[1];
  const js = /src="(\/_next\/static\/[^"]+\.js)"/.exec(page)?.[1];
  for (const asset of [css!, js!]) {
    const br = await raw(asset, { 'accept-encoding': 'br, gzip' });
    expect(br.status, asset).toBe(200);
    expect(br.headers['content-encoding'], asset).toBe('br');
    expect(br.headers['cache-control'], asset).toBe('public, max-age=31536000, immutable');
    expect(Number(br.headers['content-length']), asset).toBe(Buffer.byteLength(br.body, 'latin1'));
    expect(br.headers['x-content-type-options'], asset).toBe('nosniff');
    const gzip = await raw(asset, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding'], asset).toBe('gzip');
    expect(decoded(gzip)).toBe(decoded(br));
  }
});

test('a search is kept by its query for everyone who asks the same, and a save empties it', async () => {
  const path = '/vi/thu-tuc-hanh-chinh?q=ket+hon';
  await get(path);
  await expect.poll(async () => (await get(path)).headers.get('x-front-cache')).toBe('hit');
  // The same query written another way is the same search; another parameter is not kept.
  await expect
    .poll(async () => (await get('/vi/thu-tuc-hanh-chinh?q=ket%20hon')).headers.get('x-front-cache'))
    .toBe('hit');
  for (const p of ['/vi/thu-tuc-hanh-chinh?q=ket+hon&utm=1', '/vi/thu-tuc-hanh-chinh?q=ket+hon&q=x']) {
    await get(p);
    expect((await get(p)).headers.get('x-front-cache'), p).toBeNull();
  }
  const hit = await get(path);
  expect(hit.text).toContain('href="/vi/thu-tuc-hanh-chinh/dang-ky-ket-hon"');
  // A typeahead answer likewise.
  await get('/api/procedures/suggest?q=ket&locale=vi');
  await expect
    .poll(async () => (await get('/api/procedures/suggest?q=ket&locale=vi')).headers.get('x-front-cache'))
    .toBe('hit');
});
