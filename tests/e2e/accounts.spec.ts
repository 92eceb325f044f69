import { test, expect, testData, demo, latestMailLink, signIn, sql, uniqueEmail } from './fixtures';
import { errorOf } from '../support/errors';
import type { Page } from '@playwright/test';

async function fillSignUp(page: Page, email: string, password = 'mot cau mat khau dai') {
  await page.getByLabel('Họ và tên').fill('Trần Văn Bình');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByLabel('Số điện thoại').fill('0901 234 567');
  await page.getByLabel('Phường, xã nơi bạn sống').selectOption({ label: 'Phường Bến Thành' });
  await page.getByLabel('Đơn vị').selectOption({ label: 'Trường Đại học Bách khoa – ĐHQG TP.HCM' });
  await page.getByLabel(/Tôi đã đọc và đồng ý/).check();
}

test('a resident signs up, verifies the email from the mail, and signs in', async ({ page }) => {
  const email = uniqueEmail('binh');
  await page.goto('/vi/dang-ky');
  await expect(page.getByLabel(/Tôi đã đọc và đồng ý/)).not.toBeChecked();
  await fillSignUp(page, email);
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page.getByTestId('sign-up-done')).toContainText(`Chúng tôi đã gửi thư xác thực đến ${email}`);

  const [row] = await sql<{ consentVersion: string; consentAt: Date; phone: string; emailVerified: Date | null }>(
    'SELECT "consentVersion", "consentAt", phone, "emailVerified" FROM "User" WHERE email = $1',
    [email],
  );
  expect(row).toMatchObject({ consentVersion: '2026-01', phone: '0901234567', emailVerified: null });

  // Before verification, signing in says why it does not work.
  await page.goto('/vi/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill('mot cau mat khau dai');
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Email của bạn chưa được xác thực');

  const link = await latestMailLink(page, email);
  await page.goto(link);
  await expect(page.getByTestId('verified')).toContainText('Email của bạn đã được xác thực');
  await page.goto(link);
  await expect(page.getByTestId('token-error')).toContainText('Liên kết không hợp lệ hoặc đã được dùng');

  await signIn(page, { email, password: 'mot cau mat khau dai' });
  await expect(page.getByTestId('account-summary')).toContainText(email);
  await expect(page.getByTestId('account-role')).toHaveText('Công dân');
});

test('the sign-up form checks as the person types', async ({ page }) => {
  await page.goto('/vi/dang-ky');
  const password = page.getByLabel('Mật khẩu', { exact: true });
  await password.fill('ngan');
  await password.blur();
  await expect(page.getByTestId('error-password')).toHaveText(/Mật khẩu phải có ít nhất 10 ký tự/);
  await password.fill('1234567890');
  await expect(page.getByTestId('error-password')).toHaveText(/quá phổ biến/);
  await password.fill('mot cau rat dai va rieng');
  await expect(page.getByTestId('error-password')).toHaveCount(0);

  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Nhập họ và tên.');
  await expect(summary).toContainText('Chọn phường, xã nơi bạn sống.');
  await expect(summary).toContainText('Bạn cần đồng ý với chính sách bảo mật');
  await summary.getByRole('link', { name: 'Nhập họ và tên.' }).click();
  await expect(page.getByLabel('Họ và tên')).toBeFocused();
});

test('a duplicate email is refused with a clear message', async ({ page }) => {
  await page.goto('/vi/dang-ky');
  await fillSignUp(page, demo.citizen.email);
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Email này đã được dùng cho một tài khoản khác');
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Trần Văn Bình');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a sign-up with missing fields comes back with an error summary and what was typed', async ({ page }) => {
    const email = uniqueEmail('nojs');
    const name = '<b>Lê</b> \'; DROP TABLE "User"; --';
    await page.goto('/vi/dang-ky');
    await page.getByLabel('Họ và tên').fill(name);
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const summary = page.getByTestId('error-summary');
    await expect(summary).toContainText('Có lỗi cần sửa');
    await expect(summary).toContainText('Nhập mật khẩu.');
    await expect(summary).toContainText('Chọn phường, xã nơi bạn sống.');
    await expect(page.getByLabel('Họ và tên')).toHaveValue(name);
    await expect(page.getByLabel('Email')).toHaveValue(email);
    expect(await sql('SELECT 1 FROM "User" WHERE email = $1', [email])).toHaveLength(0);

    await page.getByLabel('Mật khẩu', { exact: true }).fill('mot cau mat khau dai');
    await page.getByLabel('Phường, xã nơi bạn sống').selectOption({ label: 'Phường Tân Định' });
    await page.getByLabel(/Tôi đã đọc và đồng ý/).check();
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(page.getByTestId('sign-up-done')).toContainText(email);
    const [row] = await sql<{ name: string }>('SELECT name FROM "User" WHERE email = $1', [email]);
    expect(row!.name).toBe(name);
  });

  test('a wrong password comes back to the form with the email kept', async ({ page }) => {
    await page.goto('/vi/dang-nhap');
    await page.getByLabel('Email').fill(demo.citizen2.email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill('khong dung mat khau');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await expect(page).toHaveURL(/\/vi\/dang-nhap\?error=invalid_credentials/);
    await expect(page.getByTestId('error-summary')).toContainText('Email hoặc mật khẩu không đúng.');
    await expect(page.getByLabel('Email')).toHaveValue(demo.citizen2.email);
  });

  test('signing in works as a plain form', async ({ page }) => {
    await page.goto('/vi/dang-nhap');
    await page.getByLabel('Email').fill(demo.citizen2.email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(demo.citizen2.password);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await expect(page).toHaveURL(/\/vi\/tai-khoan$/);
    await expect(page.getByTestId('account-summary')).toContainText(demo.citizen2.email);
  });
});

test('a wrong password is answered in place, in the page’s language', async ({ page }) => {
  await page.goto('/en/sign-in');
  await page.getByLabel('Email').fill(demo.citizen2.email);
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByTestId('error-summary')).toContainText('The email or password is wrong.');
  await expect(page.getByLabel('Email')).toHaveValue(demo.citizen2.email);
});

test('after 5 failed sign-ins a minute the sixth gets 429 with Retry-After and a clear message', async ({
  page,
  clientIp,
}) => {
  const email = uniqueEmail('khoa');
  const origin = new URL(page.context().pages()[0]?.url() || process.env.BASE_URL || 'http://localhost:3000').origin;
  const post = (password: string, locale = 'vi') =>
    page.request.post('/api/auth/password', {
      headers: { Origin: process.env.BASE_URL ?? origin, Accept: 'application/json', 'X-Forwarded-For': clientIp },
      form: { email, password, locale },
    });
  for (let i = 0; i < 5; i++) expect((await post(`sai ${i} lan nua`)).status()).toBe(401);
  const limited = await post('sai lan thu sau');
  expect(limited.status()).toBe(429);
  const retryAfter = Number(limited.headers()['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect((await errorOf(limited)).message).toMatch(/Bạn đã thử quá nhiều lần\. Vui lòng thử lại sau \d+ giây\./);
  const english = await post('again', 'en');
  expect(english.status()).toBe(429);
  expect((await errorOf(english)).message).toMatch(/Too many attempts\. Try again in \d+ seconds\./);

  // The same limit as a person sees it in the form.
  await page.goto('/vi/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill('mot lan nua');
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Bạn đã thử quá nhiều lần');
});

test('state-changing route handlers refuse a foreign or missing Origin', async ({ request }) => {
  const form = { email: demo.citizen.email, password: demo.citizen.password };
  const foreign = await request.post('/api/auth/password', {
    headers: { Origin: 'https://evil.example', Accept: 'application/json' },
    form,
  });
  expect(foreign.status()).toBe(403);
  expect((await errorOf(foreign)).message).toContain('không đến từ trang của Công dân số');
  const missing = await request.post('/api/auth/password', { headers: { Accept: 'application/json' }, form });
  expect(missing.status()).toBe(403);
  expect(missing.headers()['set-cookie'] ?? '').not.toContain('session-token');
  const authjs = await request.post('/api/auth/signout', { headers: { Origin: 'https://evil.example' } });
  expect(authjs.status()).toBe(403);
});

test('over-long and missing sign-in fields get a 400 with field errors, never a 500', async ({ request }) => {
  const headers = { Origin: process.env.BASE_URL!, Accept: 'application/json' };
  const long = await request.post('/api/auth/password', {
    headers,
    form: { email: `${'a'.repeat(10_000)}@example.com`, password: 'x'.repeat(5000) },
  });
  expect(long.status()).toBe(400);
  const error = await errorOf(long);
  expect(error.fields?.email).toBe('Nội dung quá dài (tối đa 254 ký tự).');
  expect(error.fields?.password).toBe('Mật khẩu tối đa 128 ký tự.');
  const empty = await request.post('/api/auth/password', { headers, data: 'not json at all', failOnStatusCode: false });
  expect(empty.status()).toBe(400);
  expect((await errorOf(empty)).message).toBe('Nội dung gửi lên không đúng định dạng.');
});

test('forgot password: the mailed link sets a new password once', async ({ page }) => {
  const { email } = await testData.user();

  await page.goto('/vi/quen-mat-khau');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Gửi liên kết' }).click();
  await expect(page.getByTestId('forgot-done')).toContainText('Nếu email này có tài khoản');

  const link = await latestMailLink(page, email);
  expect(new URL(link).pathname).toBe('/vi/dat-lai-mat-khau');
  await page.goto(link);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat khau moi rat dai');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mat khau khac han');
  await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Hai mật khẩu không khớp.');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mat khau moi rat dai');
  await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(page).toHaveURL(/\/vi\/dang-nhap\?notice=passwordChanged/);
  await expect(page.getByTestId('notice')).toContainText('Mật khẩu đã được đặt lại');
  await signIn(page, { email, password: 'mat khau moi rat dai' });

  // The same link a second time changes nothing.
  await page.goto(link);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mot mat khau thu ba');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mot mat khau thu ba');
  await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Liên kết không hợp lệ hoặc đã được dùng');
});

test('an expired reset link says so', async ({ page }) => {
  await page.goto('/vi/quen-mat-khau');
  await page.getByLabel('Email').fill(demo.citizen2.email);
  await page.getByRole('button', { name: 'Gửi liên kết' }).click();
  await expect(page.getByTestId('forgot-done')).toBeVisible();
  const link = await latestMailLink(page, demo.citizen2.email);
  await sql(
    `UPDATE "AuthToken" SET "expiresAt" = now() - interval '1 minute' WHERE "usedAt" IS NULL AND kind = 'PASSWORD_RESET'
             AND "userId" = (SELECT id FROM "User" WHERE email = $1)`,
    [demo.citizen2.email],
  );
  await page.goto(link);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat khau moi rat dai');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mat khau moi rat dai');
  await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Liên kết đã hết hạn');
});

test('profile: edit, download my data, sign out, sign out everywhere', async ({ page, browser }) => {
  test.slow();
  const person = await testData.user();
  const { email } = person;
  await signIn(page, person);

  const form = page.getByTestId('profile-form');
  await form.getByLabel('Số điện thoại').fill('12345');
  await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Nhập số điện thoại Việt Nam');
  await form.getByLabel('Họ và tên').fill('<i>Trần</i> Bình');
  await form.getByLabel('Số điện thoại').fill('0912345678');
  await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByTestId('form-notice')).toHaveText('Đã lưu thay đổi.');
  await page.reload();
  await expect(page.getByTestId('profile-form').getByLabel('Họ và tên')).toHaveValue('<i>Trần</i> Bình');

  const data = await page.request.get('/api/account/data');
  expect(data.status()).toBe(200);
  expect(data.headers()['content-disposition']).toContain('attachment');
  const json = await data.json();
  expect(json.user.email).toBe(email);
  expect(json.user.phone).toBe('0912345678');
  expect(JSON.stringify(json)).not.toContain('scrypt');

  // A second device, then "sign out everywhere" from the first.
  const other = await browser.newContext({ locale: 'vi-VN' });
  const phone = await other.newPage();
  await signIn(phone, person);
  await page.getByRole('button', { name: 'Đăng xuất trên mọi thiết bị' }).click();
  await expect(page).toHaveURL(/\/vi\/dang-nhap\?notice=signedOut/);
  await phone.goto('/vi/tai-khoan');
  await expect(phone).toHaveURL(/\/vi\/dang-nhap\?next=%2Fvi%2Ftai-khoan/);
  await other.close();

  const anonymous = await page.request.get('/api/account/data');
  expect(anonymous.status()).toBe(401);
  expect((await errorOf(anonymous)).message).toBe('Bạn cần đăng nhập để tiếp tục.');
});

test('a resident deletes their account', async ({ page }) => {
  const person = await testData.user();
  const { email } = person;
  await signIn(page, person);
  await page.getByRole('link', { name: 'Xóa tài khoản' }).click();
  await page.getByLabel('Gõ XÓA để xác nhận').fill('xoa');
  await page.getByRole('button', { name: 'Xóa vĩnh viễn tài khoản' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Gõ chính xác XÓA để xác nhận.');
  await page.getByLabel('Gõ XÓA để xác nhận').fill('XÓA');
  await page.getByRole('button', { name: 'Xóa vĩnh viễn tài khoản' }).click();
  await expect(page).toHaveURL(/\/vi\/dang-nhap\?notice=accountDeleted/);
  await expect(page.getByTestId('notice')).toContainText('Tài khoản của bạn đã được xóa');
  expect(await sql('SELECT 1 FROM "User" WHERE email = $1', [email])).toHaveLength(0);
  const [anon] = await sql<{ count: string }>(
    `SELECT count(*) FROM "User" WHERE name = 'Người dùng đã xóa' AND "deletedAt" IS NOT NULL`,
  );
  expect(Number(anon!.count)).toBeGreaterThan(0);
});
