import { test, expect, signIn, sql, testData } from './fixtures';

// The digital-citizen campaign as people see it: the public board (ranking, bars, the curve with
// its table, the kind filter), sign-up through an invitation link or a revoked one, and the
// admins' CSV import that reports every bad row and imports nothing.

// A sign-in and several page loads per test, on a shared machine.
test.describe.configure({ timeout: 180_000 });

test('the board ranks units by share of target, lists small units unranked, and filters by kind', async ({ page }) => {
  await page.goto('/vi/tro-thanh-cong-dan-so');
  await expect(page.getByRole('heading', { level: 1, name: 'Trở thành công dân số' })).toBeVisible();
  const rows = page.getByTestId('campaign-row');
  expect(await rows.count()).toBeGreaterThan(15);
  await expect(rows.first().getByTestId('campaign-rank')).toHaveText('1');
  const small = page.locator('[data-testid="campaign-row"][data-code="THCS-LQD"]');
  await expect(small.getByTestId('campaign-rank')).toContainText('Chưa xếp hạng');
  await expect(
    page.locator('[data-testid="campaign-row"][data-code="VP-UBND"]').getByTestId('campaign-percent'),
  ).toHaveText('95%');
  await expect(page.getByTestId('campaign-city-total')).toContainText('người đã đăng ký');
  await expect(page.getByRole('img', { name: /Tổng số người đăng ký toàn thành phố/ })).toBeVisible();
  await page.getByText('Xem số liệu dạng bảng').click();
  await expect(page.getByTestId('campaign-curve-table').locator('tbody tr').first()).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Lọc theo loại đơn vị' })
    .getByRole('link', { name: 'Trường học' })
    .click();
  await expect(page).toHaveURL(/\?kind=school$/);
  await expect(page.getByRole('link', { name: 'Trường học' })).toHaveAttribute('aria-current', 'page');
  for (const kind of await page.getByTestId('campaign-row').locator('td:nth-child(3)').allTextContents())
    expect(kind).toBe('Trường học');

  expect((await page.goto('/vi/tro-thanh-cong-dan-so?kind=tanks'))?.status()).toBe(404);
  await page.goto('/en/digital-citizen-campaign');
  await expect(page.getByRole('heading', { level: 1, name: 'Become a digital citizen' })).toBeVisible();
});

test('an invitation link pre-fills the unit at sign-up; a revoked or forged one says so', async ({ page }) => {
  await page.goto('/vi/dang-ky?invitation=demo-moi-doan-thanh-nien');
  await expect(page.getByTestId('invitation-notice')).toContainText('Thành Đoàn Thành phố Hồ Chí Minh');
  await expect(page.locator('select[name="campaignUnitId"] option:checked')).toHaveText(
    'Thành Đoàn Thành phố Hồ Chí Minh',
  );

  await page.goto('/vi/dang-ky?invitation=demo-moi-da-thu-hoi-0001');
  await expect(page.getByTestId('invitation-refused')).toContainText('đã bị thu hồi');
  await page.goto('/vi/dang-ky?invitation=forged-token-1234567');
  await expect(page.getByTestId('invitation-refused')).toContainText('không đúng');
});

test('admins import units from CSV: every bad row is reported and nothing is imported; a target of zero is refused', async ({
  page,
}) => {
  const admin = await testData.user({ role: 'ADMIN' });
  await signIn(page, admin);
  await page.goto('/vi/quan-tri/cong-dan-so');
  await expect(page.getByRole('heading', { level: 1, name: 'Chiến dịch Công dân số' })).toBeVisible();
  const tag = Date.now().toString(36).toUpperCase();
  await page.getByLabel('Tệp CSV', { exact: true }).setInputFiles({
    name: 'don-vi.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `code,name,kind,target\nE2E1-${tag},Đơn vị một,SCHOOL,10\nE2E2-${tag},Đơn vị hai,SCHOOL,0\nE2E3-${tag},,TANK,5\n`,
    ),
  });
  await page.getByRole('button', { name: 'Nhập tệp' }).click();
  const problems = page.getByTestId('import-problems');
  await expect(problems).toContainText('Không nhập gì cả: tệp có 3 lỗi');
  await expect(problems.getByRole('listitem')).toHaveText([
    /Dòng 3: chỉ tiêu «0»/,
    /Dòng 4: thiếu tên đơn vị/,
    /Dòng 4: loại đơn vị «TANK»/,
  ]);
  expect(await sql(`SELECT 1 FROM "CampaignUnit" WHERE code LIKE $1`, [`%-${tag}`])).toHaveLength(0);

  const editor = page.getByTestId('unit-editor');
  await editor.getByLabel('Mã đơn vị').fill(`E2E-${tag}`);
  await editor.getByLabel('Tên đơn vị').fill('Đơn vị thử nghiệm');
  await editor.getByLabel('Loại đơn vị').selectOption('WARD');
  await editor.getByLabel('Chỉ tiêu (số người)').fill('0');
  await editor.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Chỉ tiêu phải là một số nguyên lớn hơn 0.');
  await editor.getByLabel('Chỉ tiêu (số người)').fill('40');
  await editor.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đơn vị thử nghiệm' })).toBeVisible();
  await page.getByRole('button', { name: 'Tạo đường dẫn mời' }).click();
  await expect(page.getByTestId('invitation-link')).toContainText('/vi/dang-ky?invitation=');
  await sql(`DELETE FROM "CampaignUnit" WHERE code = $1`, [`E2E-${tag}`]);
});
