import { test, expect, demo, signIn } from './fixtures';

// A page that finds nothing to show (an unknown procedure, article, report, consultation, place or
// wizard) answers 404. Next.js sends such a page as an empty shell that only a script fills in;
// the production server writes the bilingual not-found page into it, so a visitor without
// JavaScript reads it too (server/http/not-found-page.ts). With JavaScript, the localized page
// replaces it (news.spec.ts, procedure-wizard.spec.ts check the English one).
const addresses = [
  '/vi/tin-tuc/khong-co-bai-nay',
  '/vi/thu-tuc-hanh-chinh/khong-co-thu-tuc-nay',
  '/vi/thu-tuc-hanh-chinh/khong-co-thu-tuc-nay/giay-to-can-co',
  '/vi/phan-anh/PA-2000-999999',
  '/vi/lay-y-kien/khong-co-cuoc-lay-y-kien-nay',
  '/vi/tien-ich/dia-diem/khong-co-dia-diem-nay',
  '/en/consultations/no-such-consultation',
  '/en/feedback/PA-2000-999999',
];

test('without JavaScript, every kind of unknown page shows the not-found page in both languages, with status 404', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of addresses) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Không tìm thấy trang');
    await expect(page.getByRole('heading', { level: 2, name: 'Page not found' }), path).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the home page' }), path).toHaveAttribute('href', '/en');
    // The site's stylesheet is linked, so the page is laid out like every other.
    expect(await page.locator('link[rel="stylesheet"]').count(), path).toBeGreaterThan(0);
  }
  await context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // A refusal (forbidden()) comes as the same empty shell; the production server writes the page
  // around it with the "no access" text of the address's language.
  test('a resident refused an officials’ page reads why, in the page’s language, with status 403', async ({ page }) => {
    await signIn(page, demo.citizen);
    for (const [path, locale, title, home] of [
      ['/vi/quan-tri/lay-y-kien', 'vi', 'Không có quyền truy cập', 'Về trang chủ'],
      ['/en/admin/consultations/new', 'en', 'You do not have access', 'Go to the home page'],
    ] as const) {
      expect((await page.goto(path))?.status(), path).toBe(403);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(title);
      await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
      await expect(page, path).toHaveTitle(`${title} – Công dân số`);
      await expect(page.getByRole('main').getByRole('link', { name: home }), path).toHaveAttribute(
        'href',
        `/${locale}`,
      );
      expect(await page.locator('link[rel="stylesheet"]').count(), path).toBeGreaterThan(0);
    }
  });
});
