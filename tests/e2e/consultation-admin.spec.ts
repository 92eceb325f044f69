import { randomBytes } from 'node:crypto';
import { test, expect, demo, signIn, sql } from './fixtures';

// The consultations back office without JavaScript: an editor writes a consultation, builds its
// questions with buttons that post, publishes it, and residents see it in the public list. A citizen
// is refused in both languages.

/** A date `days` from now as a `datetime-local` value in the city's time (UTC+7). */
const cityTime = (days: number) => new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 16);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an editor creates a consultation with two questions without JavaScript and publishes it', async ({ page }) => {
    const suffix = randomBytes(3).toString('hex');
    const title = `Lấy ý kiến về cây xanh ${suffix}`;
    await signIn(page, demo.editor);
    await page.goto('/vi/quan-tri');
    await page.getByRole('link', { name: 'Lấy ý kiến người dân', exact: true }).click();
    await expect(page).toHaveURL(/\/vi\/quan-tri\/lay-y-kien$/);
    await page.getByRole('link', { name: 'Tạo đợt lấy ý kiến' }).click();

    const editor = page.getByTestId('consultation-editor');
    await editor.getByLabel('Tên (tiếng Việt)').fill(title);
    await editor.getByLabel('Tên (tiếng Anh)').fill(`Consultation on street trees ${suffix}`);
    await editor.getByLabel('Địa chỉ trang').fill(`cay-xanh-${suffix}`);
    await editor.getByLabel('Tóm tắt (tiếng Việt)').fill('Thành phố muốn biết ý kiến về việc trồng thêm cây xanh.');
    await editor.getByLabel('Tóm tắt (tiếng Anh)').fill('The city asks about planting more street trees.');
    await editor.getByLabel('Vì sao thành phố lấy ý kiến, dự thảo (tiếng Việt)').fill('Dự thảo kế hoạch trồng cây.');
    await editor.getByLabel('Vì sao thành phố lấy ý kiến, dự thảo (tiếng Anh)').fill('The draft planting plan.');
    await editor.getByLabel('Lĩnh vực').selectOption({ label: 'Môi trường' });
    await editor.getByLabel('Mở lúc').fill(cityTime(-1));
    // Closing before opening is refused, in Vietnamese, and nothing is stored.
    await editor.getByLabel('Kết thúc lúc').fill(cityTime(-2));
    await editor.getByRole('button', { name: 'Tạo bản nháp' }).click();
    await expect(page.getByTestId('error-summary')).toContainText('Thời điểm kết thúc phải sau thời điểm mở.');
    expect(await sql('SELECT 1 FROM "Consultation" WHERE slug = $1', [`cay-xanh-${suffix}`])).toHaveLength(0);
    await page.getByTestId('consultation-editor').getByLabel('Kết thúc lúc').fill(cityTime(10));
    await page.getByTestId('consultation-editor').getByRole('button', { name: 'Tạo bản nháp' }).click();
    await expect(page.getByTestId('saved')).toHaveText('Đã lưu.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

    // First question: a single choice with two options.
    const add = page.getByTestId('add-question');
    await add.getByLabel('Loại câu hỏi').selectOption({ label: 'Chọn một phương án' });
    await add.getByLabel('Nội dung tiếng Việt').fill('Bạn có ủng hộ trồng thêm cây?');
    await add.getByLabel('Nội dung tiếng Anh').fill('Do you support planting more trees?');
    await add.getByRole('button', { name: 'Thêm câu hỏi' }).click();
    for (const [vi, en] of [
      ['Có', 'Yes'],
      ['Không', 'No'],
    ]) {
      await page.getByRole('link', { name: 'Thêm phương án: Câu 1', exact: true }).click();
      const option = page.getByTestId('wording-addOption');
      await option.getByLabel('Nội dung tiếng Việt').fill(vi!);
      await option.getByLabel('Nội dung tiếng Anh').fill(en!);
      await option.getByRole('button', { name: 'Thêm phương án' }).click();
    }
    await expect(page.getByTestId('option')).toHaveText([/1\. Có/, /2\. Không/]);

    // Second question: written answers; then moved up and back with the buttons.
    await page.getByTestId('add-question').getByLabel('Loại câu hỏi').selectOption({ label: 'Ý kiến viết' });
    await page.getByTestId('add-question').getByLabel('Nội dung tiếng Việt').fill('Bạn muốn trồng cây ở đâu?');
    await page.getByTestId('add-question').getByLabel('Nội dung tiếng Anh').fill('Where would you plant trees?');
    await page.getByTestId('add-question').getByRole('button', { name: 'Thêm câu hỏi' }).click();
    await expect(page.getByTestId('question')).toHaveCount(2);
    await page.getByRole('button', { name: 'Lên: Câu 2', exact: true }).click();
    await expect(page.getByTestId('question').first()).toContainText('Bạn muốn trồng cây ở đâu?');
    await page.getByRole('button', { name: 'Xuống: Câu 1', exact: true }).click();
    await expect(page.getByTestId('question').first()).toContainText('Bạn có ủng hộ trồng thêm cây?');

    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await expect(page.getByTestId('saved')).toBeVisible();
    await expect(page.getByText('Đang mở · 0 người đã trả lời')).toBeVisible();

    await page.goto('/vi/lay-y-kien');
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await page.goto('/vi/quan-tri/lay-y-kien');
    await expect(page.getByTestId('consultation-row').filter({ hasText: title })).toContainText('Đang mở');
  });
});

// With JavaScript: the refusal page's content arrives with the page's script, as in roles.spec.ts.
test('a citizen is refused the consultations back office in both languages', async ({ page }) => {
  await signIn(page, demo.citizen);
  expect((await page.goto('/vi/quan-tri/lay-y-kien'))?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không có quyền truy cập');
  expect((await page.goto('/en/admin/consultations/new'))?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access');
});
