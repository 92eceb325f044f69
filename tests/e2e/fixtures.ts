import { randomBytes } from 'node:crypto';
import { test as base, expect, type Page } from '@playwright/test';
import pg from 'pg';

// Each test acts as a different client address (X-Forwarded-For), as separate people would,
// so the per-address sign-in limit of one test does not spill into another.
export const test = base.extend<{ clientIp: string }>({
  clientIp: async ({}, provide) => {
    await provide(`198.51.100.${Math.floor(Math.random() * 250) + 1}`);
  },
  context: async ({ context, clientIp }, provide) => {
    await context.setExtraHTTPHeaders({ 'X-Forwarded-For': clientIp });
    await provide(context);
  },
});
export { expect };

/** The password of accounts made by createUser(). */
export const E2E_PASSWORD = 'mat khau thu nghiem dai';

export const demo = {
  admin: { email: 'quantri@congdanso.test', password: 'QuanTri@2026!' },
  editor: { email: 'bientap@congdanso.test', password: 'BienTap@2026!' },
  official: { email: 'canbo@congdanso.test', password: 'CanBo@2026!x' },
  citizen: { email: 'congdan@congdanso.test', password: 'CongDan@2026!' },
  citizen2: { email: 'congdan2@congdanso.test', password: 'CongDan2@2026!' },
};

export function uniqueEmail(prefix = 'nguoidung') {
  return `${prefix}.${Date.now().toString(36)}${randomBytes(2).toString('hex')}@example.com`;
}

let pool: pg.Pool | undefined;
/** Direct reads of the test database, for checking what a flow stored. */
export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  pool ??= new pg.Pool({ connectionString: process.env.E2E_DATABASE_URL, max: 2 });
  return (await pool.query<T>(text, values)).rows;
}

export async function signIn(page: Page, who: { email: string; password: string }, locale: 'vi' | 'en' = 'vi') {
  await page.goto(locale === 'vi' ? '/vi/dang-nhap' : '/en/sign-in');
  await page.getByLabel(locale === 'vi' ? 'Email' : 'Email').fill(who.email);
  await page.getByLabel(locale === 'vi' ? 'Mật khẩu' : 'Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: locale === 'vi' ? 'Đăng nhập' : 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(locale === 'vi' ? /\/vi\/tai-khoan$/ : /\/en\/account$/);
}

/**
 * The newest mail to `to` in the outbox page, and the first link in it. The page answers only a
 * browser on the portal's machine that sends no forwarding headers, so it is read from a context
 * of its own, without the test's X-Forwarded-For.
 */
export async function latestMailLink(page: Page, to: string): Promise<string> {
  const context = await page.context().browser()!.newContext({ baseURL: process.env.BASE_URL, locale: 'vi-VN' });
  try {
    const outbox = await context.newPage();
    await outbox.goto(`/vi/dev/hop-thu?to=${encodeURIComponent(to)}`);
    const mail = outbox.getByTestId('outbox-mail').first();
    await expect(mail).toBeVisible();
    const text = (await mail.locator('pre').textContent()) ?? '';
    const link = text.match(/https?:\/\/\S+/)?.[0];
    if (!link) throw new Error(`No link in the mail to ${to}: ${text}`);
    return link;
  } finally {
    await context.close();
  }
}

/** A verified resident made through the data layer's own password hashing, for tests that need a fresh account. */
export async function createUser(role: 'CITIZEN' | 'OFFICIAL' | 'EDITOR' | 'ADMIN' = 'CITIZEN', nameGiven?: string) {
  // The test run hashes this password once with the server's own code (E2E_PASSWORD_HASH).
  const email = uniqueEmail(role.toLowerCase());
  const password = E2E_PASSWORD;
  const name = nameGiven ?? `Người thử ${randomBytes(2).toString('hex')}`;
  const [row] = await sql<{ id: string }>(
    `INSERT INTO "User" (id, name, email, "passwordHash", role, "emailVerified", "wardCode", "consentVersion", "consentAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, now(), 'mau-phuong-sai-gon', '2026-01', now(), now()) RETURNING id`,
    [`t${randomBytes(10).toString('hex')}`, name, email, process.env.E2E_PASSWORD_HASH, role],
  );
  return { id: row!.id, email, password, name };
}
