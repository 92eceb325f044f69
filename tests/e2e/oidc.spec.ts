import { test, expect, sql } from './fixtures';

// The portal signs people in through a real OpenID Connect provider started by the test run
// (oidc-provider), as it would with VNeID or a city identity server.
test('a resident signs in with the identity provider and gets an account', async ({ page }) => {
  const login = `dan${Date.now().toString(36)}`;
  await page.goto('/vi/dang-nhap');
  await page.getByRole('button', { name: 'Đăng nhập bằng VNeID' }).click();
  await expect(page).toHaveURL(new RegExp(`^${process.env.OIDC_ISSUER}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
  // First sign-in: the provider asks to share the email and name with the portal.
  await page.locator('button[type="submit"]', { hasText: /continue/i }).click();
  await expect(page).toHaveURL(/\/vi\/tai-khoan$/);
  await expect(page.getByTestId('account-summary')).toContainText(`${login}@vneid.test`);

  const rows = await sql<{ provider: string; name: string }>(
    `SELECT a.provider, u.name FROM "Account" a JOIN "User" u ON u.id = a."userId" WHERE u.email = $1`,
    [`${login}@vneid.test`],
  );
  expect(rows).toEqual([{ provider: 'oidc', name: `Công dân ${login}` }]);
});
