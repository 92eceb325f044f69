import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { demo, test, expect, signIn, sql } from './fixtures';

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
  await expect(notice.locator('[data-saved-at]')).toHaveAttribute('data-time', /^\d\d:\d\d \d\d\/\d\d\/\d{4}$/);

  // Never opened: the offline page of its language.
  await page.goto('/en/privacy');
  await expect(page.getByTestId('offline-page')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await context.setOffline(false);
  expect(errors.filter((e) => /Content Security Policy|Hydration/i.test(e))).toEqual([]);
});

test('personal, back-office and sign-in pages are never kept on the device, nor any private answer', async ({
  page,
  context,
}) => {
  // The worker is in charge before the sign-in page is opened.
  await page.goto('/vi');
  await workerReady(page);
  await signIn(page, demo.official);
  await page.goto('/vi/tai-khoan');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/vi/quan-tri');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/vi/tin-tuc');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForTimeout(1000);
  const kept = await page.evaluate(async () => {
    const pages: { url: string; cacheControl: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const r of await cache.keys()) {
        const res = await cache.match(r);
        if ((res?.headers.get('content-type') ?? '').startsWith('text/html'))
          pages.push({ url: r.url, cacheControl: res?.headers.get('cache-control') ?? '' });
      }
    }
    return pages;
  });
  const paths = kept.map((k) => new URL(k.url).pathname);
  expect(paths).toContain('/vi/tin-tuc');
  expect(paths.filter((p) => /tai-khoan|dang-nhap|quan-tri|thong-bao|phan-anh/.test(p))).toEqual([]);
  for (const k of kept) expect(k.cacheControl, k.url).not.toMatch(/private|no-store/);
  // Seen from outside (the worker cannot read Set-Cookie): no kept page sets a cookie.
  for (const k of kept) {
    const res = await page.request.get(k.url, { maxRedirects: 0 });
    expect(res.headers()['set-cookie'], k.url).toBeUndefined();
  }

  await context.setOffline(true);
  for (const path of ['/vi/tai-khoan', '/vi/quan-tri', '/vi/dang-nhap']) {
    await page.goto(path);
    await expect(page.getByTestId('offline-page')).toBeVisible();
    await expect(page.getByText(demo.official.email)).toHaveCount(0);
  }
  await context.setOffline(false);
});

const FORM = '/vi/phan-anh/gui';

async function jpeg(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .jpeg()
    .toBuffer();
}

/** Signs the demo citizen in, opens the report form once the worker controls it, fills it with a photo. */
async function fillReport(page: Page, title: string) {
  // The map's tiles come from another host, out of reach here: refused at once.
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await signIn(page, demo.citizen);
  await page.goto(FORM);
  await workerReady(page);
  // The page's JavaScript is running once the draft note appears.
  await expect(page.getByText('Nội dung được lưu tạm trên máy này')).toBeVisible();
  await page.getByLabel('Lĩnh vực').selectOption('giao-thong');
  await page.getByLabel('Tiêu đề').fill(title);
  await page.getByLabel('Nội dung phản ánh').fill('Cả dãy đèn đường tắt từ tối qua, rất nguy hiểm cho người đi bộ.');
  await page.getByLabel('Phường, xã, đặc khu').selectOption('mau-phuong-ben-thanh');
  await page.getByLabel('Địa chỉ', { exact: true }).fill('Đường Lê Lợi, đoạn trước nhà hát');
  await page
    .locator('#field-photos')
    .setInputFiles({ name: 'den-duong.jpg', mimeType: 'image/jpeg', buffer: await jpeg() });
  await expect(page.getByTestId('photo-preview')).toHaveCount(1);
  await page.getByLabel('Mô tả ảnh 1').fill('Cột đèn tắt nhìn từ vỉa hè');
  await page.getByLabel(/Tôi đồng ý cho cơ quan chức năng dùng ảnh/).check();
  return page.locator('input[name="idempotencyKey"]').inputValue();
}

type Filed = { code: string; idempotencyKey: string; photos: number };
async function filed(title: string): Promise<Filed[]> {
  return sql<Filed>(
    `SELECT r.code, r."idempotencyKey", (SELECT count(*)::int FROM "ReportPhoto" p WHERE p."reportId" = r.id) AS photos
       FROM "Report" r WHERE r.title = $1`,
    [title],
  );
}

/** Goes offline, sends the form: "waiting to send", kept on the device with its photo, nothing filed. */
async function sendOffline(page: Page, context: BrowserContext, title: string) {
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Gửi phản ánh', exact: true }).click();
  const item = page.getByTestId('outbox-item');
  await expect(item).toHaveAttribute('data-state', 'waiting');
  await expect(item).toContainText(`Đang chờ gửi: phản ánh «${title}» được lưu trên thiết bị này`);
  const kept = await page.evaluate(
    () =>
      new Promise<{ key: string; photo: string }[]>((resolve) => {
        const open = indexedDB.open('cds-outbox', 1);
        open.onsuccess = () => {
          const all = open.result.transaction('reports').objectStore('reports').getAll();
          all.onsuccess = () =>
            resolve(
              all.result.map((e: { key: string; fields: [string, unknown][] }) => {
                const photo = e.fields.find(([name]) => name === 'photos')?.[1];
                return { key: e.key, photo: photo instanceof File ? `${photo.name} ${photo.size}` : String(photo) };
              }),
            );
        };
      }),
  );
  expect(kept).toHaveLength(1);
  expect(kept[0]!.photo).toMatch(/^den-duong\.jpg [1-9]\d*$/);
  expect(await filed(title)).toHaveLength(0);
  return item;
}

test('a report written offline, with its photo, waits on the device and is filed once with its tracking code when the network is back', async ({
  page,
  context,
}) => {
  const title = `Đèn đường hỏng ${Date.now()}`;
  const key = await fillReport(page, title);
  const item = await sendOffline(page, context, title);
  // Still offline a while later: nothing has gone out.
  await page.waitForTimeout(1500);
  expect(await filed(title)).toHaveLength(0);

  await context.setOffline(false);
  await expect(item).toHaveAttribute('data-state', 'sent', { timeout: 30_000 });
  const rows = await filed(title);
  expect(rows).toEqual([{ code: expect.stringMatching(/^PA-\d{4}-\d{6}$/), idempotencyKey: key, photos: 1 }]);
  await expect(item).toContainText(`Đã gửi phản ánh «${title}». Mã tra cứu: ${rows[0]!.code}.`);
  await item.getByRole('link', { name: 'Xem phản ánh' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);

  // Sent again (a reload, another visit, the worker's sync after the page): the key files it once.
  await page.reload();
  await page.goto(FORM);
  await expect(page.getByText('Nội dung được lưu tạm trên máy này')).toBeVisible();
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
  await expect(page.getByTestId('outbox-item')).toHaveCount(0);
  expect(await filed(title)).toHaveLength(1);
});

test('with no page of the portal open, the service worker sends a kept report by Background Sync; the next page shows its code', async ({
  page,
  context,
}) => {
  const title = `Cây đổ chắn đường ${Date.now()}`;
  const key = await fillReport(page, title);
  expect(await page.evaluate(async () => 'sync' in (await navigator.serviceWorker.ready))).toBe(true);
  const cdp = await context.newCDPSession(page);
  const registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] = [];
  cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => registrations.push(...e.registrations));
  await cdp.send('ServiceWorker.enable');
  await sendOffline(page, context, title);

  // The person leaves the portal; the connection comes back; Chromium wakes the worker.
  await page.goto('about:blank');
  await context.setOffline(false);
  const registration = registrations.find((r) => !r.isDeleted && new URL(r.scopeURL).pathname === '/');
  expect(registration).toBeDefined();
  const origin = new URL(test.info().project.use.baseURL!).origin;
  await expect(async () => {
    await cdp.send('ServiceWorker.dispatchSyncEvent', {
      origin,
      registrationId: registration!.registrationId,
      tag: 'cds-outbox',
      lastChance: false,
    });
    expect(await filed(title)).toHaveLength(1);
  }).toPass({ timeout: 30_000, intervals: [1000, 2000, 4000] });
  const [row] = await filed(title);
  expect(row).toEqual({ code: expect.stringMatching(/^PA-/), idempotencyKey: key, photos: 1 });

  // The next page of the portal shows the worker's outcome and forgets the draft; nothing is sent twice.
  await page.goto('/vi');
  const item = page.getByTestId('outbox-item');
  await expect(item).toHaveAttribute('data-state', 'sent');
  await expect(item).toContainText(`Mã tra cứu: ${row!.code}`);
  await page.goto(FORM);
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
  expect(await filed(title)).toHaveLength(1);
});

test.describe('without a service worker', () => {
  // page.route sees the page's own requests only where no worker sits in between.
  test.use({ serviceWorkers: 'block' });

  test('a report whose sending is cut while the browser is online is kept too, and sent at the next visit', async ({
    page,
  }) => {
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await signIn(page, demo.citizen);
    await page.goto(FORM);
    await expect(page.getByText('Nội dung được lưu tạm trên máy này')).toBeVisible();
    const title = `Nắp cống bị mất ${Date.now()}`;
    await page.getByLabel('Lĩnh vực').selectOption('giao-thong');
    await page.getByLabel('Tiêu đề').fill(title);
    await page.getByLabel('Nội dung phản ánh').fill('Nắp cống trước số 12 bị mất, rất nguy hiểm cho xe máy ban đêm.');
    await page.getByLabel('Phường, xã, đặc khu').selectOption('mau-phuong-ben-thanh');
    await page.getByLabel('Địa chỉ', { exact: true }).fill('Số 12 đường Lê Lợi');
    const key = await page.locator('input[name="idempotencyKey"]').inputValue();

    // The upload fails as on a flaky network (the request errors) while the browser says it is online.
    await page.route('**/api/feedback', (route) => route.abort('connectionreset'));
    await page.getByRole('button', { name: 'Gửi phản ánh', exact: true }).click();
    await expect(page.getByTestId('send-failure')).toContainText('Mất kết nối khi đang gửi');
    const item = page.getByTestId('outbox-item');
    await expect(item).toHaveAttribute('data-state', 'waiting');
    await expect(item).toContainText(`Đang chờ gửi: phản ánh «${title}»`);
    await page.unroute('**/api/feedback');
    expect(await filed(title)).toHaveLength(0);

    // The person gives up and comes back later: the kept report goes out, once.
    await page.goto('/vi');
    await expect(item).toHaveAttribute('data-state', 'sent', { timeout: 30_000 });
    const rows = await filed(title);
    expect(rows).toEqual([{ code: expect.stringMatching(/^PA-/), idempotencyKey: key, photos: 0 }]);
    await expect(item).toContainText(`Mã tra cứu: ${rows[0]!.code}`);
    await page.reload();
    await expect(page.getByTestId('outbox-item')).toHaveCount(0);
    expect(await filed(title)).toHaveLength(1);
  });
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
