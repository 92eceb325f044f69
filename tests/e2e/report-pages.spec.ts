import { randomBytes } from 'node:crypto';
import { test, expect, sql, signIn, testData } from './fixtures';

// Reports are made through the test-data module, in a ward of this run's own so that the counts do
// not depend on other tests.
const WARD = `e2e-phuong-${randomBytes(3).toString('hex')}`;
const WARD_NAME = `Phường Kiểm Thử ${WARD.slice(-4)}`;
const DAY = 24 * 60 * 60 * 1000;

type Insert = {
  title: string;
  authorId?: string | null;
  isPublic?: boolean;
  status?: 'RECEIVED' | 'IN_PROGRESS' | 'RESOLVED';
  category?: string;
  createdAt?: Date;
  dueAt?: Date;
  answeredAt?: Date | null;
  closedAt?: Date | null;
  lat?: number | null;
  lng?: number | null;
};

async function insertReport(r: Insert): Promise<{ id: string; code: string }> {
  const createdAt = r.createdAt ?? new Date();
  const report = await testData.report({
    authorId: r.authorId ?? null,
    categoryCode: r.category ?? 'giao-thong',
    title: r.title,
    description: `Mô tả: ${r.title}.`,
    wardCode: WARD,
    address: '45 Lê Duẩn',
    lat: r.lat ?? null,
    lng: r.lng ?? null,
    isPublic: r.isPublic ?? true,
    status: r.status ?? 'RECEIVED',
    dueAt: r.dueAt ?? new Date(createdAt.getTime() + 7 * DAY),
    answeredAt: r.answeredAt ?? null,
    closedAt: r.closedAt ?? null,
    createdAt,
  });
  return { id: report.id, code: report.code };
}

async function event(reportId: string, kind: string, o: { status?: string; note?: string; at?: Date } = {}) {
  await sql(
    `INSERT INTO "ReportEvent" (id, "reportId", kind, status, note, "createdAt") VALUES ($1, $2, $3::"ReportEventKind", $4::"ReportStatus", $5, $6)`,
    [`e${randomBytes(10).toString('hex')}`, reportId, kind, o.status ?? null, o.note ?? '', o.at ?? new Date()],
  );
}

let pub: { id: string; code: string };
let overdue: { id: string; code: string };
let env: { id: string; code: string };
let priv: { id: string; code: string };
let owner: Awaited<ReturnType<typeof testData.user>>;

test.beforeAll(async () => {
  await sql(
    `INSERT INTO "AdministrativeUnit" (code, name, "nameEn", level, "updatedAt") VALUES ($1, $2, $3, 'WARD', now())`,
    [WARD, WARD_NAME, 'Test Ward'],
  );
  owner = await testData.user({ name: 'Chủ Phản Ánh' });
  const now = Date.now();
  pub = await insertReport({
    title: 'Ổ gà lớn trước chợ Bến Thành',
    createdAt: new Date(now - 3 * DAY),
    status: 'IN_PROGRESS',
    lat: 10.7725,
    lng: 106.698,
    authorId: owner.id,
  });
  await event(pub.id, 'STATUS_CHANGED', {
    status: 'IN_PROGRESS',
    note: 'Đã chuyển đội duy tu kiểm tra.',
    at: new Date(now - 2 * DAY),
  });
  await event(pub.id, 'HIDDEN', { note: 'kiểm duyệt nội bộ', at: new Date(now - 2 * DAY + 1000) });
  await event(pub.id, 'ANSWERED', { note: 'Đội duy tu sẽ vá ổ gà trong tuần này.', at: new Date(now - DAY) });
  await sql(`UPDATE "Report" SET "answeredAt" = $2 WHERE id = $1`, [pub.id, new Date(now - DAY)]);
  overdue = await insertReport({
    title: 'Đèn giao thông hỏng nhiều ngày',
    createdAt: new Date(now - 20 * DAY),
    dueAt: new Date(now - 10 * DAY),
  });
  env = await insertReport({
    title: 'Rác thải ùn ứ trên kênh',
    category: 'moi-truong',
    createdAt: new Date(now - DAY),
    status: 'RESOLVED',
    closedAt: new Date(),
  });
  priv = await insertReport({ title: 'Phản ánh riêng tư về hàng xóm', isPublic: false, authorId: owner.id });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an anonymous visitor filters the list with a GET form and opens a report', async ({ page }) => {
    await page.goto('/vi/phan-anh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phản ánh kiến nghị');
    await expect(page.getByTestId('new-report')).toHaveAttribute('href', '/vi/phan-anh/gui');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      'href',
      /\/vi\/phan-anh\/rss$/,
    );

    await page.getByText('Lọc và sắp xếp').click();
    const ward = page.getByLabel('Phường, xã');
    await ward.selectOption(WARD);
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/vi/phan-anh\\?(.*&)?ward=${WARD}(&|$)`));
    await expect(page.getByTestId('result-count')).toHaveText('(3 phản ánh)');
    const list = page.getByTestId('report-list');
    await expect(list).not.toContainText('riêng tư');
    const late = page.getByTestId('report-item').filter({ hasText: 'Đèn giao thông hỏng' });
    await expect(late.getByTestId('overdue')).toHaveText('Quá hạn');
    await expect(late.getByTestId('status')).toHaveText('Tiếp nhận');
    await expect(page.getByLabel('Trạng thái').locator('option', { hasText: 'Đã xử lý' })).toHaveText('Đã xử lý (1)');

    await page.getByLabel('Lĩnh vực').selectOption('moi-truong');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect(page).toHaveURL(/category=moi-truong/);
    await expect(page.getByTestId('report-item')).toHaveCount(1);
    await expect(page.getByTestId('report-item')).toContainText(env.code);

    await page.goto(`/vi/phan-anh?ward=${WARD}&sort=oldest`);
    await page.getByRole('link', { name: 'Ổ gà lớn trước chợ Bến Thành' }).click();
    await expect(page).toHaveURL(`/vi/phan-anh/${pub.code}`);
    await expect(page.getByTestId('report-code')).toHaveText(pub.code);
    await expect(page).toHaveTitle(new RegExp(`^${pub.code} · Ổ gà lớn`));
    await expect(page.getByTestId('agency')).toHaveText('Sở Xây dựng');
    await expect(page.getByTestId('deadline')).toBeVisible();
    await expect(page.getByTestId('answer')).toContainText('Đội duy tu sẽ vá ổ gà trong tuần này.');
    const steps = page.getByTestId('timeline').getByRole('listitem');
    await expect(steps).toHaveCount(3);
    await expect(steps.nth(1)).toContainText('Chuyển trạng thái: Đang xử lý');
    await expect(steps.nth(1).locator('time')).toHaveAttribute('datetime', /Z$/);
    await expect(page.getByTestId('timeline')).not.toContainText('kiểm duyệt nội bộ');
    await expect(page.getByTestId('osm-link')).toHaveAttribute(
      'href',
      /openstreetmap\.org\/\?mlat=10\.7725&mlon=106\.698/,
    );
    // Label in name (WCAG 2.5.3): the link's name starts with the words it shows.
    await expect(page.getByTestId('osm-link')).toHaveAccessibleName(/^Xem trên bản đồ – OpenStreetMap, 10\.77250/);
    await expect(page.getByTestId('sign-in-to-follow')).toHaveAttribute(
      'href',
      `/vi/dang-nhap?next=%2Fvi%2Fphan-anh%2F${pub.code}`,
    );

    await page.goto(`/vi/phan-anh/${overdue.code}`);
    await expect(page.getByTestId('deadline').getByTestId('overdue')).toHaveText('Quá hạn');
  });

  test('bad list input and pages past the end get a clear page', async ({ page }) => {
    const res = await page.goto('/vi/phan-anh?page=-1&status=XYZ');
    expect(res?.status()).toBe(200);
    await expect(page.getByTestId('query-notice')).toContainText('không hợp lệ');
    await page.goto(`/vi/phan-anh?ward=${WARD}&page=5`);
    await expect(page.getByTestId('past-end')).toContainText('Trang 5 không có phản ánh nào');
    await page.getByRole('link', { name: 'Về trang đầu' }).click();
    await expect(page.getByTestId('report-item')).toHaveCount(3);
    expect((await page.goto('/vi/phan-anh/PA-2098-00000001'))?.status()).toBe(404);
    expect((await page.goto('/vi/phan-anh/khong-phai-ma'))?.status()).toBe(404);
  });

  test('the map page lists the reports with a location in a table', async ({ page }) => {
    await page.goto(`/vi/phan-anh/ban-do?ward=${WARD}`);
    await expect(page.getByTestId('map-enhanced')).toHaveCount(0);
    await expect(page.getByTestId('map-row')).toHaveCount(1);
    await expect(page.getByTestId('map-table')).toContainText(pub.code);
  });
});

test('with JavaScript the filters change the address too, and the map falls back to the table', async ({ page }) => {
  await page.goto('/vi/phan-anh');
  await page.getByText('Lọc và sắp xếp').click();
  await page.getByLabel('Phường, xã').selectOption(WARD);
  await page.getByLabel('Trạng thái').selectOption('OVERDUE');
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  await expect(page).toHaveURL(/status=OVERDUE/);
  await expect(page.getByTestId('report-item')).toHaveCount(1);
  await expect(page.getByTestId('report-item')).toContainText(overdue.code);

  await page.goto(`/vi/phan-anh/ban-do?ward=${WARD}`);
  await expect(page.getByTestId('map-enhanced')).toBeVisible();
  await expect(page.getByTestId('map-table').getByRole('link', { name: 'Ổ gà lớn trước chợ Bến Thành' })).toBeVisible();
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(1);
});

test('a private report is 404 to another resident and visible to its author', async ({ page, browser }) => {
  const stranger = await testData.user();
  await signIn(page, stranger);
  expect((await page.goto(`/vi/phan-anh/${priv.code}`))?.status()).toBe(404);

  const context = await browser.newContext({
    locale: 'vi-VN',
    extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.251' },
  });
  const mine = await context.newPage();
  await signIn(mine, owner);
  expect((await mine.goto(`/vi/phan-anh/${priv.code}`))?.status()).toBe(200);
  await expect(mine.getByTestId('private-notice')).toBeVisible();
  await expect(mine.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await mine.goto('/vi/phan-anh/cua-toi');
  await expect(mine.getByTestId('my-report')).toHaveCount(2);
  await expect(mine.getByTestId('my-reports')).toContainText('Riêng tư');
  await context.close();
});

test('a private report is 404 to an official of another agency, in both languages; the agency in charge opens it', async ({
  page,
  browser,
}) => {
  const wardOfficial = await testData.user({ role: 'OFFICIAL', agency: 'UBND-P-SAI-GON' });
  await signIn(page, wardOfficial);
  expect((await page.goto(`/vi/phan-anh/${priv.code}`))?.status()).toBe(404);
  await expect(page.locator('body')).not.toContainText('hàng xóm');
  expect((await page.goto(`/en/feedback/${priv.code}`))?.status()).toBe(404);

  const context = await browser.newContext({
    locale: 'vi-VN',
    extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.252' },
  });
  const office = await context.newPage();
  const holder = await testData.user({ role: 'OFFICIAL' });
  await sql(
    `UPDATE "User" SET "agencyId" = (SELECT "defaultAgencyId" FROM "ReportCategory" WHERE code = 'giao-thong') WHERE id = $1`,
    [holder.id],
  );
  await signIn(office, holder);
  expect((await office.goto(`/vi/phan-anh/${priv.code}`))?.status()).toBe(200);
  await expect(office.getByTestId('private-notice')).toBeVisible();
  await expect(office.getByRole('heading', { level: 1 })).toHaveText('Phản ánh riêng tư về hàng xóm');
  await context.close();
});

test('a follower of a report hidden by a moderator reads only that it is no longer public, in both languages', async ({
  page,
}) => {
  const reader = await testData.user();
  const title = 'Số điện thoại của hàng xóm 0909';
  const r = await insertReport({ title });
  await sql(
    `INSERT INTO "Notification" (id, "userId", "reportId", kind, params) VALUES ($1, $2, $3, 'statusChanged', $4)`,
    [
      `n${randomBytes(10).toString('hex')}`,
      reader.id,
      r.id,
      JSON.stringify({ code: r.code, title, status: 'IN_PROGRESS' }),
    ],
  );
  await sql(`UPDATE "Report" SET "hiddenAt" = now(), "hiddenReason" = 'Thông tin cá nhân' WHERE id = $1`, [r.id]);
  await signIn(page, reader);
  await page.goto('/vi/thong-bao');
  const note = page.getByTestId('notification').first();
  await expect(note).toContainText(`Phản ánh ${r.code} không còn được công khai.`);
  await expect(note.getByRole('link')).toHaveCount(0);
  await expect(page.getByTestId('notifications')).not.toContainText(title);
  await page.goto('/en/notifications');
  await expect(page.getByTestId('notification').first()).toContainText(`Report ${r.code} is no longer public.`);
  await expect(page.getByTestId('notifications')).not.toContainText(title);
  expect((await page.goto(`/vi/phan-anh/${r.code}`))?.status()).toBe(404);
});

test('a resident follows a report, sees the count and the notification of an update', async ({ page }) => {
  const follower = await testData.user();
  await signIn(page, follower);
  await page.goto(`/vi/phan-anh/${env.code}`);
  await expect(page.getByTestId('followers-count')).toHaveText('Chưa có người theo dõi');
  await page.getByRole('button', { name: 'Theo dõi phản ánh' }).click();
  await expect(page.getByTestId('follow-notice')).toContainText('Đã theo dõi');
  await expect(page).toHaveURL(/#theo-doi$/);
  await expect(page.getByTestId('followers-count')).toHaveText('1 người theo dõi');
  const rows = await sql(
    `SELECT 1 FROM "ReportFollower" f JOIN "Report" r ON r.id = f."reportId" WHERE r.code = $1 AND f."userId" = $2`,
    [env.code, follower.id],
  );
  expect(rows).toHaveLength(1);

  // An official's update produces a notification for followers (as server/reports/notify.ts writes it).
  await sql(`INSERT INTO "Notification" (id, "userId", "reportId", kind, params) VALUES ($1, $2, $3, 'answered', $4)`, [
    `n${randomBytes(10).toString('hex')}`,
    follower.id,
    env.id,
    JSON.stringify({ code: env.code, title: 'Rác thải ùn ứ trên kênh', status: 'RESOLVED' }),
  ]);
  await page.goto('/vi/thong-bao');
  await expect(page.getByTestId('unread-count')).toHaveText('1 thông báo chưa đọc');
  const note = page.getByTestId('notification').first();
  await expect(note).toHaveAttribute('data-unread', 'true');
  await expect(note.getByRole('link')).toHaveText(
    `Phản ánh ${env.code} «Rác thải ùn ứ trên kênh» đã có trả lời của cơ quan chức năng.`,
  );
  await page.getByRole('button', { name: 'Đánh dấu tất cả là đã đọc' }).click();
  await expect(page.getByTestId('read-notice')).toBeVisible();
  await expect(page.getByTestId('unread-count')).toHaveText('Không có thông báo chưa đọc');
  await note.getByRole('link').click();
  await expect(page).toHaveURL(`/vi/phan-anh/${env.code}`);
  await page.getByRole('button', { name: 'Bỏ theo dõi' }).click();
  await expect(page.getByTestId('followers-count')).toHaveText('Chưa có người theo dõi');
});

test('the author rates the answer "not satisfied" with a reason and the report reopens', async ({ page }) => {
  await signIn(page, owner);
  await page.goto(`/vi/phan-anh/${pub.code}`);
  const form = page.getByTestId('rating-form');
  await form.getByRole('radio', { name: 'Chưa hài lòng' }).check();
  await form.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Cho biết vì sao bạn chưa hài lòng.');
  await form.getByLabel('Lý do chưa hài lòng').fill('Ổ gà vẫn còn, chưa ai đến vá.');
  await form.getByRole('button', { name: 'Gửi đánh giá' }).click();
  // The thank-you is in the rating section, where the page lands after rating.
  const notice = page.locator('#rating').getByTestId('rated-notice');
  await expect(notice).toContainText('Cảm ơn bạn đã đánh giá. Phản ánh đã được mở lại');
  await expect(notice).toBeInViewport();
  await expect(page.getByTestId('report').locator('header').getByTestId('status')).toHaveText('Đang xử lý');
  await expect(page.getByTestId('timeline')).toContainText('Mở lại để xử lý tiếp');
  await expect(page.getByTestId('current-rating')).toContainText('Chưa hài lòng');
  await expect(page.getByTestId('rating-form')).toHaveCount(0);
  const [row] = await sql<{ status: string; rating: string; closedAt: Date | null; dueAt: Date }>(
    `SELECT status, rating, "closedAt", "dueAt" FROM "Report" WHERE id = $1`,
    [pub.id],
  );
  expect(row).toMatchObject({ status: 'IN_PROGRESS', rating: 'NOT_SATISFIED', closedAt: null });
  expect(new Date(row!.dueAt).getTime()).toBeGreaterThan(Date.now() + 4 * DAY);
});

test('RSS is valid XML with public reports only', async ({ page, request }) => {
  const res = await request.get(`/vi/phan-anh/rss?ward=${WARD}`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  const xml = await res.text();
  expect(xml).toContain(pub.code);
  expect(xml).not.toContain(priv.code);
  await page.goto('/vi/phan-anh');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      items: doc.querySelectorAll('item').length,
      link: doc.querySelector('item > link')?.textContent,
    };
  }, xml);
  expect(parsed.error).toBeNull();
  expect(parsed.items).toBe(3);
  expect(parsed.link).toMatch(/^http:\/\/localhost:\d+\/vi\/phan-anh\/PA-\d{4}-\d{6,}$/);
  expect((await request.get('/vi/phan-anh/rss?page=abc')).status()).toBe(400);
});

test('a photo whose files are gone for good says so on the report page, in both languages', async ({ page }) => {
  const lost = await insertReport({ title: 'Cây xanh ngã đè lên vỉa hè' });
  const photo = (n: number, missing: boolean) =>
    sql(
      `INSERT INTO "ReportPhoto" (id, "reportId", "storageKey", width, height, "thumbWidth", "thumbHeight", bytes, "altText", position, "promotedAt", "filesMissingAt")
       VALUES ($1, $2, $3, 800, 600, 400, 300, 1000, $4, $5, $6, $7)`,
      [
        `p${randomBytes(10).toString('hex')}`,
        lost.id,
        `reports/2098/01/c${randomBytes(10).toString('hex')}`,
        `Ảnh cây ngã ${n}`,
        n,
        missing ? null : new Date(),
        missing ? new Date() : null,
      ],
    );
  await photo(0, false);
  await photo(1, true);
  await page.goto(`/vi/phan-anh/${lost.code}`);
  const gallery = page.getByTestId('photos');
  await expect(gallery.getByRole('img')).toHaveCount(1);
  await expect(gallery.getByTestId('photo-unavailable')).toHaveText('Ảnh không còn khả dụng (Ảnh cây ngã 1)');
  await page.goto(`/en/feedback/${lost.code}`);
  await expect(page.getByTestId('photos').getByTestId('photo-unavailable')).toHaveText(
    'Photo no longer available (Ảnh cây ngã 1)',
  );
});
