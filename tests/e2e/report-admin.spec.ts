import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect, testData, demo, signIn, sql } from './fixtures';

// The officials' back office for citizen reports: the queue, one report's page and its forms.
// Reports are made through the test-data module (the report form is tested on its own).

const DAY = 24 * 60 * 60 * 1000;

async function insertReport({ overdue = true, agency = 'SO-XD' } = {}) {
  const [author] = await sql<{ id: string; email: string }>('SELECT id, email FROM "User" WHERE email = $1', [
    demo.citizen.email,
  ]);
  const report = await testData.report({
    authorId: author!.id,
    agency,
    title: `Ổ gà lớn trước số 45 Nguyễn Huệ ${randomBytes(2).toString('hex')}`,
    description: 'Ổ gà sâu khoảng 20 cm giữa làn xe máy, đã có người té ngã khi trời mưa.',
    address: '45 Nguyễn Huệ',
    dueAt: new Date(Date.now() + (overdue ? -2 : 5) * DAY),
    createdAt: new Date(Date.now() - 8 * DAY),
  });
  return { id: report.id, code: report.code, authorEmail: author!.email };
}

async function shot(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  for (const [w, h, label] of [
    [1280, 800, 'desktop'],
    [390, 844, 'mobile'],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${dir}/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('an official sees the report in the queue with counts, filters overdue ones, and moves it to IN_PROGRESS with a note', async ({
  page,
}) => {
  const report = await insertReport();
  await signIn(page, demo.official);
  await page.goto('/vi/quan-tri');
  await page.getByRole('link', { name: 'Phản ánh của người dân' }).click();
  await expect(page).toHaveURL(/\/vi\/quan-tri\/phan-anh$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phản ánh của người dân');

  const counts = page.getByTestId('status-counts');
  await expect(counts.getByTestId('count-RECEIVED')).toContainText(/Tiếp nhận\s*\d+/);
  const overdueCount = Number(await counts.getByTestId('count-overdue').locator('strong').textContent());
  expect(overdueCount).toBeGreaterThanOrEqual(1);
  const row = page.locator(`[data-testid="queue-row"][data-code="${report.code}"]`);
  await expect(row).toBeVisible();
  await expect(row.getByTestId('overdue-flag')).toHaveText('Quá hạn');
  await shot(page, 'queue');

  // The GET form: only overdue reports.
  await page.getByLabel('Chỉ hiện phản ánh quá hạn').check();
  await page.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(page).toHaveURL(/overdue=1/);
  await expect(row).toBeVisible();
  // Every row shown is overdue, and as many as the overdue count of the same page.
  const rows = page.getByTestId('queue-row');
  for (const flagged of await rows.all()) await expect(flagged).toHaveAttribute('data-overdue', '1');
  const shownOverdue = await counts.getByTestId('count-overdue').locator('strong').textContent();
  await expect(page.getByTestId('result-count')).toHaveText(`${shownOverdue} phản ánh`);

  await row.getByRole('link', { name: report.code }).click();
  await expect(page).toHaveURL(new RegExp(`/vi/quan-tri/phan-anh/${report.code}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(report.code);
  await expect(page.getByTestId('deadline-box')).toContainText('Quá hạn');
  await expect(page.getByTestId('author-contact')).toContainText(report.authorEmail);
  await expect(page.getByTestId('timeline').getByTestId('timeline-event')).toHaveCount(1);

  // The answer form posts to its route handler as a plain multipart form (not submitted here).
  const answer = page.getByTestId('answer-form');
  await expect(answer).toHaveAttribute('method', 'post');
  await expect(answer).toHaveAttribute('enctype', 'multipart/form-data');
  await expect(answer).toHaveAttribute('action', `/api/admin/feedback/${report.code}/answer`);
  await expect(answer.locator('textarea[name="body"]')).toHaveAttribute('maxlength', '5000');
  await expect(answer.locator('input[type="checkbox"][name="resolve"]')).toHaveCount(1);
  await expect(answer.locator('input[type="hidden"][name="locale"]')).toHaveValue('vi');
  expect(await answer.locator('input[type="hidden"][name="idempotencyKey"]').inputValue()).toMatch(
    /^[A-Za-z0-9_-]{16,80}$/,
  );
  const photos = answer.locator('input[type="file"][name="photos"]');
  await expect(photos).toHaveAttribute('multiple', '');
  await expect(photos).toHaveAttribute('accept', 'image/jpeg,image/png,image/webp');
  // With JavaScript the canned answers fill the box.
  await page.getByLabel('Điền câu trả lời mẫu').selectOption({ index: 1 });
  await expect(page.getByLabel('Nội dung trả lời')).not.toHaveValue('');
  await shot(page, 'report');

  // A rejection needs a reason (checked in the browser with the shared schema).
  const statusForm = page.getByTestId('status-form');
  await statusForm.getByLabel('Trạng thái mới').selectOption({ label: 'Từ chối' });
  await statusForm.getByRole('button', { name: 'Lưu trạng thái' }).click();
  await expect(statusForm.getByTestId('error-summary')).toContainText('Nêu lý do từ chối để người dân biết.');

  await statusForm.getByLabel('Trạng thái mới').selectOption({ label: 'Đang xử lý' });
  await statusForm.getByLabel('Ghi chú cho người dân').fill('Đã cử đội duy tu kiểm tra, sẽ vá trong tuần.');
  await statusForm.getByRole('button', { name: 'Lưu trạng thái' }).click();
  await expect(page.getByTestId('done-notice')).toContainText('Đã lưu trạng thái mới.');
  await expect(page.getByTestId('status-badge').first()).toHaveText('Đang xử lý');
  await expect(page.getByTestId('timeline')).toContainText('Đã cử đội duy tu kiểm tra, sẽ vá trong tuần.');

  const events = await sql<{ kind: string; status: string; note: string }>(
    `SELECT kind, status::text, note FROM "ReportEvent" WHERE "reportId" = $1 ORDER BY "createdAt"`,
    [report.id],
  );
  expect(events.at(-1)).toEqual({
    kind: 'STATUS_CHANGED',
    status: 'IN_PROGRESS',
    note: 'Đã cử đội duy tu kiểm tra, sẽ vá trong tuần.',
  });
  await expect
    .poll(
      async () =>
        (
          await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "OutboxMail" WHERE "to" = $1 AND subject LIKE $2`, [
            report.authorEmail,
            `%${report.code}%`,
          ])
        )[0]?.n,
    )
    .toBe(1);
  const official = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "OutboxMail" WHERE "to" = $1 AND subject LIKE $2`,
    [demo.official.email, `%${report.code}%`],
  );
  expect(official[0]?.n).toBe(0);
});

test('without JavaScript, a progress update for a weekend is refused with a clear error, then a working day is stored', async ({
  browser,
  clientIp,
}) => {
  const report = await insertReport({ overdue: false });
  const context = await browser.newContext({
    javaScriptEnabled: false,
    locale: 'vi-VN',
    extraHTTPHeaders: { 'X-Forwarded-For': clientIp },
  });
  const page = await context.newPage();
  await signIn(page, demo.official);
  await page.goto(`/vi/quan-tri/phan-anh/${report.code}`);
  await expect(page.getByTestId('canned-picker')).toHaveCount(0);
  await expect(page.getByTestId('canned-list')).toContainText('Xem và sao chép câu trả lời mẫu');

  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
  let saturday = 1;
  while (new Date(`${day(saturday)}T00:00:00Z`).getUTCDay() !== 6) saturday++;
  const form = page.getByTestId('progress-form');
  await form.getByLabel('Nội dung cập nhật').fill('Đang chờ vật tư nhựa đường.');
  await form.getByLabel('Ngày hẹn xử lý xong').fill(day(saturday));
  await form.getByRole('button', { name: 'Gửi cập nhật tiến độ' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Ngày hẹn phải là ngày làm việc');
  await expect(page.getByTestId('progress-form').getByLabel('Nội dung cập nhật')).toHaveValue(
    'Đang chờ vật tư nhựa đường.',
  );

  // Wednesday after that Saturday: a working day unless a holiday falls on it.
  const [holiday] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "PublicHoliday" WHERE date = $1::date`, [
    day(saturday + 4),
  ]);
  const working = holiday?.n ? day(saturday + 5) : day(saturday + 4);
  await page.getByTestId('progress-form').getByLabel('Ngày hẹn xử lý xong').fill(working);
  await page.getByTestId('progress-form').getByRole('button', { name: 'Gửi cập nhật tiến độ' }).click();
  await expect(page.getByTestId('done-notice')).toContainText('Đã gửi cập nhật tiến độ.');
  const [row] = await sql<{ committed: string; status: string }>(
    `SELECT to_char("committedAt" AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS committed, status::text FROM "Report" WHERE id = $1`,
    [report.id],
  );
  expect(row).toEqual({ committed: working, status: 'IN_PROGRESS' });
  await context.close();
});

test('a citizen is refused the back office of reports', async ({ page }) => {
  const report = await insertReport();
  await signIn(page, demo.citizen);
  expect((await page.goto('/vi/quan-tri/phan-anh'))?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không có quyền truy cập');
  expect((await page.goto(`/vi/quan-tri/phan-anh/${report.code}`))?.status()).toBe(403);
  expect((await page.goto('/vi/quan-tri/cau-tra-loi-mau'))?.status()).toBe(403);
});

test('an official of another agency does not see the report and cannot open it', async ({ page }) => {
  const report = await insertReport();
  const other = await testData.user({ role: 'OFFICIAL', agency: 'UBND-P-SAI-GON' });
  await signIn(page, other);
  await page.goto('/vi/quan-tri/phan-anh?status=all');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phản ánh của người dân');
  await expect(page.locator(`[data-testid="queue-row"][data-code="${report.code}"]`)).toHaveCount(0);
  expect((await page.goto(`/vi/quan-tri/phan-anh/${report.code}`))?.status()).toBe(403);
});

test('canned answers: an official adds one for a category of their agency', async ({ page }) => {
  await signIn(page, demo.official);
  await page.goto('/vi/quan-tri/cau-tra-loi-mau');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Câu trả lời mẫu');
  const form = page.getByTestId('canned-new');
  await form.getByRole('button', { name: 'Lưu câu trả lời mẫu' }).click();
  await expect(form.getByTestId('error-summary')).toContainText('Nhập tiêu đề câu trả lời mẫu.');
  const title = `Đã lắp lại biển báo ${randomBytes(2).toString('hex')}`;
  await form.getByLabel('Lĩnh vực').selectOption({ label: 'Giao thông' });
  await form.getByLabel('Tiêu đề (tiếng Việt)').fill(title);
  await form.getByLabel('Nội dung (tiếng Việt)').fill('Biển báo đã được lắp lại đúng vị trí.');
  await form.getByLabel('Tiêu đề (tiếng Anh)').fill('Sign put back');
  await form.getByLabel('Nội dung (tiếng Anh)').fill('The sign was put back in place.');
  await form.getByRole('button', { name: 'Lưu câu trả lời mẫu' }).click();
  await expect(page.getByTestId('canned-saved')).toBeVisible();
  await expect(page.getByTestId('canned-answers')).toContainText(title);
  const [log] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'canned-answer.create' AND after->>'titleVi' = $1`,
    [title],
  );
  expect(log?.n).toBe(1);
});

test('moderation: a photo and the report are hidden with a reason and shown again, the original kept', async ({
  page,
}) => {
  const report = await insertReport({ overdue: false });
  const photoId = `e2e${randomBytes(10).toString('hex')}`;
  await sql(
    `INSERT INTO "ReportPhoto" (id, "reportId", "storageKey", width, height, "thumbWidth", "thumbHeight", bytes, position)
     VALUES ($1, $2, $3, 1600, 1200, 400, 300, 120000, 0)`,
    [photoId, report.id, `e2e/${photoId}`],
  );
  await signIn(page, demo.official);
  await page.goto(`/vi/quan-tri/phan-anh/${report.code}`);
  const photoForm = page.getByTestId('photo-form-1');
  await photoForm.getByRole('button', { name: 'Ẩn ảnh 1' }).click();
  await expect(page.getByTestId('photo-form-1').getByRole('alert')).toHaveText('Nêu lý do ẩn.');
  await page.getByTestId('photo-form-1').getByLabel('Lý do (ảnh 1)').fill('Ảnh lộ biển số xe.');
  await page.getByTestId('photo-form-1').getByRole('button', { name: 'Ẩn ảnh 1' }).click();
  await expect(page.getByTestId('done-notice')).toHaveText('Đã ẩn ảnh.');
  await expect(page.getByTestId('photo')).toContainText('Đang ẩn. Lý do: Ảnh lộ biển số xe.');
  await expect(page.getByTestId('timeline')).toContainText('Ẩn ảnh số 1');

  const visibility = page.getByTestId('visibility-form');
  await visibility.getByLabel('Lý do ẩn').fill('Nội dung có số điện thoại cá nhân.');
  await visibility.getByRole('button', { name: 'Ẩn phản ánh' }).click();
  await expect(page.getByTestId('hidden-banner')).toContainText('Nội dung có số điện thoại cá nhân.');
  await expect(page.getByTestId('report-description')).toContainText('Ổ gà sâu khoảng 20 cm');
  const [row] = await sql<{ hidden: boolean; reason: string }>(
    `SELECT "hiddenAt" IS NOT NULL AS hidden, "hiddenReason" AS reason FROM "Report" WHERE id = $1`,
    [report.id],
  );
  expect(row).toEqual({ hidden: true, reason: 'Nội dung có số điện thoại cá nhân.' });
  const audits = await sql<{ action: string }>(
    `SELECT action FROM "AuditLog" WHERE "entityId" IN ($1, $2) ORDER BY "createdAt"`,
    [report.id, photoId],
  );
  expect(audits.map((a) => a.action)).toEqual(['report.photo.hide', 'report.hide']);
  const internal = await sql<{ kind: string; internal: boolean }>(
    `SELECT kind, internal FROM "ReportEvent" WHERE "reportId" = $1 AND kind IN ('HIDDEN', 'UNHIDDEN')`,
    [report.id],
  );
  expect(internal).toEqual([
    { kind: 'HIDDEN', internal: true },
    { kind: 'HIDDEN', internal: true },
  ]);

  await page.getByTestId('visibility-form').getByRole('button', { name: 'Hiện lại phản ánh' }).click();
  await expect(page.getByTestId('done-notice')).toHaveText('Đã hiện lại phản ánh.');
  await expect(page.getByTestId('hidden-banner')).toHaveCount(0);
});

test('the back office reads in English too', async ({ page }) => {
  const report = await insertReport();
  await signIn(page, demo.official, 'en');
  await page.goto('/en/admin/feedback?overdue=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Residents’ reports');
  const row = page.locator(`[data-testid="queue-row"][data-code="${report.code}"]`);
  await expect(row.getByTestId('overdue-flag')).toHaveText('Overdue');
  await expect(row.getByTestId('status-badge')).toHaveText('Received');
  await row.getByRole('link', { name: report.code }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/feedback/${report.code}$`));
  await expect(page.getByRole('heading', { name: 'Answer the resident' })).toBeVisible();
  await expect(page.getByTestId('answer-form').locator('input[name="locale"]')).toHaveValue('en');
  await shot(page, 'report-en');
  await page.goto('/en/admin/canned-answers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Canned answers');
  await shot(page, 'canned-en');
});
