import type { Page } from '@playwright/test';
import { test, expect, testData, sql, uniqueEmail } from './fixtures';
import { errorOf } from '../support/errors';
import { startDbProxy, type DbProxy } from '../support/db-proxy';
import { startOwnServer, type OwnServer } from '../support/own-server';

// A production server of its own (the build under test, scripts/serve.ts) whose database
// connections go through a relay this file cuts and restores: pages and route handlers while
// PostgreSQL is away, and what the server logs about it. The shared server of the other specs
// keeps its database.

test.describe.configure({ mode: 'serial' });

let relay: DbProxy;
let server: OwnServer;
let base: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  relay = await startDbProxy(process.env.E2E_DATABASE_URL!);
  server = await startOwnServer({ DATABASE_URL: relay.url });
  base = server.base;
});

test.afterAll(async () => {
  await server?.stop();
  await relay?.close();
});

async function signInHere(page: Page, who: { email: string; password: string }) {
  // The browser's own context signs in through the password route handler (the sign-in page itself
  // is covered by accounts.spec.ts): on this freshly started server the form could be filled before
  // its script has loaded, which this test is not about. The session cookie lands in the context.
  const res = await page.request.post(`${base}/api/auth/password`, {
    form: { email: who.email, password: who.password, locale: 'vi' },
    headers: { Accept: 'application/json', Origin: base },
    timeout: 30_000,
  });
  expect(res.status(), await res.text()).toBe(200);
  expect(await res.json()).toMatchObject({ ok: true, redirect: '/vi/tai-khoan' });
  await page.goto(`${base}/vi/tai-khoan`);
  await expect(page).toHaveURL(/\/vi\/tai-khoan$/);
}

test('while PostgreSQL is away: pages say so in their language with 503 and Retry-After, route handlers answer 503 in their shape, cached pages keep serving, the report form keeps its draft, and the log has two lines', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const who = await testData.user();
  await signInHere(page, who);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');

  // A draft typed in the report form, kept on the device as the person types.
  await page.goto(`${base}/vi/phan-anh/gui`);
  await page.getByLabel('Tiêu đề').fill('Cây đổ chắn ngang đường');
  await page.getByLabel('Nội dung phản ánh').fill('Cây lớn đổ sau cơn mưa, xe không qua được.');
  await page.waitForTimeout(800);
  // Warm the cached public page while the database is there.
  expect((await request.get(`${base}/vi/tin-tuc`)).status()).toBe(200);
  const before = server.output().length;

  await relay.refuse();

  // Pages: the production server's own page, 503 with Retry-After, in the page's language.
  for (const [url, title, kept] of [
    [
      `${base}/vi/phan-anh`,
      'Tạm thời chưa phục vụ được',
      'Nội dung bạn đã gõ trong biểu mẫu phản ánh vẫn được giữ trên thiết bị này',
    ],
    [`${base}/en/feedback`, 'Temporarily unavailable', 'The text you typed in the report form is kept on this device'],
    [`${base}/vi/tai-khoan`, 'Tạm thời chưa phục vụ được', 'vẫn được giữ trên thiết bị này'],
  ]) {
    const res = await request.get(url!, { headers: { cookie } });
    expect(res.status(), url).toBe(503);
    expect(res.headers()['retry-after'], url).toBe('5');
    expect(res.headers()['content-type'], url).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html, url).toContain(`<h1>${title}</h1>`);
    expect(html, url).toContain(kept);
  }

  // Route handlers, the session lookup included: 503 with Retry-After and the usual error shape.
  const data = await request.get(`${base}/api/account/data`, { headers: { cookie } });
  expect(data.status()).toBe(503);
  expect(data.headers()['retry-after']).toBe('5');
  expect(await data.json()).toEqual({
    error: { code: 'unavailable', message: 'Cổng thông tin đang tạm thời gián đoạn. Vui lòng thử lại sau ít phút.' },
  });
  const photo = await request.get(`${base}/api/feedback/photos/x/display`, { headers: { cookie } });
  expect(photo.status()).toBe(503);
  expect((await errorOf(photo)).code).toBe('unavailable');

  // A cached public page keeps serving.
  expect((await request.get(`${base}/vi/tin-tuc`)).status()).toBe(200);

  // In the browser: the report form's page during the outage, then back with its draft intact.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tạm thời chưa phục vụ được');
  await expect(page.getByText('vẫn được giữ trên thiết bị này')).toBeVisible();

  await relay.up();
  await expect.poll(async () => (await request.get(`${base}/vi/phan-anh`)).status(), { timeout: 10_000 }).toBe(200);
  await page.reload();
  await expect(page.getByLabel('Tiêu đề')).toHaveValue('Cây đổ chắn ngang đường');
  await expect(page.getByLabel('Nội dung phản ánh')).toHaveValue('Cây lớn đổ sau cơn mưa, xe không qua được.');

  // One line when the outage started, one when it ended, and no stack trace in between.
  const log = server.output().slice(before);
  expect(log.match(/Database unreachable since/g), log).toHaveLength(1);
  expect(log.match(/Database reachable again after/g), log).toHaveLength(1);
  expect(log).not.toMatch(/^\s+at /m);
});

test.describe('server actions refused before they run', () => {
  test.beforeEach(async () => {
    await relay.up();
  });

  async function signUpForm(page: Page, email: string) {
    await page.goto(`${base}/vi/dang-ky`);
    await page.getByLabel('Họ và tên').fill('Người Lạ');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill('mot cau mat khau dai');
    await page.getByLabel('Phường, xã nơi bạn sống').selectOption({ label: 'Phường Bến Thành' });
    await page.getByLabel(/Tôi đã đọc và đồng ý/).check();
  }

  for (const [name, origin, broken, status, text] of [
    ['from another site', 'https://evil.example', false, 403, 'không được gửi từ một trang của Công dân số'],
    ['with Origin: null', 'null', false, 403, 'không được gửi từ một trang của Công dân số'],
    ['with a body that cannot be read', null, true, 400, 'không đọc được'],
  ] as const) {
    test(`a form post ${name} is a ${status} with a clear page, and nothing changes`, async ({ page, request }) => {
      // The sign-up form exactly as the page would post it without JavaScript (a server action),
      // sent as a page on another site, or a broken client, would make a browser send it.
      const email = uniqueEmail('la');
      await signUpForm(page, email);
      const fields = await page
        .locator('form', { has: page.getByLabel('Email') })
        .evaluate((form: HTMLFormElement) =>
          [...new FormData(form).entries()].filter((e): e is [string, string] => typeof e[1] === 'string'),
        );
      expect(fields.some(([k]) => k.startsWith('$ACTION'))).toBe(true);
      const headers: Record<string, string> = origin ? { origin } : { origin: base };
      const res = broken
        ? await request.post(`${base}/vi/dang-ky`, {
            headers: { ...headers, 'content-type': 'multipart/form-data; boundary=x' },
            data: '--x\r\nContent-Disposition: form-da',
          })
        : await request.post(`${base}/vi/dang-ky`, { headers, multipart: Object.fromEntries(fields) });
      expect(res.status()).toBe(status);
      expect(res.headers()['content-type']).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html).toContain('<h1>Biểu mẫu không được chấp nhận</h1>');
      expect(html).toContain(text);
      expect(html).toContain('Không có gì thay đổi.');
      expect(await sql('SELECT id FROM "User" WHERE email = $1', [email])).toEqual([]);
    });
  }

  test('a fetch action from another site is a 403, not a 500', async ({ request }) => {
    const res = await request.post(`${base}/vi/dang-ky`, {
      headers: {
        'next-action': '7f00000000000000000000000000000000000000aa',
        origin: 'https://evil.example',
        'content-type': 'text/plain;charset=UTF-8',
      },
      data: '[]',
    });
    expect(res.status()).toBe(403);
  });
});
