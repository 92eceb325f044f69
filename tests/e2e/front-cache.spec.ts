// The production server keeps public pages in its front cache: a visitor gets the same page and the
// same headers as from Next.js, gzip, and never a cookie. What every answer of the production server
// carries: a script policy without 'unsafe-inline', addresses on PUBLIC_URL whatever the Host, and
// no cookie on a shareable answer.
import http from 'node:http';
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
  // A page rendered for one person still remembers the language the usual way.
  expect((await raw('/en/sign-in', {})).headers['set-cookie']?.join()).toContain('NEXT_LOCALE=en');
});
