import { randomBytes } from 'node:crypto';
import { test, expect, sql, signIn, testData, demo, TEST_PASSWORD } from './fixtures';

// What a resident meets on a 390 px phone: the header's names and links, the menu, the account
// page, and looking a report up by its tracking code.
test.use({ viewport: { width: 390, height: 844 } });

test('the logo and the language link are named by the words they show (WCAG 2.5.3)', async ({ page }) => {
  await page.goto('/vi');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('link', { name: /^Công dân số Thành phố Hồ Chí Minh/ })).toHaveAttribute('href', '/vi');
  await expect(banner.getByRole('link', { name: 'English', exact: true })).toHaveAttribute('href', '/en');
  await page.goto('/en/procedures');
  await expect(banner.getByRole('link', { name: /^Công dân số Ho Chi Minh City/ })).toBeVisible();
  await expect(banner.getByRole('link', { name: 'Tiếng Việt', exact: true })).toHaveAttribute(
    'href',
    '/vi/thu-tuc-hanh-chinh',
  );
});

test('the phone menu closes once a section is chosen', async ({ page }) => {
  await page.goto('/vi');
  // The demo's alert banner (its height depends on the fonts of the machine) is hidden for the
  // visit, so that only the menu could push the heading down.
  // Clicked again until it takes: a click before the page has hydrated does nothing.
  const dismiss = page.getByRole('region', { name: 'Cảnh báo khẩn cấp' }).getByRole('button', { name: /^Ẩn cảnh báo/ });
  await expect(async () => {
    for (const button of await dismiss.all()) await button.click();
    await expect(dismiss).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const menu = page.getByTestId('phone-menu');
  await menu.getByText('Danh mục').click();
  const nav = menu.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(nav).toBeVisible();
  await nav.getByRole('link', { name: 'Thủ tục hành chính' }).click();
  await expect(page).toHaveURL(/\/vi\/thu-tuc-hanh-chinh$/);
  await expect(nav).toBeHidden();
  // The page's heading is on the first screen, not pushed down by an open menu.
  const box = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(box!.y).toBeLessThan(400);
});

test('visitors are offered "Đăng nhập" and "Đăng ký", not an account', async ({ page }) => {
  await page.goto('/vi/tin-tuc');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('link', { name: 'Đăng nhập', exact: true })).toHaveAttribute('href', '/vi/dang-nhap');
  await expect(banner.getByRole('link', { name: 'Đăng ký', exact: true })).toHaveAttribute('href', '/vi/dang-ky');
  await expect(banner.getByRole('link', { name: /^Tài khoản/ })).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-session', /./);
});

test('a signed-in resident sees the unread mark on a cached page; an official gets the back office link', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const resident = await testData.user({ name: 'Người Đọc Thông Báo' });
  const report = await testData.report({ authorId: resident.id, title: 'Cây đổ chắn lối đi', isPublic: true });
  await sql(
    `INSERT INTO "Notification" (id, "userId", "reportId", kind, params) VALUES ($1, $2, $3, 'answered', $4::jsonb)`,
    [
      `n${randomBytes(10).toString('hex')}`,
      resident.id,
      report.id,
      JSON.stringify({ code: report.code, title: report.title }),
    ],
  );
  await signIn(page, { email: resident.email, password: TEST_PASSWORD });
  // The news page is cached and the same for everyone: the header finds the session in the browser.
  await page.goto('/vi/tin-tuc');
  const banner = page.getByRole('banner');
  const account = banner.getByRole('link', { name: /^Tài khoản/ });
  await expect(account).toHaveAccessibleName(/^Tài khoản\s+1 thông báo chưa đọc$/);
  await expect(banner.getByTestId('header-unread')).toBeVisible();
  await expect(banner.getByRole('link', { name: 'Đăng ký', exact: true })).toHaveCount(0);
  await expect(banner.getByRole('link', { name: 'Quản trị' })).toHaveCount(0);
  // Invitations to sign up are hidden from signed-in people.
  await expect(page.locator('html')).toHaveAttribute('data-session', 'signed-in');

  const office = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
  const officialPage = await office.newPage();
  await signIn(officialPage, demo.official);
  await officialPage.goto('/vi/thu-tuc-hanh-chinh');
  const backOffice = officialPage.getByRole('banner').getByRole('link', { name: 'Quản trị' });
  await expect(backOffice).toHaveAttribute('href', '/vi/quan-tri');
  await backOffice.click();
  await expect(officialPage).toHaveURL(/\/vi\/quan-tri$/, { timeout: 30_000 });
  await office.close();
});

test('the account page fits a 390 px screen with a long email', async ({ page }) => {
  const email = `nguoi-dung-co-dia-chi-email-rat-dai-${randomBytes(4).toString('hex')}@phuong-ben-thanh.example.vn`;
  const person = await testData.user({ email });
  await signIn(page, { email: person.email, password: TEST_PASSWORD });
  await expect(page.getByTestId('account-summary')).toContainText(email);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the report list looks a report up by its tracking code, typed any way', async ({ page }) => {
  const report = await testData.report({ title: 'Đèn tín hiệu hỏng ở ngã tư', isPublic: true });
  await page.goto('/vi/phan-anh');
  const box = page.getByTestId('report-lookup');
  await box.getByLabel('Mã theo dõi').fill(` ${report.code.toLowerCase().replace(/-/g, ' ')} `);
  await box.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(page).toHaveURL(new RegExp(`/vi/phan-anh/${report.code}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đèn tín hiệu hỏng ở ngã tư');

  await page.goto('/vi/phan-anh?code=PA-2099-999999');
  await expect(page.getByTestId('report-lookup-error')).toHaveText(
    'Không tìm thấy phản ánh có mã PA-2099-999999. Kiểm tra lại mã trong biên nhận.',
  );
  await expect(page.getByLabel('Mã theo dõi')).toHaveAttribute('aria-invalid', 'true');
});
