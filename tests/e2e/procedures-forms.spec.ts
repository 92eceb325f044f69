import { test, expect, sql } from './fixtures';

test('every form linked from a published procedure downloads and prints: no dead links', async ({ request }) => {
  const slugs = (
    await sql<{ slug: string }>(`SELECT slug FROM "Procedure" WHERE status = 'PUBLISHED' ORDER BY slug`)
  ).map((r) => r.slug);
  expect(slugs.length).toBeGreaterThan(50);
  const downloads = new Set<string>();
  const views = new Set<string>();
  for (const slug of slugs) {
    for (const path of [`/vi/thu-tuc-hanh-chinh/${slug}`, `/en/procedures/${slug}`]) {
      const html = await (await request.get(path)).text();
      for (const m of html.matchAll(/href="(\/api\/forms\/[^"]+)"/g)) downloads.add(m[1]!);
      for (const m of html.matchAll(/href="(\/(?:vi\/thu-tuc-hanh-chinh\/mau|en\/procedures\/forms)\/[^"]+)"/g))
        views.add(m[1]!);
    }
  }
  expect(downloads.size).toBeGreaterThanOrEqual(15);
  expect(views.size).toBe(downloads.size * 2);
  for (const url of downloads) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    const name = url.split('/').pop();
    expect(res.headers()['content-type'], url).toBe('text/html; charset=utf-8');
    expect(res.headers()['content-disposition'], url).toBe(`attachment; filename="${name}.html"`);
    const body = await res.text();
    expect(body, url).toContain('<h1>');
    expect(body, url).not.toContain('<script');
  }
  for (const url of views) expect((await request.get(url)).status(), url).toBe(200);
  expect((await request.get('/api/forms/khong-co-mau-nay')).status()).toBe(404);
  expect((await request.get('/vi/thu-tuc-hanh-chinh/mau/khong-co-mau-nay')).status()).toBe(404);
});

test('the checklist links a form to its printable page, which shows the form alone when printed', async ({ page }) => {
  await page.goto('/vi/thu-tuc-hanh-chinh/dang-ky-thuong-tru');
  const checklist = page.getByTestId('document-checklist').first();
  const download = checklist.getByRole('link', { name: /^Tải mẫu CT01 \(HTML, \d+ KB\)$/ }).first();
  await expect(download).toHaveAttribute('href', '/api/forms/mau-ct01');
  await expect(page.getByRole('button', { name: 'In danh sách giấy tờ' })).toBeVisible();
  await expect(page.getByText('Để in, dùng lệnh In của trình duyệt (Ctrl + P).')).toHaveCount(0);
  // A form without a template is named, not linked.
  await page.goto('/vi/thu-tuc-hanh-chinh/cap-the-can-cuoc');
  await expect(page.locator('#documents')).toContainText('DC01 / DC02');
  await expect(page.getByTestId('form-links')).toHaveCount(0);

  await page.goto('/vi/thu-tuc-hanh-chinh/dang-ky-thuong-tru');
  await page
    .getByTestId('document-checklist')
    .first()
    .getByRole('link', { name: 'Xem và in mẫu CT01' })
    .first()
    .click();
  await expect(page).toHaveURL(/\/vi\/thu-tuc-hanh-chinh\/mau\/mau-ct01$/);
  const sheet = page.getByTestId('form-sheet');
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('Tờ khai thay đổi thông tin cư trú');
  await expect(sheet).toContainText('Mẫu CT01');
  await expect(page.getByRole('button', { name: 'In mẫu này' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header').first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'In mẫu này' })).toBeHidden();
  await expect(sheet).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('form-ct01-print.png'), fullPage: true });

  await page.emulateMedia({ media: 'screen' });
  await page.goto('/en/procedures/forms/mau-ct01');
  await expect(page.getByTestId('form-sheet').getByRole('heading', { level: 1 })).toHaveText(
    'Tờ khai thay đổi thông tin cư trú',
  );
  await expect(page.getByRole('link', { name: /^Download mẫu CT01 \(HTML, \d+ KB\)$/ })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the checklist says how to print, and the links work', async ({ page }) => {
    await page.goto('/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh');
    await expect(page.getByRole('button', { name: 'In danh sách giấy tờ' })).toHaveCount(0);
    await expect(page.getByText('Để in, dùng lệnh In của trình duyệt (Ctrl + P).')).toBeVisible();
    await page.getByRole('link', { name: 'Xem và in tờ khai đăng ký khai sinh' }).click();
    await expect(page.getByTestId('form-sheet').getByRole('heading', { level: 1 })).toHaveText(
      'Tờ khai đăng ký khai sinh',
    );
  });
});
