import { test, expect, demo, signIn, sql } from './fixtures';

// The services directory as residents and editors use it, in Chromium against the production build.

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a resident searches without tone marks, opens a hospital and sees its facts, hours and JSON-LD', async ({
    page,
  }) => {
    await page.goto('/vi/tien-ich');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tiện ích');
    expect(await page.getByTestId('place').count()).toBeGreaterThanOrEqual(60);
    await page.getByLabel('Tìm theo tên hoặc địa chỉ').fill('benh vien cho ray');
    await page.getByRole('button', { name: 'Xem kết quả' }).click();
    await expect(page).toHaveURL(/\/vi\/tien-ich\/tim-kiem\?q=benh\+vien\+cho\+ray/);
    const first = page.getByTestId('places').getByTestId('place').first();
    await expect(first.getByRole('heading').getByRole('link')).toHaveText('Bệnh viện Chợ Rẫy');
    await first.getByRole('heading').getByRole('link').click();
    await expect(page).toHaveURL(/\/vi\/tien-ich\/dia-diem\/benh-vien-cho-ray$/);
    await expect(page.getByTestId('place-facts')).toContainText('201B Nguyễn Chí Thanh');
    await expect(page.getByTestId('unverified-ward')).toHaveText('(chưa xác minh)');
    await expect(page.getByTestId('hours')).toContainText('00:00-24:00');
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!) as Record<
      string,
      unknown
    >;
    expect(ld['@type']).toBe('Hospital');
    expect(ld.geo).toMatchObject({ '@type': 'GeoCoordinates' });
    expect((ld.openingHoursSpecification as unknown[]).length).toBe(7);
  });

  test('a resident reports a wrong entry without signing in and it reaches the editors’ queue', async ({ page }) => {
    await page.goto('/vi/tien-ich/dia-diem/ga-sai-gon');
    const note = `Giờ bán vé đã đổi, kiểm thử ${Date.now()}`;
    await page.getByLabel('Thông tin nào sai').selectOption('hours');
    await page.getByLabel('Thông tin đúng là gì').fill(note);
    await page.getByRole('button', { name: 'Gửi góp ý' }).click();
    await expect(page).toHaveURL(/\/vi\/tien-ich\/da-gui-gop-y$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cảm ơn bạn đã góp ý');
    const rows = await sql<{ status: string }>('SELECT status FROM "PlaceReport" WHERE message = $1', [note]);
    expect(rows).toEqual([{ status: 'OPEN' }]);
  });

  test('near a typed ward, open now, and bad input: 404 pages in the visitor’s language, a notice for a point outside the city', async ({
    page,
  }) => {
    await page.goto('/vi/tien-ich');
    await page.getByLabel('Phường, xã', { exact: true }).selectOption('mau-phuong-cho-lon');
    await page.getByLabel('Gần phường, xã đã chọn').check();
    await page.getByRole('button', { name: 'Xem kết quả' }).click();
    await expect(page.getByTestId('sorted-by-distance')).toContainText('Phường Chợ Lớn');
    const distances = await page.getByTestId('distance').allTextContents();
    const metres = distances.map((d) => (d.endsWith(' km') ? parseFloat(d) * 1000 : parseFloat(d)));
    expect(metres.length).toBeGreaterThan(5);
    expect([...metres].sort((a, b) => a - b)).toEqual(metres);

    // Without JavaScript a 404 from a page (like an unknown procedure's) is checked by its status:
    // Next.js streams the not-found page's content for the browser's script to show.
    for (const path of [
      '/vi/tien-ich/loai/khong-co-loai-nay',
      '/en/services/wards/no-such-ward',
      '/vi/tien-ich/dia-diem/khong-co-dia-diem',
      '/vi/tien-ich/tim-kiem?type=khong-co',
      '/en/services/search?ward=nowhere',
    ]) {
      const answer = await page.goto(path);
      expect(answer!.status(), path).toBe(404);
    }
    const outside = await page.goto('/en/services/search?lat=48.85&lng=2.35&q=hospital');
    expect(outside!.status()).toBe(200);
    await expect(page.getByTestId('query-notice')).toContainText('outside Ho Chi Minh City');
  });

  test('a ward’s page lists its one-stop centre, and a procedure page names where to file it', async ({ page }) => {
    await page.goto('/vi/tien-ich/phuong/mau-phuong-cho-lon');
    await expect(page.getByTestId('ward-centre-list')).toContainText(
      'Trung tâm Phục vụ hành chính công phường Chợ Lớn',
    );
    await page.goto('/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh');
    await expect(page.getByTestId('procedure-centres')).toContainText('Trung tâm Phục vụ hành chính công phường');
  });
});

test('“use my location” sorts by distance; the map view falls back to the list when tiles cannot load', async ({
  browser,
}) => {
  const context = await browser.newContext({
    baseURL: process.env.BASE_URL,
    locale: 'vi-VN',
    geolocation: { latitude: 10.7689, longitude: 106.6856 },
    permissions: ['geolocation'],
  });
  const page = await context.newPage();
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await page.goto('/vi/tien-ich');
  await page.getByTestId('use-location').click();
  await expect(page).toHaveURL(/lat=10\.7689/);
  await expect(page.getByTestId('sorted-by-distance')).toContainText('vị trí của bạn');
  await expect(
    page.getByTestId('places').getByTestId('place').first().getByRole('heading').getByRole('link'),
  ).toHaveText('Bệnh viện Từ Dũ');
  await page.getByTestId('view-map').click();
  await expect(page.getByTestId('map-unavailable')).toBeVisible();
  await expect(page.getByTestId('places-map')).toHaveCount(0);
  await expect(page.getByTestId('places').getByTestId('place').first()).toBeVisible();
  await context.close();
});

test('an editor corrects a phone number: the public page shows it and the audit log keeps the change', async ({
  page,
}) => {
  await signIn(page, demo.editor);
  const id = (await sql<{ id: string }>('SELECT id FROM "Place" WHERE slug = $1', ['ben-xe-mien-tay']))[0]!.id;
  await page.goto(`/vi/quan-tri/tien-ich/${id}`);
  const phone = `028 3877 ${String(Date.now()).slice(-4)}`;
  await page.getByRole('textbox', { name: /^Điện thoại/ }).fill(phone);
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByTestId('saved')).toBeVisible();
  await page.goto('/vi/tien-ich/dia-diem/ben-xe-mien-tay');
  await expect(page.getByTestId('place-facts')).toContainText(phone);
  const audit = await sql<{ action: string }>('SELECT action FROM "AuditLog" WHERE "entityId" = $1', [id]);
  expect(audit.map((a) => a.action)).toContain('place.update');
});

test('special hours by date: the place page lists them; an editor’s bad date is refused with its line, a good one shows', async ({
  page,
}) => {
  await page.goto('/vi/tien-ich/dia-diem/trung-tam-phuc-vu-hanh-chinh-cong-thanh-pho');
  const special = page.getByTestId('special-hours');
  await expect(special).toContainText('Thứ Bảy 30/01/2027');
  await expect(special).toContainText('07:30-11:30, 13:00-17:00');
  await expect(special.getByRole('row', { name: /04\/02\/2027 – .*12\/02\/2027/ })).toContainText('Nghỉ');

  await signIn(page, demo.editor);
  const slug = 'mot-cua-phuong-ben-thanh';
  const id = (await sql<{ id: string }>('SELECT id FROM "Place" WHERE slug = $1', [slug]))[0]!.id;
  await page.goto(`/vi/quan-tri/tien-ich/${id}`);
  const box = page.getByRole('textbox', { name: /^Giờ đặc biệt theo ngày/ });
  await box.fill('2027-03-06 07:30-11:30\n2027-02-30 nghỉ');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByTestId('error-specialHours')).toContainText('Dòng 2');
  await box.fill('2027-03-06 07:30-11:30');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByTestId('saved')).toBeVisible();
  await page.goto(`/vi/tien-ich/dia-diem/${slug}`);
  await expect(page.getByTestId('special-hours')).toContainText('Thứ Bảy 06/03/2027');
  await expect(page.getByTestId('special-hours')).toContainText('07:30-11:30');
});
