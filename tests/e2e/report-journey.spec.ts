import sharp from 'sharp';
import { test, expect, demo, signIn, sql } from './fixtures';

// The whole journey through the real server: a resident sends a report with a photo from the
// form, the report page shows it, the official in charge answers with a photo and resolves it,
// and the resident sees the answer and a notification. Nothing is stubbed.

async function phonePhoto(): Promise<Buffer> {
  // A phone photo with its EXIF orientation and GPS-like metadata: the portal must strip it.
  return sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 90, g: 90, b: 90 } } })
    .jpeg()
    .withMetadata({ orientation: 6, exif: { IFD0: { Make: 'Điện thoại thử', Model: 'Máy ảnh' } } })
    .toBuffer();
}

test('a resident reports with a photo, the official answers, the resident is told', async ({ browser }) => {
  const title = `Đèn đường tắt ${Date.now().toString(36)}`;
  const resident = await browser.newContext();
  const page = await resident.newPage();
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await signIn(page, demo.citizen);
  await page.goto('/vi/phan-anh/gui');
  await expect(page.getByText('Nội dung được lưu tạm trên máy này')).toBeVisible();
  await page.getByLabel('Lĩnh vực').selectOption('giao-thong');
  await page.getByLabel('Tiêu đề').fill(title);
  await page
    .getByLabel('Nội dung phản ánh')
    .fill('Cả dãy đèn đường trên đoạn này tắt ba đêm liền, rất tối và nguy hiểm.');
  await page.getByLabel('Phường, xã, đặc khu').selectOption('mau-phuong-ben-thanh');
  await page.getByLabel('Địa chỉ', { exact: true }).fill('Đường Lê Lợi, đoạn trước số 40');
  await page.getByLabel('Vĩ độ').fill('10.7731');
  await page.getByLabel('Kinh độ').fill('106.7005');
  await page
    .locator('#field-photos')
    .setInputFiles({ name: 'den-duong.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto() });
  await page.getByLabel('Mô tả ảnh 1').fill('Cột đèn tắt lúc 21 giờ');
  await page.getByLabel(/Tôi đồng ý cho cơ quan chức năng dùng ảnh/).check();
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();

  // The new report's own page, with its tracking code and the photo, and a confirmation that names the code.
  await expect(page).toHaveURL(/\/vi\/phan-anh\/PA-\d{4}-\d{6}\?sent=1$/);
  const code = (await page.getByTestId('report-code').textContent())!.trim();
  await expect(page.getByTestId('sent-notice')).toContainText(`Mã theo dõi của bạn là ${code}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  await expect(page.getByTestId('agency')).toContainText('Sở Xây dựng');
  const img = page.getByTestId('photos').getByRole('img', { name: 'Cột đèn tắt lúc 21 giờ' });
  await expect(img).toBeVisible();
  const src = (await img.getAttribute('src'))!;
  const photo = await page.request.get(src);
  expect(photo.status()).toBe(200);
  expect(photo.headers()['content-type']).toBe('image/webp');
  expect(photo.headers()['x-content-type-options']).toBe('nosniff');
  const meta = await sharp(await photo.body()).metadata();
  expect(meta.exif).toBeUndefined();
  // The EXIF orientation was applied: the 800 × 600 photo stands upright.
  expect(meta.height! > meta.width!).toBe(true);

  // The official of the Department of Construction answers it with a photo and resolves it.
  const office = await browser.newContext();
  const officialPage = await office.newPage();
  await signIn(officialPage, demo.official);
  await officialPage.goto(`/vi/quan-tri/phan-anh/${code}`);
  await officialPage
    .getByLabel('Nội dung trả lời')
    .fill('Đã thay bóng và sửa tủ điện, cả dãy đèn sáng lại từ tối nay.');
  await officialPage.getByLabel('Đồng thời chuyển phản ánh sang trạng thái Đã xử lý').check();
  await officialPage.locator('#answer-photos').setInputFiles({
    name: 'da-sua.png',
    mimeType: 'image/png',
    buffer: await sharp({
      create: { width: 320, height: 240, channels: 4, background: { r: 255, g: 200, b: 0, alpha: 0.5 } },
    })
      .png()
      .toBuffer(),
  });
  await officialPage.getByRole('button', { name: 'Gửi trả lời' }).click();
  await expect(officialPage).toHaveURL(/answered=1/);
  await expect(officialPage.getByText('Đã gửi trả lời.')).toBeVisible();

  // The resident sees the answer and the new status, and a notification.
  await page.reload();
  await expect(page.getByTestId('answer')).toContainText('cả dãy đèn sáng lại');
  await expect(page.getByTestId('report')).toContainText('Đã xử lý');
  await page.goto('/vi/thong-bao');
  await expect(page.getByRole('main')).toContainText(code);
  const mails = await sql<{ subject: string }>(`SELECT subject FROM "OutboxMail" WHERE "to" = $1 AND subject LIKE $2`, [
    demo.citizen.email,
    `%${code}%`,
  ]);
  expect(mails.length).toBeGreaterThan(0);
  await resident.close();
  await office.close();
});

test('without JavaScript, a refused report comes back with the text kept and the error named', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, demo.citizen2);
  await page.goto('/vi/phan-anh/gui');
  await page.getByLabel('Lĩnh vực').selectOption('moi-truong');
  await page.getByLabel('Tiêu đề').fill('Rác tồn đọng nhiều ngày');
  await page.getByLabel('Nội dung phản ánh').fill('Rác chất đống ở góc hẻm, bốc mùi.');
  await page.getByLabel('Phường, xã, đặc khu').selectOption('mau-phuong-ben-thanh');
  await page.getByLabel('Địa chỉ', { exact: true }).fill('Hẻm 12 Nguyễn Trãi');
  // A point outside the city: the server refuses it.
  await page.getByLabel('Vĩ độ').fill('21.0285');
  await page.getByLabel('Kinh độ').fill('105.8542');
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
  await expect(page).toHaveURL(/\/vi\/phan-anh\/gui\?draft=/);
  await expect(page.getByTestId('error-summary')).toContainText('ngoài Thành phố Hồ Chí Minh');
  await expect(page.getByLabel('Nội dung phản ánh')).toHaveValue('Rác chất đống ở góc hẻm, bốc mùi.');
  await expect(page.getByLabel('Tiêu đề')).toHaveValue('Rác tồn đọng nhiều ngày');
  const stored = await sql(`SELECT 1 FROM "Report" WHERE title = 'Rác tồn đọng nhiều ngày'`);
  expect(stored).toHaveLength(0);

  // Corrected, the same plain form is accepted and lands on the report.
  await page.getByLabel('Vĩ độ').fill('10.7690');
  await page.getByLabel('Kinh độ').fill('106.6950');
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
  await expect(page).toHaveURL(/\/vi\/phan-anh\/PA-\d{4}-\d{6}\?sent=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rác tồn đọng nhiều ngày');
  await expect(page.getByTestId('sent-notice')).toBeVisible();
  await context.close();
});
