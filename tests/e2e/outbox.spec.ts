// The mail outbox holds password-reset links: it answers only a browser on the portal's own
// machine (or an administrator) while MAIL_OUTBOX is on, which the configuration allows only on a
// loopback PUBLIC_URL (docs/decisions/016-mail-outbox.md).
import { test, expect, testData, demo, latestMailLink, signIn, sql } from './fixtures';
import { startOwnServer, type OwnServer } from '../support/own-server';

const OUTBOX = ['/vi/dev/hop-thu', '/en/dev/outbox'];

// What an attacker outside sends, or could add to look local: none of it opens the page.
const remoteHeaders: Record<string, string>[] = [
  { 'X-Forwarded-For': '203.0.113.9' },
  { 'X-Forwarded-For': '127.0.0.1' },
  { Forwarded: 'for=127.0.0.1' },
  { 'X-Real-IP': '127.0.0.1' },
  { 'X-Forwarded-Host': 'localhost' },
  { 'x-cds-local-client': 'guess', 'X-Forwarded-For': '203.0.113.9' },
];

test('an anonymous visitor from elsewhere cannot read the outbox, in either language', async ({ page, request }) => {
  const victim = await testData.user();
  // The victim's reset mail is in the outbox (asked for by the attacker through the public form).
  await page.goto('/vi/quen-mat-khau');
  await page.getByLabel('Email').fill(victim.email);
  await page.getByRole('button', { name: 'Gửi liên kết' }).click();
  await expect(page.getByTestId('forgot-done')).toBeVisible();
  const [mail] = await sql<{ text: string }>(
    'SELECT text FROM "OutboxMail" WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1',
    [victim.email],
  );
  const token = new URL(mail!.text.match(/https?:\/\/\S+/)![0]).searchParams.get('token')!;

  for (const path of OUTBOX) {
    for (const headers of remoteHeaders) {
      for (const query of ['', `?to=${encodeURIComponent(victim.email)}`]) {
        const res = await request.get(`${path}${query}`, { headers });
        const html = await res.text();
        expect(res.status(), `${path}${query} with ${JSON.stringify(headers)}`).toBe(404);
        expect(html).not.toContain(victim.email);
        expect(html).not.toContain(token);
        expect(html).not.toContain('data-testid="outbox-mail"');
      }
    }
    // The test's own browser context sends X-Forwarded-For, as a visitor behind a proxy would.
    const shown = await page.goto(path);
    expect(shown?.status()).toBe(404);
    await expect(page.getByTestId('outbox-mail')).toHaveCount(0);
  }
});

test('a signed-in citizen from elsewhere cannot read it either', async ({ page }) => {
  await signIn(page, await testData.user());
  for (const path of OUTBOX) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByTestId('outbox-mail')).toHaveCount(0);
  }
});

test('an administrator can read it while it is on (next dev stamps no local browser)', async ({ page }) => {
  await signIn(page, demo.admin);
  for (const path of OUTBOX) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(path.startsWith('/vi') ? 'Hộp thư thử nghiệm' : 'Test outbox');
  }
});

test('a browser on the portal’s machine still reads the mail sent to it', async ({ page }) => {
  const person = await testData.user();
  await page.goto('/en/forgot-password');
  await page.getByLabel('Email').fill(person.email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByTestId('forgot-done')).toBeVisible();
  expect(new URL(await latestMailLink(page, person.email)).pathname).toBe('/en/reset-password');
});

test.describe('with the production configuration', () => {
  let server: OwnServer;
  let base = '';

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    // A city's server that forgot SMTP_URL: public address, no outbox setting.
    server = await startOwnServer(
      { PUBLIC_URL: 'https://congdanso.example.gov.vn', SMTP_URL: '', MAIL_OUTBOX: '' },
      { host: '127.0.0.1' },
    );
    base = server.base;
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test('the outbox does not exist, even for a browser on the same machine, and one warning says mail is not delivered', async () => {
    for (const p of OUTBOX) {
      const res = await fetch(`${base}${p}`);
      expect(res.status, p).toBe(404);
      expect(await res.text()).not.toContain('data-testid="outbox-mail"');
    }
    const warnings = server
      .output()
      .split('\n')
      .filter((line) => line.includes('SMTP_URL is not set'));
    expect(warnings).toEqual([
      'Warning: SMTP_URL is not set, so no mail is delivered from https://congdanso.example.gov.vn: nobody receives email verification, password reset or report update mail. Set SMTP_URL (e.g. smtps://user:pass@smtp.example.gov.vn:465).',
    ]);
  });
});
