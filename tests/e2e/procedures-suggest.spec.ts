import { test, expect } from './fixtures';
import { errorOf } from '../support/errors';
import type { Page } from '@playwright/test';

// The procedure search box: a plain GET form, enhanced with suggestions (an ARIA combobox) when
// JavaScript runs. The suggestions come from GET /api/procedures/suggest.

const SECTION = '/vi/thu-tuc-hanh-chinh';

/** The section page's search box, once JavaScript has turned it into a combobox. */
async function searchBox(page: Page) {
  await page.goto(SECTION);
  const box = page.getByRole('combobox', { name: 'Tìm thủ tục' });
  await expect(box).toBeVisible();
  return box;
}

test.describe('with JavaScript', () => {
  test('suggestions appear while typing, as an ARIA combobox with a listbox and a live count', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/procedures/suggest')) requests.push(new URL(r.url()).search);
    });
    // The page's timers run on a clock the test moves by hand, so the debounce is checked exactly.
    await page.clock.install();
    const box = await searchBox(page);
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toHaveAttribute('aria-autocomplete', 'list');
    const listId = await box.getAttribute('aria-controls');
    expect(listId).toBeTruthy();
    await expect(box).not.toHaveAttribute('aria-activedescendant', /.+/);

    await page.clock.pauseAt(new Date(Date.now() + 5_000));
    // One character is not enough to ask.
    await box.pressSequentially('d');
    await page.clock.runFor(1_000);
    expect(requests).toEqual([]);

    // Debounced: nothing is asked while typing, then one request for the whole text.
    await box.pressSequentially('ang ky kh');
    await page.clock.runFor(150);
    expect(requests).toEqual([]);
    await page.clock.runFor(100);
    await expect.poll(() => requests).toEqual(['?q=dang+ky+kh&locale=vi']);
    await page.clock.resume();
    const list = page.getByRole('listbox', { name: 'Gợi ý thủ tục' });
    await expect(list).toBeVisible();
    await expect(list).toHaveAttribute('id', listId!);
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    const options = list.getByRole('option');
    await expect(options.filter({ hasText: /^Đăng ký khai sinh$/ })).toHaveCount(1);
    const count = await options.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(6);
    await expect(page.getByRole('status').filter({ hasText: 'gợi ý' })).toHaveText(new RegExp(`^${count} gợi ý`));

    // Arrow keys move the active option; the input keeps the focus.
    await box.press('ArrowDown');
    const first = options.first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await expect(box).toBeFocused();
    if (count > 1) {
      await box.press('ArrowDown');
      await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
      await expect(first).toHaveAttribute('aria-selected', 'false');
      await box.press('ArrowUp');
      await expect(first).toHaveAttribute('aria-selected', 'true');
    }

    // Escape closes the list and keeps what was typed.
    await box.press('Escape');
    await expect(list).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).not.toHaveAttribute('aria-activedescendant', /.+/);
    await expect(box).toHaveValue('dang ky kh');
    // Hydration went cleanly (no mismatch between the server's plain input and the combobox).
    expect(errors).toEqual([]);
  });

  test('ArrowDown and Enter open the active suggestion', async ({ page }) => {
    const box = await searchBox(page);
    await box.pressSequentially('dang ky kh', { delay: 30 });
    const first = page.getByRole('listbox').getByRole('option').first();
    await expect(first).toBeVisible();
    // Let the answer for the whole text arrive, as a person reading the list would.
    await page.waitForLoadState('networkidle');
    const title = (await first.textContent())!;
    await box.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/vi\/thu-tuc-hanh-chinh\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });

  test('clicking a suggestion opens it', async ({ page }) => {
    const box = await searchBox(page);
    await box.pressSequentially('dang ky kh', { delay: 30 });
    await page.getByRole('option', { name: 'Đăng ký khai sinh', exact: true }).click();
    await expect(page).toHaveURL(/\/vi\/thu-tuc-hanh-chinh\/dang-ky-khai-sinh$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký khai sinh');
  });

  test('Enter without an active suggestion submits the form to the results page', async ({ page }) => {
    const box = await searchBox(page);
    await box.pressSequentially('dang ky kh', { delay: 30 });
    await expect(page.getByRole('listbox')).toBeVisible();
    await box.press('Enter');
    await expect(page).toHaveURL(/\/vi\/thu-tuc-hanh-chinh\?q=dang\+ky\+kh$/);
    await expect(page.getByTestId('results')).toBeVisible();
  });

  test('the home page search box suggests too', async ({ page }) => {
    await page.goto('/vi');
    const box = page.getByRole('combobox', { name: 'Tìm thủ tục' });
    await expect(box).toHaveAttribute('id', 'home-procedure-search');
    await box.pressSequentially('khai sinh', { delay: 30 });
    await expect(page.getByRole('option', { name: 'Đăng ký khai sinh', exact: true })).toBeVisible();
  });

  test('a slow answer for an earlier text never replaces the newer one', async ({ page }) => {
    await page.route('**/api/procedures/suggest?*', async (route) => {
      if (new URL(route.request().url()).searchParams.get('q') === 'khai') {
        await new Promise((r) => setTimeout(r, 1500));
        const stale = { items: [{ slug: 'cu', title: 'Gợi ý đã cũ', href: '/vi' }] };
        await route.fulfill({ json: stale }).catch(() => {}); // cancelled by the page meanwhile
        return;
      }
      await route.continue();
    });
    const box = await searchBox(page);
    const slow = page.waitForRequest((r) => r.url().includes('q=khai&'));
    await box.pressSequentially('khai');
    await slow;
    await box.pressSequentially(' sinh');
    const list = page.getByRole('listbox');
    await expect(list.getByRole('option', { name: 'Đăng ký khai sinh', exact: true })).toBeVisible();
    await page.waitForTimeout(1800);
    await expect(list.getByRole('option', { name: 'Gợi ý đã cũ' })).toHaveCount(0);
    await expect(list.getByRole('option', { name: 'Đăng ký khai sinh', exact: true })).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the section page search box is a plain search form', async ({ page }) => {
    await page.goto(SECTION);
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('dang ky khai sinh');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await expect(page).toHaveURL(/\/vi\/thu-tuc-hanh-chinh\?q=dang\+ky\+khai\+sinh$/);
    await expect(page.getByTestId('results').getByRole('link').first()).toHaveText('Đăng ký khai sinh');
  });
});

test('suggestions API: JSON with localized links, cached, empty for blank text, 400 for an unknown language', async ({
  request,
}) => {
  const res = await request.get('/api/procedures/suggest?q=dang%20ky%20kh&locale=vi');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/json');
  expect(res.headers()['cache-control']).toBe('public, max-age=60');
  const { items } = (await res.json()) as { items: { slug: string; title: string; href: string }[] };
  expect(items.length).toBeGreaterThan(0);
  expect(items.length).toBeLessThanOrEqual(6);
  expect(items).toContainEqual({
    slug: 'dang-ky-khai-sinh',
    title: 'Đăng ký khai sinh',
    href: '/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh',
  });
  for (const item of items) expect(Object.keys(item).sort()).toEqual(['href', 'slug', 'title']);

  const en = await (await request.get('/api/procedures/suggest?q=khai%20sinh&locale=en')).json();
  const birth = en.items.find((i: { slug: string }) => i.slug === 'dang-ky-khai-sinh');
  expect(birth.href).toBe('/en/procedures/dang-ky-khai-sinh');
  expect(birth.title).not.toBe('Đăng ký khai sinh');

  for (const q of ['', '%20%20%20', '%F0%9F%99%82']) {
    const empty = await request.get(`/api/procedures/suggest?q=${q}&locale=vi`);
    expect(empty.status(), q).toBe(200);
    expect(await empty.json(), q).toEqual({ items: [] });
  }
  expect(await (await request.get('/api/procedures/suggest')).json()).toEqual({ items: [] });

  // A very long text is cut, not refused.
  const long = await request.get(
    `/api/procedures/suggest?q=${encodeURIComponent(`khai sinh ${'x'.repeat(3000)}`)}&locale=vi`,
  );
  expect(long.status()).toBe(200);
  expect(Array.isArray((await long.json()).items)).toBe(true);

  const bad = await request.get('/api/procedures/suggest?q=khai&locale=xx');
  expect(bad.status()).toBe(400);
  expect((await errorOf(bad)).code).toBe('bad_request');
});
