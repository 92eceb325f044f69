import { test, expect, sql } from './fixtures';
import { errorOf } from '../support/errors';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a resident searches from the home page without tone marks and opens the procedure', async ({ page }) => {
    await page.goto('/vi');
    await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('dang ky khai sinh');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await expect(page).toHaveURL(/\/vi\/thu-tuc-hanh-chinh\?q=dang\+ky\+khai\+sinh$/);
    const first = page.getByTestId('results').getByRole('listitem').first();
    await expect(first.getByRole('link')).toHaveText('Đăng ký khai sinh');
    await expect(first.locator('mark').first()).toHaveText('Đăng');
    await first.getByRole('link').click();
    await expect(page).toHaveURL(/\/vi\/thu-tuc-hanh-chinh\/dang-ky-khai-sinh$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký khai sinh');
  });

  test('filters narrow the results and show their counts', async ({ page }) => {
    await page.goto('/vi/thu-tuc-hanh-chinh?q=dang+ky');
    const option = page.getByLabel('Lĩnh vực').locator('option', { hasText: 'Hộ tịch' });
    const count = Number((await option.textContent())!.match(/\((\d+)\)/)![1]);
    expect(count).toBeGreaterThan(1);
    await page.getByLabel('Lĩnh vực').selectOption({ label: (await option.textContent())! });
    await page.getByRole('button', { name: 'Áp dụng bộ lọc' }).click();
    await expect(page).toHaveURL(/field=ho-tich/);
    await expect(page.getByTestId('result-count')).toContainText(`${count} thủ tục`);
    const meta = await page.getByTestId('results').getByRole('listitem').locator('p.text-sm').allTextContents();
    expect(meta.every((m) => m.startsWith('Hộ tịch'))).toBe(true);
  });

  test('an empty result suggests a spelling and the most viewed procedures', async ({ page }) => {
    await page.goto('/vi/thu-tuc-hanh-chinh?q=dang+ky+kaih+snih');
    await expect(page.getByTestId('no-results')).toContainText('Không tìm thấy thủ tục phù hợp');
    await expect(page.getByTestId('did-you-mean')).toHaveText('Đăng ký khai sinh');
    await expect(page.getByTestId('popular').getByRole('link').first()).toBeVisible();
  });

  test('bad search input gets a clear page, never an error', async ({ page }) => {
    for (const q of ['', '🙂🙂🙂', '\'; DROP TABLE "Procedure"; --', '<script>alert(1)</script>', 'x'.repeat(2000)]) {
      const res = await page.goto(`/vi/thu-tuc-hanh-chinh?q=${encodeURIComponent(q)}`);
      expect(res?.status(), q.slice(0, 20)).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục hành chính');
    }
    await page.goto('/vi/thu-tuc-hanh-chinh?q=can+cuoc&page=-3&field=khong-co');
    await expect(page.getByTestId('query-notice')).toContainText('không hợp lệ');
    await page.goto('/vi/thu-tuc-hanh-chinh?q=can+cuoc&page=999');
    await expect(page.getByTestId('page-notice')).toContainText('Trang 999 không tồn tại');
    const missing = await page.goto('/vi/thu-tuc-hanh-chinh/khong-co-thu-tuc-nay');
    expect(missing?.status()).toBe(404);
  });
});

test('the procedure page: summary first, steps, checklist, methods, legal basis, search-engine data', async ({
  page,
}) => {
  await page.goto('/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh');
  const summary = page.getByTestId('procedure-summary');
  for (const term of [
    'Ai thực hiện',
    'Thời hạn giải quyết',
    'Phí, lệ phí',
    'Nơi nộp hồ sơ',
    'Dịch vụ công trực tuyến',
  ]) {
    await expect(summary.getByText(term, { exact: true })).toBeVisible();
  }
  for (const h of ['Trình tự thực hiện', 'Thành phần hồ sơ', 'Cách thức thực hiện', 'Căn cứ pháp lý']) {
    await expect(page.getByRole('heading', { level: 2, name: h })).toBeVisible();
  }
  await expect(page.getByTestId('procedure-code')).toContainText('1.001193');
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    'href',
    /\/en\/procedures\/dang-ky-khai-sinh$/,
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/vi\/thu-tuc-hanh-chinh\/dang-ky-khai-sinh$/,
  );
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld.map((x: { '@type': string }) => x['@type'])).toEqual(['GovernmentService', 'BreadcrumbList']);
  expect(ld[0].identifier).toBe('1.001193');
  expect(ld[0].availableChannel.length).toBeGreaterThan(0);

  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/procedures\/dang-ky-khai-sinh$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Đăng ký khai sinh');
});

test('English queries search the English titles', async ({ page }) => {
  await page.goto('/en/procedures?q=passport');
  await expect(page.getByTestId('results').getByRole('link').first()).toHaveAttribute(
    'href',
    /\/en\/procedures\/cap-ho-chieu/,
  );
});

test('open data: search and one procedure as JSON, with cache headers and clear errors', async ({ request }) => {
  const list = await request.get('/api/procedures?q=cccd');
  expect(list.status()).toBe(200);
  expect(list.headers()['cache-control']).toContain('max-age=');
  const body = await list.json();
  expect(body.items.slice(0, 3).map((i: { slug: string }) => i.slug)).toContain('cap-the-can-cuoc');
  expect(body.total).toBeGreaterThan(0);

  const one = await request.get('/api/procedures/1.001193');
  expect(one.status()).toBe(200);
  const p = await one.json();
  expect(p.slug).toBe('dang-ky-khai-sinh');
  expect(Array.isArray(p.steps)).toBe(true);
  expect(p).not.toHaveProperty('id');

  const unknown = await request.get('/api/procedures/9.999999');
  expect(unknown.status()).toBe(404);
  expect((await errorOf(unknown)).message).toBe('Không tìm thấy nội dung.');
  const badField = await request.get('/api/procedures?field=khong-co');
  expect(badField.status()).toBe(400);
  const pastEnd = await request.get('/api/procedures?q=cccd&page=9999');
  expect(pastEnd.status()).toBe(404);
});

test('sitemap index, procedure sitemap and robots.txt', async ({ request }) => {
  const index = await (await request.get('/sitemap.xml')).text();
  expect(index).toContain('<sitemapindex');
  expect(index).toContain('/sitemaps/pages.xml');
  expect(index).toContain('/sitemaps/procedures-1.xml');
  const chunk = await request.get('/sitemaps/procedures-1.xml');
  expect(chunk.headers()['content-type']).toContain('application/xml');
  const xml = await chunk.text();
  expect(xml).toContain('/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh</loc>');
  expect(xml).toContain('hreflang="en" href="');
  expect((await request.get('/sitemaps/procedures-99.xml')).status()).toBe(404);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap:');
  expect(robots).toContain('Disallow: /api/');
});

test.describe('“Was this page helpful?” without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a resident answers, with a comment, and sees the thank-you note', async ({ page }) => {
    await page.goto('/vi/thu-tuc-hanh-chinh/dang-ky-tam-tru');
    const form = page.getByTestId('helpful-form');
    await form.getByRole('radio', { name: 'Không' }).check();
    const comment = `Thiếu mẫu tờ khai <b>CT01</b> ${Date.now()}`;
    await form.getByLabel('Góp ý thêm').fill(comment);
    await form.getByRole('button', { name: 'Gửi' }).click();
    await expect(page).toHaveURL(/\/vi\/thu-tuc-hanh-chinh\/dang-ky-tam-tru#feedback-thanks$/);
    await expect(page.getByText('Cảm ơn bạn đã góp ý.')).toBeVisible();
    const rows = await sql<{ helpful: boolean }>('SELECT helpful FROM "ProcedureFeedback" WHERE comment = $1', [
      comment,
    ]);
    expect(rows).toEqual([{ helpful: false }]);
  });
});

test('feedback is Origin-checked, validated and rate-limited', async ({ request, clientIp }) => {
  const url = '/api/procedures/1.001193/feedback';
  const headers = { Origin: process.env.BASE_URL!, Accept: 'application/json', 'X-Forwarded-For': clientIp };
  expect(
    (
      await request.post(url, { headers: { ...headers, Origin: 'https://evil.example' }, form: { helpful: 'yes' } })
    ).status(),
  ).toBe(403);
  expect((await request.post(url, { headers, form: { helpful: 'maybe' } })).status()).toBe(400);
  expect(
    (await request.post('/api/procedures/9.999999/feedback', { headers, form: { helpful: 'yes' } })).status(),
  ).toBe(404);
  for (let i = 0; i < 10; i++)
    expect((await request.post(url, { headers, form: { helpful: 'yes' } })).status()).toBe(201);
  const limited = await request.post(url, { headers, form: { helpful: 'yes' } });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
});

test('reading a procedure page counts one view per visitor', async ({ page }) => {
  const views = async () =>
    (await sql<{ views: number }>(`SELECT views FROM "Procedure" WHERE slug = 'khai-bao-tam-vang'`))[0]!.views;
  const before = await views();
  await page.goto('/vi/thu-tuc-hanh-chinh/khai-bao-tam-vang');
  await expect.poll(views).toBe(before + 1);
  await page.reload();
  await page.waitForLoadState('networkidle');
  expect(await views()).toBe(before + 1);
});
