import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { test, expect, signIn, sql, testData } from './fixtures';

// The installable portal in Chromium against the production server: the manifest passes
// Chromium's installability check, the service worker keeps the public pages opened and shows
// them offline with the time they were saved, answers anything else with the offline page, never
// keeps a personal page, and a report written offline waits on the device and is filed once,
// with its idempotency key, when the network is back.

test.use({ serviceWorkers: 'allow' });
// Several page loads, a sign-in and the worker's installation per test, on a shared machine.
test.describe.configure({ timeout: 180_000 });

async function workerReady(page: import('@playwright/test').Page) {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return Boolean(reg?.active && navigator.serviceWorker.controller);
  });
}

test('the manifest names the portal in both languages, with icons, shortcuts and no installability error', async ({
  page,
}) => {
  await page.goto('/vi');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  const vi = await (await page.request.get('/manifest.webmanifest')).json();
  expect(vi).toMatchObject({
    start_url: '/vi',
    theme_color: '#0b4a8b',
    display: 'standalone',
    short_name: 'Công dân số',
  });
  expect(vi.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );
  expect(vi.shortcuts.map((s: { name: string; url: string }) => [s.name, s.url])).toEqual([
    ['Gửi phản ánh', '/vi/phan-anh/gui'],
    ['Tra cứu thủ tục', '/vi/thu-tuc-hanh-chinh'],
  ]);
  for (const icon of vi.icons) expect((await page.request.get(icon.src)).status()).toBe(200);
  await workerReady(page);

  // Chromium's own check. The test contexts are incognito profiles, where Chromium never offers
  // to install anything ("in-incognito"), so the check runs in a real, persistent profile.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cds-install-'));
  const profile = await chromium.launchPersistentContext(dir, {
    ...test.info().project.use.launchOptions,
    baseURL: test.info().project.use.baseURL,
    locale: 'vi-VN',
  });
  try {
    const installable = await profile.newPage();
    await installable.goto('/vi');
    await workerReady(installable);
    const cdp = await profile.newCDPSession(installable);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await profile.close();
    rmSync(dir, { recursive: true, force: true });
  }

  await page.goto('/en');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest-en.webmanifest');
  const en = await (await page.request.get('/manifest-en.webmanifest')).json();
  expect(en).toMatchObject({ start_url: '/en', lang: 'en' });
  expect(en.shortcuts.map((s: { url: string }) => s.url)).toEqual(['/en/feedback/new', '/en/procedures']);
});

test('public pages opened stay readable offline with the time they were saved; other pages get the offline page', async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // The first page opened is kept too: it reaches the worker after it starts.
  await page.goto('/vi/tin-tuc');
  await workerReady(page);
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  await expect(page.getByTestId('offline-notice')).toBeHidden();
  await page.waitForTimeout(1000);
  await page.goto('/vi/thu-tuc-hanh-chinh');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await context.setOffline(true);
  await page.goto('/vi/tin-tuc');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!);
  const notice = page.getByTestId('offline-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Bạn đang ngoại tuyến. Đây là bản lưu của trang này lúc');
  await expect(notice.locator('time')).toHaveAttribute('data-time', /^\d\d:\d\d \d\d\/\d\d\/\d{4}$/);
  await expect(notice.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);

  // Never opened: the offline page of its language.
  await page.goto('/en/privacy');
  await expect(page.getByTestId('offline-page')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await context.setOffline(false);
  expect(errors.filter((e) => /Content Security Policy|Hydration/i.test(e))).toEqual([]);
});

test('personal pages are never kept on the device', async ({ page, context }) => {
  const person = await testData.user();
  await signIn(page, person);
  await workerReady(page);
  await page.goto('/vi/tai-khoan');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const kept = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
    return urls;
  });
  expect(kept.some((u) => /tai-khoan|dang-nhap|quan-tri/.test(u))).toBe(false);
  await context.setOffline(true);
  await page.goto('/vi/tai-khoan');
  await expect(page.getByTestId('offline-page')).toBeVisible();
  await expect(page.getByText(person.email)).toHaveCount(0);
  await context.setOffline(false);
});

test('a report written offline waits on the device, then is filed once with its tracking code when the network is back', async ({
  page,
  context,
}) => {
  const person = await testData.user();
  await signIn(page, person);
  await page.goto('/vi/phan-anh/gui');
  await workerReady(page);
  const title = `Đèn đường hỏng ${Date.now()}`;
  await page.getByLabel('Lĩnh vực').selectOption('giao-thong');
  await page.getByLabel('Tiêu đề').fill(title);
  await page.getByLabel('Nội dung phản ánh').fill('Cả dãy đèn đường tắt từ tối qua, rất nguy hiểm cho người đi bộ.');
  await page.getByLabel('Phường, xã, đặc khu').selectOption('mau-phuong-ben-thanh');
  await page.getByLabel('Địa chỉ', { exact: true }).fill('Đường Lê Lợi, đoạn trước nhà hát');

  await context.setOffline(true);
  await page.getByRole('button', { name: 'Gửi phản ánh', exact: true }).click();
  const item = page.getByTestId('outbox-item');
  await expect(item).toHaveAttribute('data-state', 'waiting');
  await expect(item).toContainText(`Đang chờ gửi: phản ánh «${title}»`);
  expect(await sql(`SELECT 1 FROM "Report" WHERE title = $1`, [title])).toHaveLength(0);

  await context.setOffline(false);
  await expect(item).toHaveAttribute('data-state', 'sent', { timeout: 20_000 });
  const rows = await sql<{ code: string; idempotencyKey: string }>(
    `SELECT code, "idempotencyKey" FROM "Report" WHERE title = $1`,
    [title],
  );
  expect(rows).toHaveLength(1);
  await expect(item).toContainText(`Mã tra cứu: ${rows[0]!.code}`);
  // Sent again (another tab, a reload): the key files it once.
  await page.reload();
  await page.waitForTimeout(1000);
  expect(await sql(`SELECT 1 FROM "Report" WHERE title = $1`, [title])).toHaveLength(1);
});

test('the service worker adds at most 15 KB gzip to a first visit', async ({ page }) => {
  const sizes: Record<string, number> = {};
  page.on('response', async (r) => {
    const path = new URL(r.url()).pathname;
    if (path === '/sw.js' || path.endsWith('.webmanifest'))
      sizes[path] = Number(r.headers()['content-length'] ?? 0) || (await r.body()).length;
  });
  await page.goto('/vi');
  await workerReady(page);
  const sw = await page.request.get('/sw.js', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(sw.status()).toBe(200);
  const { gzipSync } = await import('node:zlib');
  const gz = gzipSync(await sw.body(), { level: 6 }).length;
  const manifest = gzipSync(await (await page.request.get('/manifest.webmanifest')).body(), { level: 6 }).length;
  console.log(`sw.js ${gz} B gzip, manifest ${manifest} B gzip`);
  expect(gz + manifest).toBeLessThan(15 * 1024);
});
