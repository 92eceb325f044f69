import { test, expect, testData, demo, signIn, sql } from './fixtures';

test('an anonymous visitor is sent to sign in and brought back to the back office', async ({ page }) => {
  await page.goto('/vi/quan-tri');
  await expect(page).toHaveURL(/\/vi\/dang-nhap\?next=%2Fvi%2Fquan-tri$/);
  await page.getByLabel('Email').fill(demo.official.email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(demo.official.password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page).toHaveURL(/\/vi\/quan-tri$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trang quản trị');
});

test('a citizen gets a localized 403 in the back office, and an official cannot manage users', async ({ page }) => {
  await signIn(page, demo.citizen);
  const vi = await page.goto('/vi/quan-tri');
  expect(vi?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không có quyền truy cập');
  const en = await page.goto('/en/admin');
  expect(en?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access');

  await page.context().clearCookies();
  await signIn(page, demo.official);
  expect((await page.goto('/vi/quan-tri/nguoi-dung'))?.status()).toBe(403);
  expect((await page.goto('/vi/quan-tri/nhat-ky'))?.status()).toBe(403);
});

test('an admin’s role change and disabling take effect on the person’s very next request, and are audit-logged', async ({
  page,
  browser,
}) => {
  const person = await testData.user();
  const theirs = await browser.newContext({
    locale: 'vi-VN',
    extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.250' },
  });
  const them = await theirs.newPage();
  await signIn(them, person);
  expect((await them.goto('/vi/quan-tri'))?.status()).toBe(403);

  await signIn(page, demo.admin);
  await page.goto('/vi/quan-tri/nguoi-dung');
  await page.getByLabel('Tìm theo tên hoặc email').fill(person.email);
  await page.getByRole('button', { name: 'Tìm' }).click();
  await expect(page.getByTestId('users-table').getByRole('row')).toHaveCount(2);
  await page.getByRole('link', { name: `Sửa người dùng ${person.name}` }).click();

  const form = page.getByTestId('user-form');
  await form.getByLabel('Vai trò').selectOption({ label: 'Cán bộ' });
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Cán bộ phải thuộc một cơ quan.');
  await form.getByLabel('Cơ quan').selectOption({ label: 'Sở Xây dựng' });
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByTestId('form-notice')).toHaveText('Đã lưu.');
  await expect
    .poll(async () => (await sql<{ role: string }>('SELECT role FROM "User" WHERE id = $1', [person.id]))[0]?.role)
    .toBe('OFFICIAL');

  const office = await them.goto('/vi/quan-tri');
  expect(office?.status()).toBe(200);
  await expect(them.getByRole('heading', { level: 1 })).toHaveText('Trang quản trị');

  await form.getByLabel('Khóa tài khoản').check();
  await form.getByRole('button', { name: 'Lưu' }).click();
  // The notice of the first save is still on screen: wait for this save to be stored.
  await expect
    .poll(
      async () =>
        (await sql<{ disabledAt: Date | null }>('SELECT "disabledAt" FROM "User" WHERE id = $1', [person.id]))[0]
          ?.disabledAt,
    )
    .not.toBeNull();
  await expect(page.getByTestId('form-notice')).toHaveText('Đã lưu.');
  await them.goto('/vi/tai-khoan');
  await expect(them).toHaveURL(/\/vi\/dang-nhap/);
  await them.getByLabel('Email').fill(person.email);
  await them.getByLabel('Mật khẩu', { exact: true }).fill(person.password);
  await them.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(them.getByTestId('error-summary')).toContainText('Tài khoản này đã bị khóa');
  await theirs.close();

  await page.goto('/vi/quan-tri/nhat-ky');
  const log = page.getByTestId('audit-table');
  await expect(log).toContainText(`User ${person.id}`);
  await expect(log).toContainText('"role":"CITIZEN"');
  await expect(log).toContainText('"disabled":true');
  const rows = await sql<{ action: string }>('SELECT action FROM "AuditLog" WHERE "entityId" = $1', [person.id]);
  expect(rows.map((r) => r.action)).toEqual(['user.update', 'user.update']);
});

test('HTML- and SQL-looking names are shown as text', async ({ page }) => {
  const name = `<img src=x onerror="window.__pwned=1"> Lan'); DROP TABLE "User";--`;
  const person = await testData.user({ name });
  await signIn(page, demo.admin);
  await page.goto(`/vi/quan-tri/nguoi-dung/${person.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Sửa người dùng ${name}`);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main img').count()).toBe(0);
});

test('an admin cannot lock themselves out', async ({ page }) => {
  const admin = await testData.user({ role: 'ADMIN' });
  await signIn(page, admin);
  await page.goto(`/vi/quan-tri/nguoi-dung/${admin.id}`);
  const form = page.getByTestId('user-form');
  await form.getByLabel('Khóa tài khoản').check();
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Bạn không có quyền thực hiện thao tác này.');
  const [row] = await sql<{ disabledAt: Date | null }>('SELECT "disabledAt" FROM "User" WHERE id = $1', [admin.id]);
  expect(row!.disabledAt).toBeNull();
});
