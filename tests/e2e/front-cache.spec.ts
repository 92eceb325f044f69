// The production server keeps public pages in its front cache: a visitor gets the same page and the
// same headers as from Next.js, gzip, and the language cookie only when theirs differs.
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
  for (const h of ['content-security-policy', 'link', 'cache-control', 'etag', 'content-type', 'x-content-type-options', 'strict-transport-security']) {
    expect(second.headers.get(h), h).toBe(first.headers.get(h));
  }
  expect(second.headers.get('link')).toContain(`${base}/en/procedures/dang-ky-ket-hon>; rel="alternate"; hreflang="en"`);
  expect(second.headers.get('set-cookie')).toBe('NEXT_LOCALE=vi; Path=/; Max-Age=31536000; SameSite=lax');
  expect(second.headers.get('vary')).toContain('Accept-Encoding');

  // A returning visitor whose language is already remembered: no cookie in the answer.
  let returning = await get(path, { cookie: 'NEXT_LOCALE=vi' });
  await expect.poll(async () => (returning = await get(path, { cookie: 'NEXT_LOCALE=vi' })).headers.get('x-front-cache')).toBe('hit');
  expect(returning.headers.get('set-cookie')).toBeNull();
  // One who last chose English gets Vietnamese remembered now.
  expect((await get(path, { cookie: 'NEXT_LOCALE=en' })).headers.get('set-cookie')).toContain('NEXT_LOCALE=vi');

  // Client-side navigations, searches and 404s always go to Next.js.
  for (const [p, h] of [[path, { rsc: '1' }], [`${path}?x=1`, {}], ['/vi/thu-tuc-hanh-chinh/khong-co-thu-tuc-nay', {}]] as const) {
    await get(p, h);
    expect((await get(p, h)).headers.get('x-front-cache'), p).toBeNull();
  }
  expect((await get('/vi/thu-tuc-hanh-chinh/khong-co-thu-tuc-nay')).status).toBe(404);

  // And in the browser it is the page, working as before.
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký kết hôn');
  await page.getByRole('link', { name: 'Xem trang này bằng tiếng Anh' }).click();
  await expect(page).toHaveURL(/\/en\/procedures\/dang-ky-ket-hon$/);
});
