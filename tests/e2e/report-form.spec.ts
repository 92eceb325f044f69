import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import type { Page, Request } from '@playwright/test';
import { test, expect, testData, demo, signIn, sql } from './fixtures';
import { errorOf } from '../support/errors';

// The "send a report" page (/vi/phan-anh/gui). POST /api/feedback is answered here with
// page.route: the tests check what the page sends and how it shows each kind of answer.

const FORM = '/vi/phan-anh/gui';

async function jpeg(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .toBuffer();
}

/** The multipart value of a field in a request body. */
function field(request: Request, name: string): string | undefined {
  const body = request.postDataBuffer()?.toString('latin1') ?? '';
  const m = new RegExp(`name="${name}"\\r\\n\\r\\n([^\\r]*)\\r\\n`).exec(body);
  return m?.[1];
}

async function openForm(page: Page) {
  // Tests run offline: refuse tiles at once instead of waiting for DNS.
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await signIn(page, demo.citizen);
  await page.goto(FORM);
  await expect(page.getByRole('heading', { level: 1, name: 'Gửi phản ánh' })).toBeVisible();
  // The page's JavaScript is running once the draft note appears.
  await expect(page.getByText('Nội dung được lưu tạm trên máy này')).toBeVisible();
}

test('an anonymous visitor is sent to sign in and brought back', async ({ page }) => {
  await page.goto(FORM);
  await expect(page).toHaveURL(/\/vi\/dang-nhap\?next=%2Fvi%2Fphan-anh%2Fgui$/);
});

test('a resident fills the form with live checks, a photo, the map and coordinates, and the sending survives a dropped connection', async ({
  page,
}) => {
  await openForm(page);
  await expect(page.getByTestId('photo-limits')).toContainText('tối đa 5 ảnh, mỗi ảnh không quá 10 MB');
  await expect(page).toHaveTitle(/Gửi phản ánh/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

  await page.getByLabel('Lĩnh vực').selectOption('giao-thong');
  await expect(page.locator('#field-category-hint')).toContainText('Hư hỏng mặt đường');

  // Validation as the person types: after leaving the field, then at each key.
  const title = page.getByLabel('Tiêu đề');
  await title.fill('Ổ g');
  await title.blur();
  await expect(page.getByTestId('error-title')).toHaveText(/Tiêu đề cần ít nhất 5 ký tự/);
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await title.fill('Ổ gà lớn trước chợ');
  await expect(page.getByTestId('error-title')).toHaveCount(0);

  const description = page.getByLabel('Nội dung phản ánh');
  await description.fill('Ổ gà sâu khoảng 20 cm, xe máy dễ ngã khi trời mưa.');
  await expect(page.getByTestId('description-counter')).toHaveText(/^Còn 4\.9\d\d ký tự$/);
  await page.getByLabel('Phường, xã, đặc khu').selectOption('mau-phuong-ben-thanh');
  await page.getByLabel('Địa chỉ', { exact: true }).fill('Trước cổng chợ Bến Thành');

  // Typed coordinates; a point outside the city is refused while typing.
  await page.getByLabel('Vĩ độ').fill('21.0285');
  await page.getByLabel('Kinh độ').fill('105.8542');
  await page.getByLabel('Kinh độ').blur();
  await expect(page.getByTestId('error-lat')).toHaveText(/ngoài Thành phố Hồ Chí Minh/);
  await page.getByLabel('Vĩ độ').fill('10.7725');
  await page.getByLabel('Kinh độ').fill('106.698');
  await expect(page.getByTestId('error-lat')).toHaveCount(0);

  // The map loads on demand; the typed point shows as the pin, and a tap moves it.
  await expect(page.locator('.leaflet-container')).toHaveCount(0);
  await page.getByRole('button', { name: 'Chọn trên bản đồ' }).click();
  const map = page.getByTestId('report-map');
  await expect(map.locator('.report-pin')).toBeVisible();
  await expect(page.getByTestId('map-note')).toContainText('Không tải được nền bản đồ');
  const box = (await map.boundingBox())!;
  // A tap north-east of the pin (the map opened on the typed point).
  await map.click({ position: { x: box.width / 2 + 60, y: box.height / 2 - 40 } });
  await expect(page.getByLabel('Vĩ độ')).not.toHaveValue('10.7725');
  const picked = Number(await page.getByLabel('Vĩ độ').inputValue());
  expect(picked).toBeGreaterThan(10.7725);
  expect(picked).toBeLessThan(10.8);
  await page.getByLabel('Vĩ độ').fill('10.7725');
  await page.getByLabel('Kinh độ').fill('106.698');

  // Photos: a wrong type is refused with its name, a JPEG shows as a preview with its own description.
  const photoInput = page.locator('#field-photos');
  await expect(photoInput).toHaveAttribute('accept', 'image/jpeg,image/png,image/webp');
  // The browser's "No file chosen" is hidden behind a styled label; the input keeps its name and focus.
  await expect(page.getByTestId('photo-choose')).toBeVisible();
  await expect(photoInput).toHaveAccessibleName(/Chọn ảnh/);
  expect((await photoInput.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
  await photoInput.setInputFiles({ name: 'hoat-hinh.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
  await expect(page.getByTestId('photo-problems')).toContainText('hoat-hinh.gif: chỉ nhận ảnh JPEG, PNG hoặc WebP');
  await photoInput.setInputFiles({ name: 'o-ga.jpg', mimeType: 'image/jpeg', buffer: await jpeg() });
  await expect(page.getByTestId('photo-preview')).toHaveCount(1);
  await expect(page.getByTestId('photo-preview').locator('img')).toHaveJSProperty('complete', true);
  await page.getByLabel('Mô tả ảnh 1').fill('Ổ gà nhìn từ vỉa hè');
  await expect(page.locator('#photo-count')).toHaveText('Đã chọn 1/5 ảnh.');

  // Photos need consent: the summary takes focus and links to the checkbox.
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /đồng ý cho phép sử dụng ảnh/ })).toHaveAttribute(
    'href',
    '#field-photoConsent',
  );
  await page.getByLabel(/Tôi đồng ý cho cơ quan chức năng dùng ảnh/).check();

  // 1. The connection drops: everything stays, "Gửi lại" is offered.
  const requests: Request[] = [];
  let answer: 'abort' | 'refuse' | 'create' = 'abort';
  await page.route('**/api/feedback', async (route) => {
    requests.push(route.request());
    if (answer === 'abort') return route.abort('connectionreset');
    await new Promise((r) => setTimeout(r, 1200));
    if (answer === 'refuse') {
      return route.fulfill({
        status: 422,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            code: 'invalidFields',
            message: 'Phản ánh chưa hợp lệ, hãy xem lại.',
            fields: { address: 'Nhập địa chỉ hoặc mô tả vị trí (số nhà, tên đường).' },
          },
        }),
      });
    }
    return route.fulfill({
      status: 201,
      contentType: 'application/json',
      body: JSON.stringify({ code: 'PA-2026-000777', url: '/vi/phan-anh/PA-2026-000777' }),
    });
  });
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
  await expect(page.getByTestId('send-failure')).toContainText('Mất kết nối khi đang gửi');
  await expect(summary).toBeFocused();
  // Kept on the device too, should the person leave before sending again.
  await expect(page.getByTestId('outbox-item')).toHaveAttribute('data-state', 'waiting');
  await expect(title).toHaveValue('Ổ gà lớn trước chợ');
  await expect(page.getByTestId('photo-preview')).toHaveCount(1);

  // 2. "Gửi lại" with the same key; this time the server refuses a field: its message and the field's.
  answer = 'refuse';
  await page.getByTestId('retry').click();
  await expect(page.getByTestId('upload-progress')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Tiến độ tải lên' })).toBeVisible();
  await expect(page.getByTestId('send-failure')).toHaveText('Phản ánh chưa hợp lệ, hãy xem lại.');
  // The server answered the form itself: the copy kept on the device is forgotten.
  await expect(page.getByTestId('outbox-item')).toHaveCount(0);
  await expect(summary.getByRole('link', { name: /Nhập địa chỉ hoặc mô tả vị trí/ })).toBeVisible();
  await expect(page.getByTestId('error-address')).toBeVisible();
  await expect(description).toHaveValue('Ổ gà sâu khoảng 20 cm, xe máy dễ ngã khi trời mưa.');
  await expect(page.getByLabel('Mô tả ảnh 1')).toHaveValue('Ổ gà nhìn từ vỉa hè');

  // 3. Changing the field clears its server error; the report is created and opened.
  answer = 'create';
  await page.getByLabel('Địa chỉ', { exact: true }).fill('Trước cổng chính chợ Bến Thành');
  await expect(page.getByTestId('error-address')).toHaveCount(0);
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
  await expect(page.getByTestId('upload-progress-text')).toBeVisible();
  await expect(page).toHaveURL(/\/vi\/phan-anh\/PA-2026-000777\?sent=1$/);

  expect(requests).toHaveLength(3);
  const keys = requests.map((r) => field(r, 'idempotencyKey'));
  expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{16,80}$/);
  expect(new Set(keys).size).toBe(1);
  const first = requests[0]!;
  expect(first.headers()['accept']).toBe('application/json');
  expect(first.headers()['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  expect(field(first, 'category')).toBe('giao-thong');
  expect(field(first, 'ward')).toBe('mau-phuong-ben-thanh');
  expect(field(first, 'lat')).toBe('10.7725');
  expect(field(first, 'isPublic')).toBe('on');
  expect(field(first, 'photoConsent')).toBe('on');
  expect(field(first, 'locale')).toBe('vi');
  expect(field(first, 'hideName')).toBeUndefined();
  const body = first.postDataBuffer()!.toString('latin1');
  expect(body).toContain('name="photos"; filename="o-ga.jpg"');
  expect(body.match(/name="photos"/g)).toHaveLength(1);
  expect(field(first, 'photoAlt')).toBe(Buffer.from('Ổ gà nhìn từ vỉa hè').toString('latin1'));
  expect(field(requests[2]!, 'address')).toBe(Buffer.from('Trước cổng chính chợ Bến Thành').toString('latin1'));

  // A successful send clears the draft kept on the device.
  await page.goto(FORM);
  await expect(page.getByText('Nội dung được lưu tạm trên máy này')).toBeVisible();
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
  await expect(title).toHaveValue('');
});

test('what was typed is restored after a reload, with its photo, and can be deleted', async ({ page }) => {
  await openForm(page);
  await page.getByLabel('Lĩnh vực').selectOption('moi-truong');
  await page.getByLabel('Tiêu đề').fill('Rác thải đổ trộm bên kênh');
  await page.locator('#field-photos').setInputFiles({ name: 'rac.jpg', mimeType: 'image/jpeg', buffer: await jpeg() });
  await expect(page.getByTestId('photo-preview')).toHaveCount(1);
  await page.waitForTimeout(900);
  await page.reload();
  await expect(page.getByTestId('draft-restored')).toContainText('Đã khôi phục bản nháp');
  await expect(page.getByLabel('Tiêu đề')).toHaveValue('Rác thải đổ trộm bên kênh');
  await expect(page.getByLabel('Lĩnh vực')).toHaveValue('moi-truong');
  await expect(page.getByTestId('photo-preview')).toHaveCount(1);
  await page.getByRole('button', { name: 'Xóa bản nháp' }).click();
  await expect(page.getByLabel('Tiêu đề')).toHaveValue('');
  await expect(page.getByTestId('photo-preview')).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('Nội dung được lưu tạm trên máy này')).toBeVisible();
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
});

test('my location fills the point, and similar open reports nearby are offered to follow instead', async ({ page }) => {
  const { code } = await testData.report({
    agency: 'SO-XD',
    title: 'Đèn tín hiệu hỏng ở ngã tư',
    description: 'Đèn không sáng.',
    wardCode: 'mau-phuong-ben-thanh',
    address: '',
    lat: 10.7729,
    lng: 106.6981,
    dueAt: new Date(Date.now() + 5 * 24 * 60 * 60 * 1000),
    createdEvent: false,
  });
  await openForm(page);
  await page.getByLabel('Lĩnh vực').selectOption('giao-thong');
  // "Dùng vị trí của tôi": a position outside the city is refused, one inside fills the inputs.
  await page.context().grantPermissions(['geolocation']);
  await page.context().setGeolocation({ latitude: 21.0285, longitude: 105.8542, accuracy: 30 });
  await page.getByRole('button', { name: 'Dùng vị trí của tôi' }).click();
  await expect(page.getByTestId('geo-status')).toContainText('nằm ngoài Thành phố Hồ Chí Minh');
  await expect(page.getByLabel('Vĩ độ')).toHaveValue('');
  await page.context().setGeolocation({ latitude: 10.7725, longitude: 106.698, accuracy: 12 });
  await page.getByRole('button', { name: 'Dùng vị trí của tôi' }).click();
  await expect(page.getByTestId('geo-status')).toContainText('sai số khoảng 12 m');
  await expect(page.getByLabel('Vĩ độ')).toHaveValue('10.7725');
  await expect(page.getByLabel('Kinh độ')).toHaveValue('106.698');
  const panel = page.getByTestId('nearby-reports');
  await expect(panel.getByRole('heading', { name: 'Phản ánh tương tự gần đây' })).toBeVisible();
  const item = panel.getByTestId('nearby-report').filter({ hasText: code });
  await expect(item).toContainText('Đèn tín hiệu hỏng ở ngã tư');
  await expect(item).toContainText(/cách khoảng \d+ m/);
  await expect(item.getByRole('link', { name: /Theo dõi phản ánh này thay vì gửi mới/ })).toHaveAttribute(
    'href',
    `/vi/phan-anh/${code}#theo-doi`,
  );

  // The query is checked: a point outside the city or half a point is refused, in the person's language.
  const outside = await page.request.get('/api/feedback/nearby?category=giao-thong&lat=21.0285&lng=105.8542&locale=vi');
  expect(outside.status()).toBe(400);
  expect((await errorOf(outside)).code).toBe('bad_request');
  expect((await page.request.get('/api/feedback/nearby?category=giao-thong&lat=10.77')).status()).toBe(400);
  const ok = await page.request.get(`/api/feedback/nearby?category=giao-thong&lat=10.7725&lng=106.698`);
  expect(ok.status()).toBe(200);
  expect((await ok.json()).items.map((i: { code: string }) => i.code)).toContain(code);
  await sql(`DELETE FROM "Report" WHERE code = $1`, [code]);
});

test('similar reports are for signed-in people only', async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const res = await anonymous.get('/api/feedback/nearby?category=giao-thong&lat=10.7725&lng=106.698');
  expect(res.status()).toBe(401);
  await anonymous.dispose();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form is a plain multipart form, and a refused submission comes back with the text and the errors', async ({
    page,
  }) => {
    await signIn(page, demo.citizen);
    await page.goto(FORM);
    const form = page.getByTestId('report-form');
    await expect(form).toHaveAttribute('method', 'post');
    await expect(form).toHaveAttribute('action', '/api/feedback');
    await expect(form).toHaveAttribute('enctype', 'multipart/form-data');
    for (const selector of [
      'select[name="category"]',
      'input[name="title"]',
      'textarea[name="description"]',
      'select[name="ward"]',
      'input[name="address"]',
      'input[name="lat"]',
      'input[name="lng"]',
      'input[type="checkbox"][name="isPublic"]:checked',
      'input[type="checkbox"][name="hideName"]:not(:checked)',
      'input[type="file"][name="photos"][multiple][accept="image/jpeg,image/png,image/webp"]',
      'input[name="photoAlt"]',
      'input[type="checkbox"][name="photoConsent"]',
      'input[type="hidden"][name="idempotencyKey"]',
      'input[type="hidden"][name="locale"][value="vi"]',
    ]) {
      await expect(form.locator(selector), selector).toHaveCount(1);
    }
    const key = await form.locator('input[name="idempotencyKey"]').getAttribute('value');
    expect(key).toMatch(/^[A-Za-z0-9_-]{16,80}$/);
    await page.reload();
    expect(await form.locator('input[name="idempotencyKey"]').getAttribute('value')).not.toBe(key);
    await expect(page.getByTestId('error-summary')).toHaveCount(0);

    // The route handler keeps a refused plain submission as a draft and sends the person back here.
    const [user] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [demo.citizen.email]);
    const draftId = `d${randomBytes(10).toString('hex')}`;
    await sql(`INSERT INTO "ReportDraft" (id, "userId", fields, errors) VALUES ($1, $2, $3, $4)`, [
      draftId,
      user!.id,
      JSON.stringify({
        category: 'moi-truong',
        title: 'Ngập nước sau mưa lớn',
        description: 'Nước ngập tới đầu gối.',
        ward: 'mau-phuong-sai-gon',
        address: '',
        lat: '10,78',
        lng: '106.7',
        hideName: 'on',
      }),
      JSON.stringify({ address: { code: 'reportAddressRequired' }, photos: { code: 'someUnknownUploadKey' } }),
    ]);
    await page.goto(`${FORM}?draft=${draftId}`);
    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeVisible();
    await expect(summary.getByRole('link', { name: /Nhập địa chỉ hoặc mô tả vị trí/ })).toHaveAttribute(
      'href',
      '#field-address',
    );
    await expect(summary.getByRole('link', { name: /hãy chọn lại ảnh/ })).toHaveAttribute('href', '#field-photos');
    // A code outside the closed list (lib/errors.ts) shows the generic text.
    await expect(summary.getByRole('link', { name: 'Giá trị không hợp lệ.' })).toHaveAttribute('href', '#field-photos');
    await expect(page.getByTestId('error-address')).toBeVisible();
    await expect(page.getByLabel('Tiêu đề')).toHaveValue('Ngập nước sau mưa lớn');
    await expect(page.getByLabel('Nội dung phản ánh')).toHaveValue('Nước ngập tới đầu gối.');
    await expect(page.getByLabel('Lĩnh vực')).toHaveValue('moi-truong');
    await expect(page.getByLabel('Phường, xã, đặc khu')).toHaveValue('mau-phuong-sai-gon');
    await expect(page.getByLabel('Vĩ độ')).toHaveValue('10,78');
    await expect(form.locator('input[name="hideName"]')).toBeChecked();
    await expect(form.locator('input[name="isPublic"]')).not.toBeChecked();

    // The English page is the same form.
    await page.goto('/en/feedback/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Send a report' })).toBeVisible();
    await expect(form.locator('input[type="hidden"][name="locale"][value="en"]')).toHaveCount(1);
    await expect(page.getByLabel('Category')).toBeVisible();

    // Someone else's or an expired draft is not shown.
    await page.goto(`${FORM}?draft=doesnotexist123`);
    await expect(page.getByTestId('draft-missing')).toBeVisible();
    await expect(page.getByLabel('Tiêu đề')).toHaveValue('');
  });
});

test('the form fits phone widths without sideways scrolling, also with errors and the map open', async ({ page }) => {
  // REPORT_FORM_SHOTS=<folder> also keeps screenshots of each width.
  const dir = process.env.REPORT_FORM_SHOTS;
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await openForm(page);
  for (const [w, h] of [
    [390, 844],
    [1280, 800],
    [320, 700],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    if (dir) await page.screenshot({ path: `${dir}/report-form-${w}.png`, fullPage: true });
    expect(await overflow()).toBe(0);
  }
  await page.setViewportSize({ width: 320, height: 700 });
  await page.getByLabel('Lĩnh vực').selectOption('giao-thong');
  await page.getByLabel('Tiêu đề').fill('Ổ');
  await page.getByLabel('Vĩ độ').fill('10.7725');
  await page.getByLabel('Kinh độ').fill('106.698');
  await page.locator('#field-photos').setInputFiles({ name: 'o-ga.jpg', mimeType: 'image/jpeg', buffer: await jpeg() });
  await page.getByRole('button', { name: 'Chọn trên bản đồ' }).click();
  await expect(page.getByTestId('report-map').locator('.report-pin')).toBeVisible();
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
  await expect(page.getByTestId('error-summary')).toBeFocused();
  if (dir) await page.screenshot({ path: `${dir}/report-form-320-errors.png`, fullPage: true });
  expect(await overflow()).toBe(0);
});
