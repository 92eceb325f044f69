import { randomBytes } from 'node:crypto';
import { test, expect, demo, signIn, sql } from './fixtures';

// The published tally and the builder's additions, without JavaScript: a resident checks a receipt
// code on a closed consultation's results page and downloads the tally; an editor picks wards from
// the real list, previews the consultation as a resident (a form that cannot be sent), and exports
// the responses of a closed one. Demo data: prisma/seed/consultation-texts.ts.

const SCHOOL = 'gio-vao-hoc-tieu-hoc';
const cityTime = (days: number) => new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 16);

test.use({ javaScriptEnabled: false });

test('on a closed consultation anyone checks a receipt code and downloads a tally that names it by its hash', async ({
  page,
}) => {
  const [row] = (await sql(
    `SELECT r."receiptCode" FROM "ConsultationResponse" r JOIN "Consultation" c ON c.id = r."consultationId"
     WHERE c.slug = $1 ORDER BY r."receiptCode" LIMIT 1`,
    [SCHOOL],
  )) as { receiptCode: string }[];
  await page.goto(`/vi/lay-y-kien/${SCHOOL}/ket-qua`);
  const tally = page.getByTestId('tally');
  await expect(tally.getByRole('heading', { name: 'Bảng kiểm phiếu công khai' })).toBeVisible();

  await tally.getByLabel('Kiểm tra mã biên nhận của tôi').fill(row!.receiptCode.toLowerCase());
  await tally.getByRole('button', { name: 'Kiểm tra' }).click();
  const result = page.getByTestId('receipt-check-result');
  await expect(result).toHaveAttribute('data-status', 'counted');
  await expect(result).toContainText('Phiếu của bạn đã được tính.');
  const hash = (await result.locator('code').textContent())!.trim();
  expect(hash).toMatch(/^[0-9a-f]{64}$/);

  await page.getByTestId('tally').getByLabel('Kiểm tra mã biên nhận của tôi').fill('YK-ZZZZ-ZZZZ');
  await page.getByTestId('tally').getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(page.getByTestId('receipt-check-result')).toContainText('Không có phiếu nào với mã biên nhận này');

  const csv = await page.request.get((await page.getByTestId('tally-csv').getAttribute('href'))!);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain(hash);
  expect(text).not.toContain(row!.receiptCode);
  expect(text.trim().split('\r\n')).toHaveLength(1 + 152);
});

test('an editor picks wards from the list, previews as a resident, and cannot send the preview', async ({ page }) => {
  const suffix = randomBytes(3).toString('hex');
  await signIn(page, demo.editor);
  await page.goto('/vi/quan-tri/lay-y-kien/moi');
  const editor = page.getByTestId('consultation-editor');
  await editor.getByLabel('Tên (tiếng Việt)').fill(`Lấy ý kiến về chợ ${suffix}`);
  await editor.getByLabel('Tên (tiếng Anh)').fill(`Consultation on markets ${suffix}`);
  await editor.getByLabel('Địa chỉ trang').fill(`cho-${suffix}`);
  await editor.getByLabel('Tóm tắt (tiếng Việt)').fill('Thành phố hỏi về giờ họp chợ.');
  await editor.getByLabel('Tóm tắt (tiếng Anh)').fill('The city asks about market hours.');
  await editor.getByLabel('Vì sao thành phố lấy ý kiến, dự thảo (tiếng Việt)').fill('Dự thảo giờ họp chợ.');
  await editor.getByLabel('Vì sao thành phố lấy ý kiến, dự thảo (tiếng Anh)').fill('The draft market hours.');
  await editor.getByLabel('Mở lúc').fill(cityTime(1));
  await editor.getByLabel('Kết thúc lúc').fill(cityTime(10));
  const wards = page.getByTestId('ward-picker');
  await expect(page.getByRole('group', { name: 'Phường, xã được trả lời' })).toBeVisible();
  await wards.getByLabel('Phường Bến Thành', { exact: true }).check();
  await wards.getByLabel('Phường Sài Gòn', { exact: true }).check();
  await editor.getByRole('button', { name: 'Tạo bản nháp' }).click();
  await expect(page.getByTestId('saved')).toHaveText('Đã lưu.');
  const [made] = (await sql(`SELECT id FROM "Consultation" WHERE slug = $1`, [`cho-${suffix}`])) as { id: string }[];
  expect(
    await sql(`SELECT "wardCode" FROM "ConsultationWard" WHERE "consultationId" = $1 ORDER BY 1`, [made!.id]),
  ).toEqual([{ wardCode: 'mau-phuong-ben-thanh' }, { wardCode: 'mau-phuong-sai-gon' }]);
  // The saved wards come back ticked.
  await expect(page.getByTestId('ward-picker').getByLabel('Phường Sài Gòn', { exact: true })).toBeChecked();
  await expect(page.getByTestId('ward-picker').getByLabel('Phường Tân Định', { exact: true })).not.toBeChecked();

  const add = page.getByTestId('add-question');
  await add.getByLabel('Loại câu hỏi').selectOption({ label: 'Ý kiến viết' });
  await add.getByLabel('Nội dung tiếng Việt').fill('Chợ nên mở lúc mấy giờ?');
  await add.getByLabel('Nội dung tiếng Anh').fill('When should the market open?');
  await add.getByRole('button', { name: 'Thêm câu hỏi' }).click();

  await page.getByTestId('preview-link').click();
  await expect(page).toHaveURL(new RegExp(`/vi/quan-tri/lay-y-kien/${made!.id}/xem-truoc$`));
  await expect(page.getByTestId('preview-notice')).toContainText('không gửi được');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Xem trước: Lấy ý kiến về chợ ${suffix}`);
  await expect(page.getByTestId('consultation-scope')).toContainText('Phường Bến Thành, Phường Sài Gòn');
  const form = page.getByTestId('consultation-answer-preview');
  await form.getByRole('textbox', { name: /Chợ nên mở lúc mấy giờ/ }).fill('6 giờ sáng');
  const send = form.getByRole('button', { name: 'Gửi ý kiến (không gửi được khi xem trước)' });
  await expect(send).toBeDisabled();
  await form.getByRole('textbox', { name: /Chợ nên mở lúc mấy giờ/ }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`/xem-truoc$`));
  expect(await sql(`SELECT 1 FROM "ConsultationResponse" WHERE "consultationId" = $1`, [made!.id])).toHaveLength(0);
});

test('an editor exports the responses of a closed consultation from the back office', async ({ page }) => {
  const [c] = (await sql(`SELECT id FROM "Consultation" WHERE slug = $1`, [SCHOOL])) as { id: string }[];
  await signIn(page, demo.editor);
  await page.goto(`/vi/quan-tri/lay-y-kien/${c!.id}`);
  const href = (await page.getByTestId('export-csv').getAttribute('href'))!;
  const csv = await page.request.get(href);
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).trim().split('\r\n');
  expect(lines[0]).toMatch(/^\uFEFF?ma_bien_nhan_sha256,ma_phuong,q1/);
  expect(lines).toHaveLength(1 + 152);
  expect(await csv.text()).not.toContain('congdan@congdanso.test');
});
