import { test, expect } from './fixtures';

const sections = [
  { vi: '/vi/tin-tuc', en: '/en/news', viTitle: 'Tin tức', enTitle: 'News' },
  {
    vi: '/vi/thu-tuc-hanh-chinh',
    en: '/en/procedures',
    viTitle: 'Thủ tục hành chính',
    enTitle: 'Administrative procedures',
  },
  { vi: '/vi/phan-anh', en: '/en/feedback', viTitle: 'Phản ánh kiến nghị', enTitle: 'Citizen feedback' },
  { vi: '/vi/lay-y-kien', en: '/en/consultations', viTitle: 'Lấy ý kiến người dân', enTitle: 'Public consultations' },
  { vi: '/vi/tien-ich', en: '/en/services', viTitle: 'Tiện ích', enTitle: 'Services' },
];

test('“/” opens Vietnamese by default and remembers an explicit choice of English', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/vi$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1, name: 'Công dân số' })).toBeVisible();

  await page.goto('/en');
  // The cached page is shared by everyone, so the browser, not the answer, remembers the choice.
  await expect
    .poll(async () => (await page.context().cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value)
    .toBe('en');
  await page.goto('/');
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Digital Citizen' })).toBeVisible();
});

test('every section exists in both languages under its own path, with hreflang alternates', async ({ page }) => {
  for (const s of sections) {
    const vi = await page.goto(s.vi);
    expect(vi?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.viTitle);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', new RegExp(`${s.en}$`));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${s.vi}$`));
    const en = await page.goto(s.en);
    expect(en?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.enTitle);
    await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute('href', new RegExp(`${s.vi}$`));
  }
});

test('the language switcher keeps the current page', async ({ page }) => {
  await page.goto('/vi/thu-tuc-hanh-chinh');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/procedures$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administrative procedures');
  await page.getByRole('link', { name: 'Tiếng Việt', exact: true }).click();
  await expect(page).toHaveURL(/\/vi\/thu-tuc-hanh-chinh$/);

  await page.goto('/vi/tin-tuc/ra-mat-ung-dung-cong-dan-so');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/news\/ra-mat-ung-dung-cong-dan-so$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Become a digital citizen of Ho Chi Minh City – a quick link between residents and their government',
  );
});

test('the header navigation reaches every section, and the home page shows the launch news', async ({ page }) => {
  await page.goto('/vi');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  for (const s of sections) {
    await nav
      .getByRole('link', { name: s.viTitle === 'Lấy ý kiến người dân' ? 'Lấy ý kiến' : s.viTitle, exact: true })
      .click();
    await expect(page).toHaveURL(new RegExp(`${s.vi}$`));
    await page.goto('/vi');
  }
  const news = page.getByTestId('home-news');
  await expect(
    news.getByRole('link', {
      name: 'Hãy trở thành công dân số thành phố Hồ Chí Minh – Kết nối nhanh chóng giữa công dân và chính quyền',
    }),
  ).toBeVisible();
  await expect(news.getByText('12 tháng 1, 2026').first()).toBeVisible();
});

test.describe('on a phone without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test('the menu opens and its links work', async ({ page }) => {
    await page.goto('/vi');
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden();
    await page.getByText('Danh mục').click();
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await expect(nav).toBeVisible();
    await nav.getByRole('link', { name: 'Phản ánh kiến nghị' }).click();
    await expect(page).toHaveURL(/\/vi\/phan-anh$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phản ánh kiến nghị');
  });

  test('an unknown address gets the localized 404 page, rendered on the server', async ({ page }) => {
    const vi = await page.goto('/vi/khong-co-trang-nay/con-nua');
    expect(vi?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
    await page.getByRole('link', { name: 'Về trang chủ', exact: true }).click();
    await expect(page).toHaveURL(/\/vi$/);
    const en = await page.goto('/en/no-such-page');
    expect(en?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 2, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/en');
  });
});

test('the skip link is the first stop and moves to the main content', async ({ page }) => {
  await page.goto('/vi');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('unknown pages get a localized 404', async ({ page }) => {
  const vi = await page.goto('/vi/trang-khong-ton-tai');
  expect(vi?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  const en = await page.goto('/en/no-such-page');
  expect(en?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  const article = await page.goto('/vi/tin-tuc/khong-co-tin-nay');
  expect(article?.status()).toBe(404);
});

test('security headers on pages, files and route handlers', async ({ request }) => {
  for (const path of ['/vi', '/vi/dang-nhap', '/api/account/data', '/icon.svg']) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy'], path).toContain('camera=()');
    expect(h['strict-transport-security'], path).toContain('max-age=');
    if (path !== '/icon.svg') expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
  const home = (await request.get('/vi')).headers()['content-security-policy']!;
  expect(home).not.toMatch(/https?:\/\//);
  expect(home).toContain("object-src 'none'");
});

test('dynamic pages carry a per-request nonce and their scripts run under it', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const first = await page.goto('/vi/dang-ky');
  const csp = first!.headers()['content-security-policy']!;
  const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("'strict-dynamic'");
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  const second = await page.request.get('/vi/dang-ky');
  expect(second.headers()['content-security-policy']).not.toContain(nonce!);

  // Live validation proves the page's JavaScript runs under the policy.
  await page.getByLabel('Email').fill('khong-phai-email');
  await page.getByLabel('Email').blur();
  await expect(page.getByTestId('error-email')).toContainText('Nhập địa chỉ email đúng dạng');

  await page.goto('/vi');
  await page.goto('/en/news');
  expect(violations).toEqual([]);
});

test('a route handler address with a broken percent-escape is a 400 in the error shape, not a 500', async ({
  request,
}) => {
  for (const path of ['/api/procedures/%ff', '/api/consultations/%E0%A4/results', '/api/feedback/photos/%c3/display']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
    expect(await res.json(), path).toEqual({ error: { code: 'bad_request', message: 'Yêu cầu không hợp lệ.' } });
  }
  // A well-formed address that names nothing is still a 404.
  expect((await request.get('/api/procedures/khong-co')).status()).toBe(404);
});
