import { test as base, expect, type Page } from '@playwright/test';
import pg from 'pg';
import { scriptClient } from '../../scripts/lib/db-client';
import { createTestData } from '../support/data';

export { TEST_PASSWORD, uniqueEmail } from '../support/data';

const client = scriptClient(process.env.E2E_DATABASE_URL ?? '');
/**
 * People, agencies, reports and procedures made for the tests in the test database, through the
 * data layer (tests/support/data.ts); what a worker made is removed when it ends.
 */
export const testData = createTestData(client);

// Each test acts as a different client address (X-Forwarded-For), as separate people would,
// so the per-address sign-in limit of one test does not spill into another.
let testsInWorker = 0;
export const test = base.extend<{ clientIp: string }, { testDataCleanup: void }>({
  testDataCleanup: [
    async ({}, provide) => {
      await provide();
      await testData.cleanup();
      await client.$disconnect();
    },
    { scope: 'worker', auto: true },
  ],
  // A different address for every test of the run (never a random one: two tests drawing the same
  // address would share its sign-in limit, and the test of that limit would lock the other out).
  clientIp: async ({}, provide, testInfo) => {
    testsInWorker += 1;
    await provide(`198.18.${testInfo.workerIndex % 256}.${testsInWorker % 254 || 254}`);
  },
  context: async ({ context, clientIp }, provide) => {
    await context.setExtraHTTPHeaders({ 'X-Forwarded-For': clientIp });
    await provide(context);
  },
});
export { expect };

export const demo = {
  admin: { email: 'quantri@congdanso.test', password: 'QuanTri@2026!' },
  editor: { email: 'bientap@congdanso.test', password: 'BienTap@2026!' },
  official: { email: 'canbo@congdanso.test', password: 'CanBo@2026!x' },
  citizen: { email: 'congdan@congdanso.test', password: 'CongDan@2026!' },
  citizen2: { email: 'congdan2@congdanso.test', password: 'CongDan2@2026!' },
};

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
