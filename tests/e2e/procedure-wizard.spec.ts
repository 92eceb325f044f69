import { test, expect, sql } from './fixtures';
import { dueDay } from '../../lib/procedures/wizards/engine';

// "Which documents do I need?": one question a page, plain GET forms, no JavaScript needed.
test.use({ javaScriptEnabled: false });

async function dueFor(unit: 'working' | 'calendar' | 'sameDay', days: number) {
  const rows = await sql<{ d: string }>(`SELECT to_char("date", 'YYYY-MM-DD') AS d FROM "PublicHoliday"`);
  return dueDay(new Date(), { unit, days }, new Set(rows.map((r) => r.d)));
}

test('a resident walks the permanent-residence wizard without JavaScript to the checklist, and its address reproduces it', async ({
  page,
  browser,
}) => {
  await page.goto('/vi/thu-tuc-hanh-chinh/dang-ky-thuong-tru');
  const start = page.getByTestId('wizard-link');
  await expect(start.getByRole('heading', { name: 'Tôi cần giấy tờ gì?' })).toBeVisible();
  await start.getByRole('link', { name: /Bắt đầu/ }).click();
  await expect(page).toHaveURL(/\/vi\/thu-tuc-hanh-chinh\/dang-ky-thuong-tru\/giay-to-can-co$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tôi cần giấy tờ gì?' })).toBeVisible();

  await expect(page.getByRole('group', { name: /Bạn đăng ký thường trú ở đâu\?/ })).toBeVisible();
  await page.getByLabel('Nhà thuê, mượn hoặc ở nhờ').check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  await expect(page.getByRole('group', { name: /Người đăng ký có dưới 18 tuổi không\?/ })).toBeVisible();
  await expect(page.getByTestId('wizard-back')).toHaveAttribute(
    'href',
    '/vi/thu-tuc-hanh-chinh/dang-ky-thuong-tru/giay-to-can-co',
  );
  await page.getByLabel('Không').check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  const checklist = page.getByTestId('wizard-checklist');
  await expect(checklist).toContainText(
    'Hợp đồng hoặc văn bản cho thuê, cho mượn, cho ở nhờ đã công chứng hoặc chứng thực',
  );
  await expect(checklist).toContainText('diện tích nhà ở tối thiểu');
  await expect(checklist).not.toContainText('Giấy tờ chứng minh sở hữu chỗ ở hợp pháp');
  await expect(checklist).not.toContainText('người giám hộ');
  await expect(page.getByTestId('wizard-fee')).toContainText('20.000 đồng/lần đăng ký khi nộp trực tiếp');
  await expect(page.getByTestId('wizard-time')).toContainText('07 ngày làm việc');
  // The due day counted from today with the holidays table, as the reports count theirs.
  await expect(page.getByTestId('wizard-due-day')).toHaveAttribute('datetime', await dueFor('working', 7));
  await expect(page.getByTestId('wizard-online').getByRole('link', { name: /Nộp hồ sơ trực tuyến/ })).toBeVisible();
  await expect(page.getByTestId('procedure-centres')).toBeVisible();
  await expect(page.getByTestId('wizard-answers')).toContainText('Nhà thuê, mượn hoặc ở nhờ');
  await expect(page.getByText('Để in kết quả, dùng lệnh In của trình duyệt')).toBeVisible();
  // An answered address is not listed by search engines; its canonical is the wizard's start.
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/vi\/thu-tuc-hanh-chinh\/dang-ky-thuong-tru\/giay-to-can-co$/,
  );

  const share = await page.getByTestId('wizard-share').getAttribute('href');
  expect(share).toMatch(
    /\/vi\/thu-tuc-hanh-chinh\/dang-ky-thuong-tru\/giay-to-can-co\?cho-o=nha-thue&chua-thanh-nien=khong$/,
  );
  const other = await browser.newContext({ javaScriptEnabled: false });
  const visitor = await other.newPage();
  await visitor.goto(new URL(share!).pathname + new URL(share!).search);
  await expect(visitor.getByTestId('wizard-checklist')).toHaveText((await checklist.textContent())!);
  await other.close();

  // "Change" goes back to that question with the later answers dropped.
  await page
    .getByTestId('wizard-answers')
    .getByRole('link', { name: /Thay đổi câu trả lời cho câu hỏi: Bạn đăng ký thường trú/ })
    .click();
  await expect(page).toHaveURL(/giay-to-can-co$/);
  await expect(page.getByRole('group', { name: /Bạn đăng ký thường trú ở đâu\?/ })).toBeVisible();
});

test('the English birth-registration wizard leads a late registration with the father acknowledging the child to its checklist', async ({
  page,
}) => {
  await page.goto('/en/procedures/dang-ky-khai-sinh');
  await page.getByTestId('wizard-link').getByRole('link', { name: /Start/ }).click();
  await expect(page).toHaveURL(/\/en\/procedures\/dang-ky-khai-sinh\/documents-needed$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Which documents do I need?' })).toBeVisible();
  for (const answer of [
    'No',
    'More than 60 days ago',
    'Not married; the father acknowledges the child and is named on the birth certificate',
    'No (born at home, lost...)',
  ]) {
    await page.getByLabel(answer, { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  const checklist = page.getByTestId('wizard-checklist');
  await expect(checklist).toContainText('a DNA test report');
  await expect(checklist).toContainText('A witness’s written confirmation of the birth');
  await expect(checklist).not.toContainText('Birth notice issued by the hospital');
  await expect(page.getByTestId('wizard-fee')).toContainText('City People’s Council');
  await expect(page.getByTestId('wizard-time')).toContainText('3 working days');
  await expect(page.getByTestId('wizard-due-day')).toHaveAttribute('datetime', await dueFor('working', 3));
  await expect(page.getByTestId('wizard-uncertain')).toBeVisible();
  await expect(page.getByTestId('wizard-share')).toHaveAttribute(
    'href',
    /\/en\/procedures\/dang-ky-khai-sinh\/documents-needed\?yeu-to-nuoc-ngoai=khong&thoi-han=qua-han&cha-me=nhan-cha&giay-chung-sinh=khong$/,
  );
});

test('an unknown answer or a question sent without a choice asks again with an error; a foreign element leads to its own procedure', async ({
  page,
}) => {
  const res = await page.goto(
    '/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh/giay-to-can-co?yeu-to-nuoc-ngoai=khong&thoi-han=nam-ngoai',
  );
  expect(res?.status()).toBe(200);
  await expect(page.getByTestId('error-summary')).toContainText('Câu trả lời trong địa chỉ không có trong danh sách');
  await expect(page.getByRole('group', { name: /Trẻ được sinh ra cách đây bao lâu\?/ })).toBeVisible();
  await expect(page.getByTestId('error-summary').getByRole('link')).toHaveAttribute('href', '#field-thoi-han');

  await page.goto('/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh/giay-to-can-co?yeu-to-nuoc-ngoai=khong');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByTestId('wizard-error')).toHaveText('Chọn một câu trả lời');
  await expect(page.getByRole('group', { name: /Trẻ được sinh ra cách đây bao lâu\?/ })).toBeVisible();

  await page.goto('/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh/giay-to-can-co');
  await page.getByLabel('Có', { exact: true }).check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByTestId('wizard-elsewhere')).toContainText('Đăng ký khai sinh có yếu tố nước ngoài');
  await page.getByRole('link', { name: 'Tiếp tục với thủ tục này' }).click();
  await expect(page).toHaveURL(/\/vi\/thu-tuc-hanh-chinh\/dang-ky-khai-sinh-co-yeu-to-nuoc-ngoai\/giay-to-can-co$/);
  await expect(page.getByRole('group', { name: /Trẻ sinh ra ở đâu\?/ })).toBeVisible();
});

test('a procedure without a wizard and an unknown procedure answer the localized 404', async ({ browser }) => {
  // With scripts: the 404 page of a page rendered per request is streamed in by Next.js.
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  for (const [path, text] of [
    ['/vi/thu-tuc-hanh-chinh/cap-the-can-cuoc/giay-to-can-co', 'Không tìm thấy trang'],
    ['/vi/thu-tuc-hanh-chinh/khong-co-thu-tuc-nay/giay-to-can-co?cho-o=x', 'Không tìm thấy trang'],
    ['/en/procedures/no-such-procedure/documents-needed', 'Page not found'],
  ] as const) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  }
  await page.goto('/vi/thu-tuc-hanh-chinh/cap-the-can-cuoc');
  await expect(page.getByTestId('wizard-link')).toHaveCount(0);
  await context.close();
});

test('the pages sitemap lists each wizard’s start in both languages', async ({ request }) => {
  const xml = await (await request.get('/sitemaps/pages.xml')).text();
  expect(xml).toContain('/vi/thu-tuc-hanh-chinh/dang-ky-thuong-tru/giay-to-can-co</loc>');
  expect(xml).toContain('/en/procedures/dang-ky-thuong-tru/documents-needed</loc>');
  expect(xml.match(/\/giay-to-can-co<\/loc>/g)?.length).toBeGreaterThanOrEqual(10);
});
