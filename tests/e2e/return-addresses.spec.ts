import { test, expect, testData, uniqueEmail } from './fixtures';

// Issue 9 §2: after signing in, only a path of the portal is followed. The hostile values arrive
// the way a phishing link delivers them: in the sign-in page's `next=` and in the posted form.
const BASE = process.env.BASE_URL ?? 'http://localhost:3000';

const hostile = [
  '/\t/evil.example/phish',
  '/\n/evil.example/phish',
  '/\r\n/evil.example/phish',
  '/\\evil.example/phish',
  '/%2F%2Fevil.example/phish',
  '/%5Cevil.example/phish',
  '/%09/evil.example/phish',
  'javascript:alert(document.cookie)',
  'https://evil.example/phish',
  '//evil.example/phish',
];

test('the sign-in page does not carry a hostile next= into its form, in both languages', async ({ page }) => {
  for (const path of ['/vi/dang-nhap', '/en/sign-in']) {
    await page.goto(`${path}?next=/%09/evil.example/phish`);
    await expect(page.getByTestId('sign-in-form')).toBeVisible();
    await expect(page.getByTestId('sign-in-form').locator('input[name="next"]')).toHaveCount(0);
  }
});

test('signing in from a link with next=/%09/evil.example/phish lands on the account page', async ({ page }) => {
  const person = await testData.user();
  await page.goto('/vi/dang-nhap?next=/%09/evil.example/phish');
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page).toHaveURL(`${BASE}/vi/tai-khoan`);
});

test('POST /api/auth/password answers a hostile next with the account page: 303 Location and JSON', async ({
  playwright,
}) => {
  const person = await testData.user();
  for (const next of hostile) {
    for (const locale of ['vi', 'en'] as const) {
      const fallback = locale === 'vi' ? '/vi/tai-khoan' : '/en/account';
      // A fresh client each time: no session cookie carried from the previous sign-in.
      const client = await playwright.request.newContext({ baseURL: BASE });
      const form = { email: person.email, password: person.password, locale, next };
      const html = await client.post('/api/auth/password', { headers: { Origin: BASE }, form, maxRedirects: 0 });
      expect(html.status(), `form with next=${JSON.stringify(next)}`).toBe(303);
      expect(html.headers().location, `form with next=${JSON.stringify(next)}`).toBe(`${BASE}${fallback}`);
      const json = await client.post('/api/auth/password', {
        headers: { Origin: BASE, Accept: 'application/json' },
        form,
      });
      expect(json.status()).toBe(200);
      expect(await json.json(), `JSON with next=${JSON.stringify(next)}`).toEqual({ ok: true, redirect: fallback });
      await client.dispose();
    }
  }
});

test('a next= of the portal is still followed, with its query', async ({ playwright }) => {
  const person = await testData.user();
  const client = await playwright.request.newContext({ baseURL: BASE });
  const form = { email: person.email, password: person.password, locale: 'vi', next: '/vi/phan-anh/gui?draft=abc' };
  const html = await client.post('/api/auth/password', { headers: { Origin: BASE }, form, maxRedirects: 0 });
  expect(html.status()).toBe(303);
  expect(html.headers().location).toBe(`${BASE}/vi/phan-anh/gui?draft=abc`);
  await client.dispose();
});

test('a failed sign-in does not pass a hostile next= back to the sign-in page', async ({ playwright }) => {
  const client = await playwright.request.newContext({ baseURL: BASE });
  const form = {
    email: uniqueEmail('sai'),
    password: 'not the password',
    locale: 'vi',
    next: '/\t/evil.example/phish',
  };
  const html = await client.post('/api/auth/password', {
    headers: { Origin: BASE, 'X-Forwarded-For': '198.51.100.254' },
    form,
    maxRedirects: 0,
  });
  expect(html.status()).toBe(303);
  expect(new URL(html.headers().location!).searchParams.has('next')).toBe(false);
  await client.dispose();
});
