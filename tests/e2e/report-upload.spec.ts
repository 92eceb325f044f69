import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { test, expect, testData, demo, signIn, sql } from './fixtures';
import { errorOf } from '../support/errors';

// The route handlers behind a real sign-in: the session cookie, the Origin check and the photo
// route's access rule, through the production server. (The form page has its own tests.)

async function photoJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toBuffer();
}

function reportForm(isPublic: boolean, photo: Buffer) {
  return {
    category: 'giao-thong',
    title: 'Vỉa hè bị lấn chiếm',
    description: 'Quán ăn bày bàn ghế kín vỉa hè, người đi bộ phải xuống lòng đường.',
    ward: 'mau-phuong-sai-gon',
    address: '12 Nguyễn Huệ',
    lat: '10.7740',
    lng: '106.7036',
    ...(isPublic ? { isPublic: 'on' } : {}),
    photoConsent: 'on',
    idempotencyKey: randomBytes(12).toString('hex'),
    locale: 'vi',
    photos: { name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo },
    photoAlt: 'Bàn ghế trên vỉa hè',
  };
}

async function photoIdOf(code: string): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `SELECT p.id FROM "ReportPhoto" p JOIN "Report" r ON r.id = p."reportId" WHERE r.code = $1`,
    [code],
  );
  return row!.id;
}

test('a signed-in resident posts a report with a photo; the photo is served as WebP; a private one only to its author', async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, demo.citizen);
  const photo = await photoJpeg();

  // Without the Origin of the site the same session is refused.
  const foreign = await page.request.post('/api/feedback', {
    multipart: reportForm(true, photo),
    headers: { Accept: 'application/json', Origin: 'https://evil.example' },
  });
  expect(foreign.status()).toBe(403);

  const res = await page.request.post('/api/feedback', {
    multipart: reportForm(true, photo),
    headers: { Accept: 'application/json', Origin: baseURL! },
  });
  expect(res.status()).toBe(201);
  const { code, url } = (await res.json()) as { code: string; url: string };
  expect(url).toBe(`/vi/phan-anh/${code}`);

  const id = await photoIdOf(code);
  const image = await page.request.get(`/api/feedback/photos/${id}/display`);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/webp');
  expect(image.headers()['x-content-type-options']).toBe('nosniff');
  expect(image.headers()['cache-control']).toMatch(/^public, max-age=\d+, immutable$/);
  const meta = await sharp(await image.body()).metadata();
  expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['webp', 480, 640, undefined]);

  // A private report.
  const priv = await page.request.post('/api/feedback', {
    multipart: reportForm(false, photo),
    headers: { Accept: 'application/json', Origin: baseURL! },
  });
  expect(priv.status()).toBe(201);
  const privateId = await photoIdOf(((await priv.json()) as { code: string }).code);
  const own = await page.request.get(`/api/feedback/photos/${privateId}/thumb`);
  expect(own.status()).toBe(200);
  expect(own.headers()['cache-control']).toBe('private, no-store');

  const stranger = await testData.user();
  const theirs = await browser.newContext({
    locale: 'vi-VN',
    extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.251' },
  });
  const them = await theirs.newPage();
  await signIn(them, stranger);
  expect((await them.request.get(`/api/feedback/photos/${privateId}/display`)).status()).toBe(404);
  expect((await them.request.get(`/api/feedback/photos/${id}/display`)).status()).toBe(200);
  await theirs.close();

  // Without a session: 401 for the script, the sign-in page for a plain form.
  const anonymous = await browser.newContext();
  const anon = await anonymous.request.post(`${baseURL}/api/feedback`, {
    multipart: reportForm(true, photo),
    headers: { Accept: 'application/json', Origin: baseURL! },
  });
  expect(anon.status()).toBe(401);
  expect((await anonymous.request.get(`${baseURL}/api/feedback/photos/${privateId}/display`)).status()).toBe(404);
  await anonymous.close();
});

test('the production server answers a sixth photo and an 11 MB photo with 413 and a sentence, not a reset connection', async ({
  page,
  baseURL,
}) => {
  const person = await testData.user();
  await signIn(page, person);
  const small = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 200, b: 0 } } })
    .jpeg()
    .toBuffer();
  const base = reportForm(true, small);
  const form = (photos: Buffer[]) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(base)) if (typeof v === 'string') fd.append(k, v);
    for (const p of photos) fd.append('photos', new File([new Uint8Array(p)], 'a.jpg', { type: 'image/jpeg' }));
    return fd;
  };
  const six = await page.request.post('/api/feedback', {
    multipart: form(Array.from({ length: 6 }, () => small)),
    headers: { Accept: 'application/json', Origin: baseURL! },
  });
  expect(six.status()).toBe(413);
  expect((await errorOf(six)).message).toBe('Ảnh thứ 6 không được nhận: mỗi phản ánh gửi tối đa 5 ảnh.');

  const big = Buffer.alloc(11 * 1024 * 1024, 0x20);
  big[0] = 0xff;
  big[1] = 0xd8;
  big[2] = 0xff;
  const tooBig = await page.request.post('/api/feedback', {
    multipart: form([big]),
    headers: { Accept: 'application/json', Origin: baseURL! },
  });
  expect(tooBig.status()).toBe(413);
  expect((await errorOf(tooBig)).code).toBe('photoTooBig');
  const rows = await sql<{ n: string }>('SELECT count(*) AS n FROM "Report" WHERE "authorId" = $1', [person.id]);
  expect(Number(rows[0]?.n)).toBe(0);
});

test('a photo the server refuses is named in the form in plain words, not as an error code', async ({ page }) => {
  // Tests run offline: refuse tiles at once instead of waiting for DNS.
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await signIn(page, demo.citizen);
  await page.goto('/vi/phan-anh/gui');
  await expect(page.getByText('Nội dung được lưu tạm trên máy này')).toBeVisible();
  await page.getByLabel('Lĩnh vực').selectOption('giao-thong');
  await page.getByLabel('Tiêu đề').fill('Biển báo bị che khuất');
  await page.getByLabel('Nội dung phản ánh').fill('Cây xanh che khuất biển báo cấm rẽ trái ở ngã tư.');
  await page.getByLabel('Phường, xã, đặc khu').selectOption('mau-phuong-sai-gon');
  await page.getByLabel('Địa chỉ', { exact: true }).fill('Ngã tư Lê Lợi – Nguyễn Huệ');
  // A strip 40 times longer than it is high: only the server reads the picture's shape.
  const strip = await sharp({ create: { width: 1280, height: 32, channels: 3, background: { r: 90, g: 90, b: 90 } } })
    .png()
    .toBuffer();
  await page.locator('#field-photos').setInputFiles({ name: 'dai.png', mimeType: 'image/png', buffer: strip });
  await expect(page.getByTestId('photo-preview')).toHaveCount(1);
  await page.getByLabel(/Tôi đồng ý cho cơ quan chức năng dùng ảnh/).check();
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toContainText('Ảnh thứ 1 có hình dạng bất thường');
  await expect(summary).not.toContainText('mã lỗi');
});
