// Pages of the dynamic sections that every visitor without a session sees alike are answered from
// the front cache (docs/decisions/040-pages-shared-by-anonymous-visitors.md): a report page is kept,
// shows a change an official makes at once, is never given to a signed-in resident, runs its scripts
// under the hashed policy, and the sign-in page kept the same way still signs in without JavaScript.
import type { Page } from '@playwright/test';
import { test, expect, testData, demo, signIn, sql } from './fixtures';

const base = process.env.BASE_URL ?? 'http://localhost:3000';

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, {
    headers: { 'accept-encoding': 'br, gzip', ...headers },
    redirect: 'manual',
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}
/** Asks until the front cache answers (another test's report change empties it for a moment). */
async function cached(path: string) {
  let answer = await get(path);
  await expect.poll(async () => (answer = await get(path)).headers.get('x-front-cache')).toBe('hit');
  return answer;
}
const badge = (html: string) => /data-testid="status"[^>]*>([^<]*)</.exec(html)?.[1];

async function newReport() {
  const [author] = await sql<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [demo.citizen2.email]);
  return testData.report({ authorId: author!.id, agency: 'SO-XD', title: `Đèn đường tắt ${Date.now()}` });
}

async function watchPolicy(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.sample}`),
    );
  });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return async () => ({
    errors,
    violations: await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  });
}

test('a report page is shared by anonymous visitors, shows an official’s change at once, and is never given to a signed-in resident', async ({
  browser,
  page,
  clientIp,
}) => {
  const report = await newReport();
  const headers = { 'X-Forwarded-For': clientIp };
  const path = `/vi/phan-anh/${report.code}`;

  // Anonymous: from the front cache, under the hashed policy, private to the browser, no cookie.
  const kept = await cached(path);
  expect(kept.status).toBe(200);
  expect(badge(kept.text)).toBe('Tiếp nhận');
  expect(kept.text).toContain('data-testid="sign-in-to-follow"');
  const scripts = kept.headers
    .get('content-security-policy')!
    .split(';')
    .find((d) => d.includes('script-src'))!;
  expect(scripts).toMatch(/^\s*script-src 'self' 'sha256-/);
  expect(scripts).not.toMatch(/nonce-|unsafe-inline/);
  expect(kept.headers.get('cache-control')).toMatch(/private|no-store/);
  expect(kept.headers.get('set-cookie')).toBeNull();

  // In a browser, the page from the cache runs its scripts: no policy violation, and its script
  // remembers the language in a cookie; its links work.
  const anonymous = await browser.newContext({ baseURL: base, extraHTTPHeaders: headers });
  const visitor = await anonymous.newPage();
  const seen = await watchPolicy(visitor);
  // (Another test's new report empties the kept report pages for a moment: load until it is kept.)
  await expect.poll(async () => (await visitor.goto(path))?.headers()['x-front-cache']).toBe('hit');
  await expect(visitor.getByTestId('report-code')).toHaveText(report.code);
  await expect.poll(async () => (await anonymous.cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('vi');
  expect(await seen()).toEqual({ errors: [], violations: [] });
  await visitor.getByTestId('sign-in-to-follow').click();
  await expect(visitor).toHaveURL(/\/vi\/dang-nhap\?next=/);

  // Signed in, the resident gets their own page, rendered for them, with the follow button.
  await signIn(page, demo.citizen);
  const mine = await page.goto(path);
  expect(mine?.headers()['x-front-cache']).toBeUndefined();
  expect(mine?.headers()['content-security-policy']).toMatch(/'nonce-/);
  await expect(page.getByTestId('follow-button')).toHaveText('Theo dõi phản ánh');
  await expect(page.getByTestId('sign-in-to-follow')).toHaveCount(0);
  // …and the anonymous copy is still the anonymous one.
  expect((await cached(path)).text).not.toContain('data-testid="follow-button"');

  // An official moves the report on; an anonymous visitor sees it on the next request.
  const official = await browser.newContext({ baseURL: base, extraHTTPHeaders: headers });
  const desk = await official.newPage();
  await signIn(desk, demo.official);
  await desk.goto(`/vi/quan-tri/phan-anh/${report.code}`);
  const statusForm = desk.getByTestId('status-form');
  await statusForm.getByLabel('Trạng thái mới').selectOption({ label: 'Đang xử lý' });
  await statusForm.getByLabel('Ghi chú cho người dân').fill('Đã cử đội điện chiếu sáng kiểm tra.');
  expect(badge((await cached(path)).text)).toBe('Tiếp nhận');
  await statusForm.getByRole('button', { name: 'Lưu trạng thái' }).click();
  await expect(desk.getByTestId('status-badge').first()).toHaveText('Đang xử lý');
  const after = await get(path);
  expect(badge(after.text)).toBe('Đang xử lý');
  expect(after.text).toContain('Đã cử đội điện chiếu sáng kiểm tra.');
  await anonymous.close();
  await official.close();
});

test('a hidden report is the same 404 for every anonymous visitor, and is never kept', async () => {
  const report = await newReport();
  await sql('UPDATE "Report" SET "hiddenAt" = now(), "hiddenReason" = $2 WHERE id = $1', [report.id, 'Trùng lặp']);
  const path = `/vi/phan-anh/${report.code}`;
  for (let i = 0; i < 3; i++) {
    const r = await get(path);
    expect(r.status).toBe(404);
    expect(r.headers.get('x-front-cache')).toBeNull();
    expect(r.text).not.toContain(report.title);
  }
});

test('the report list is kept by its filters, and the sign-in page kept for anonymous visitors signs in without JavaScript', async ({
  browser,
  clientIp,
}) => {
  const list = await cached('/vi/phan-anh?status=RECEIVED&sort=oldest');
  expect(list.text).toContain('data-testid="result-count"');
  await expect
    .poll(async () => (await get('/vi/phan-anh?sort=oldest&status=RECEIVED')).headers.get('x-front-cache'))
    .toBe('hit');
  expect((await get('/vi/phan-anh?code=PA-2026-000001')).headers.get('x-front-cache')).toBeNull();

  await cached('/vi/dang-nhap');
  const context = await browser.newContext({
    baseURL: base,
    javaScriptEnabled: false,
    extraHTTPHeaders: { 'X-Forwarded-For': clientIp },
  });
  const page = await context.newPage();
  await expect.poll(async () => (await page.goto('/vi/dang-nhap'))?.headers()['x-front-cache']).toBe('hit');
  await page.getByLabel('Email').fill(demo.citizen.email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(demo.citizen.password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page).toHaveURL(/\/vi\/tai-khoan$/);
  // Now signed in: the sign-in page sends them on instead of a kept copy.
  const again = await page.goto('/vi/dang-nhap');
  expect(again?.headers()['x-front-cache']).toBeUndefined();
  await expect(page).toHaveURL(/\/vi\/tai-khoan$/);
  await context.close();
});
