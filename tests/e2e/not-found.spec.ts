import { test, expect } from './fixtures';

// A page that finds nothing to show (an unknown procedure, article, report, consultation, place or
// wizard) answers 404 with the localized "page not found" page rendered on the server, so a
// visitor without JavaScript reads it too (server/http/not-found-page.ts).
const addresses: [string, string][] = [
  ['/vi/tin-tuc/khong-co-bai-nay', 'Không tìm thấy trang'],
  ['/vi/thu-tuc-hanh-chinh/khong-co-thu-tuc-nay', 'Không tìm thấy trang'],
  ['/vi/thu-tuc-hanh-chinh/khong-co-thu-tuc-nay/giay-to-can-co', 'Không tìm thấy trang'],
  ['/vi/phan-anh/PA-2000-999999', 'Không tìm thấy trang'],
  ['/vi/lay-y-kien/khong-co-cuoc-lay-y-kien-nay', 'Không tìm thấy trang'],
  ['/vi/tien-ich/dia-diem/khong-co-dia-diem-nay', 'Không tìm thấy trang'],
  ['/en/consultations/no-such-consultation', 'Page not found'],
  ['/en/feedback/PA-2000-999999', 'Page not found'],
];

test('without JavaScript, every kind of unknown page shows the not-found page in its language, with status 404', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [path, heading] of addresses) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
    await expect(page.locator('html'), path).toHaveAttribute('lang', path.startsWith('/vi') ? 'vi' : 'en');
  }
  await context.close();
});
