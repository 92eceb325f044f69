import { test, expect } from './fixtures';

// Search on a phone, what a procedure page says, and what machines read: robots, Open Graph, sitemaps.

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('search results come first; the filters fold behind a button that opens without JavaScript', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
      locale: 'vi-VN',
    });
    const page = await context.newPage();
    await page.goto('/vi/thu-tuc-hanh-chinh?q=dang+ky');
    const first = page.getByTestId('results').getByRole('listitem').first();
    // An emergency alert's banner (the demo data has one in force) sits above every page's content:
    // the results must start on the first screen below it.
    const banner = (await page.getByTestId('alert-slot').count())
      ? (await page.getByTestId('alert-slot').boundingBox())!.height
      : 0;
    expect((await first.boundingBox())!.y - banner).toBeLessThan(844);
    const field = page.getByLabel('Lĩnh vực');
    await expect(field).toBeHidden();
    await page.getByTestId('filters-fold').getByText('Lọc kết quả').click();
    await expect(field).toBeVisible();
    await context.close();
  });
});

test('an English query on the Vietnamese page finds what the English page finds', async ({ page }) => {
  await page.goto('/vi/thu-tuc-hanh-chinh?q=marriage+registration');
  await expect(page.getByTestId('results').getByRole('link').first()).toHaveText('Đăng ký kết hôn');
});

test('the summary labels each time limit and fee with its method and says "as in person" once', async ({ page }) => {
  await page.goto('/vi/thu-tuc-hanh-chinh/dang-ky-khai-tu');
  const times = page.getByTestId('summary-processingTime').getByRole('listitem');
  await expect(times).toHaveCount(1);
  await expect(times.first()).toContainText(/^Trực tiếp, Trực tuyến, Bưu chính: Ngay trong ngày/);
  const fees = page.getByTestId('summary-fee').getByRole('listitem');
  await expect(fees).toHaveCount(2);
  await expect(fees.nth(0)).toContainText(/^Trực tiếp, Trực tuyến: Miễn lệ phí/);
  await expect(fees.nth(1)).toHaveText('Bưu chính: như nộp trực tiếp; cước bưu chính do người gửi trả');
  await expect(page.getByTestId('procedure-summary')).not.toContainText('Như nộp trực tiếp');
  // The <dl> at the foot holds only dt, dd and div; the form links are at least 24 px tall.
  expect(await page.getByTestId('procedure-meta').locator(':scope > :not(div)').count()).toBe(0);
  await page.goto('/vi/thu-tuc-hanh-chinh/dang-ky-tam-tru');
  for (const link of await page.getByTestId('form-links').getByRole('link').all())
    expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(24);
});

test('JSON-LD follows the page’s language, with ISO 8601 durations and channel names in words', async ({ page }) => {
  await page.goto('/en/procedures/dang-ky-thuong-tru');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
    serviceType: string;
    areaServed: { name: string };
    availableChannel: { name: string; processingTime?: string }[];
  }[];
  const service = data[0]!;
  expect(service.serviceType).not.toMatch(/[ăâđêôơư]/i);
  expect(service.areaServed.name).toBe('Ho Chi Minh City');
  expect(service.availableChannel.map((c) => c.name)).toEqual(['In person', 'Online']);
  expect(service.availableChannel.map((c) => c.processingTime)).toEqual(['P7D', 'P7D']);
});

test('sign-in, sign-up and password pages are not indexed; public pages carry Open Graph', async ({ page }) => {
  for (const path of ['/vi/dang-nhap', '/vi/dang-ky', '/vi/quen-mat-khau', '/en/sign-in']) {
    await page.goto(path);
    await expect(page.locator('meta[name="robots"]'), path).toHaveAttribute('content', /noindex/);
  }
  for (const [path, locale] of [
    ['/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh', 'vi_VN'],
    ['/en/procedures', 'en_GB'],
    ['/vi/phan-anh', 'vi_VN'],
    ['/vi/dang-nhap', 'vi_VN'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('meta[property="og:site_name"]'), path).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[property="og:locale"]'), path).toHaveAttribute('content', locale);
    await expect(page.locator('meta[property="og:url"]'), path).toHaveAttribute('content', new RegExp(`${path}$`));
  }
});

test('the sitemaps give x-default and list the public reports', async ({ request }) => {
  const pages = await (await request.get('/sitemaps/pages.xml')).text();
  expect(pages).toContain('hreflang="x-default"');
  const index = await (await request.get('/sitemap.xml')).text();
  expect(index).toContain('/sitemaps/reports-1.xml');
  const reports = await (await request.get('/sitemaps/reports-1.xml')).text();
  expect(reports).toMatch(/\/vi\/phan-anh\/PA-\d{4}-\d{6,}<\/loc><lastmod>/);
});

test('a search results page may be indexed, under its query alone as the canonical address', async ({ page }) => {
  await page.goto('/vi/thu-tuc-hanh-chinh?q=%20khai%20%20sinh&page=1');
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await expect(page).toHaveTitle(/khai sinh/);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical!, page.url()).pathname + new URL(canonical!, page.url()).search).toBe(
    '/vi/thu-tuc-hanh-chinh?q=khai+sinh',
  );
  const en = await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href');
  expect(new URL(en!, page.url()).search).toBe('?q=khai+sinh');
});
