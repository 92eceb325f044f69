import { test, expect, signIn, sql, testData, TEST_PASSWORD } from './fixtures';

// Public consultations as residents see them: answering with and without JavaScript, the receipt,
// results sealed until closing or shown after answering, in both languages. Demo data: the seed's
// consultations (prisma/seed/consultation-texts.ts).

const PAVEMENT = 'quy-dinh-su-dung-tam-thoi-via-he';
const BUS = 'tuyen-xe-buyt-thu-duc-ben-thanh';
const SCHOOL = 'gio-vao-hoc-tieu-hoc';
const STREET = 'dat-ten-duong-khu-do-thi-moi-thu-thiem';
const RECEIPT = /^YK-[A-Z0-9]{4}-[A-Z0-9]{4}$/;

test('without JavaScript, a resident answers, is told what is missing, then gets a receipt; results stay sealed', async ({
  browser,
}) => {
  const person = await testData.user({ wardCode: 'mau-phuong-ban-co' });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, { email: person.email, password: TEST_PASSWORD });
  await page.goto(`/vi/lay-y-kien/${PAVEMENT}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dự thảo quy định sử dụng tạm thời một phần vỉa hè');
  await expect(page.getByTestId('consultation-scope')).toContainText('mọi phường, xã');
  await expect(page.getByTestId('consultation-results-sealed')).toBeVisible();

  // Only the first question answered: the others are named in the error summary.
  await page.getByLabel('Đồng ý nếu kiểm soát chặt lối đi bộ').check();
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Hãy trả lời câu hỏi này.');
  await expect(page.getByLabel('Đồng ý nếu kiểm soát chặt lối đi bộ')).toBeChecked();
  expect(await sql(`SELECT 1 FROM "ConsultationResponse" WHERE "userId" = $1`, [person.id])).toHaveLength(0);

  await page.getByLabel('Để xe máy của khách').check();
  await page.getByLabel('Bàn ghế ăn uống').check();
  await page.getByTestId('answer-3-4').check();
  await page.getByRole('textbox', { name: /Bạn có góp ý gì thêm/ }).fill('Cần xử lý nghiêm khi lấn chiếm lối đi.');
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(page).toHaveURL(new RegExp(`/vi/lay-y-kien/${PAVEMENT}\\?answered=1`));
  const receipt = page.getByTestId('consultation-receipt');
  await expect(receipt).toContainText('Đã ghi nhận ý kiến của bạn.');
  await expect(receipt).toContainText('Bạn gửi ý kiến lần đầu lúc');
  const code = (await page.getByTestId('receipt-code').textContent())!.trim();
  expect(code).toMatch(RECEIPT);
  expect(await sql(`SELECT "receiptCode" FROM "ConsultationResponse" WHERE "userId" = $1`, [person.id])).toEqual([
    { receiptCode: code },
  ]);
  // The form shows the answer to change it.
  await expect(page.getByLabel('Bàn ghế ăn uống')).toBeChecked();
  await expect(page.getByRole('button', { name: 'Cập nhật ý kiến' })).toBeVisible();

  // Sealed until closing, even for the person who answered, and in the downloads.
  await page.goto(`/vi/lay-y-kien/${PAVEMENT}/ket-qua`);
  await expect(page.getByTestId('results-sealed')).toContainText('Kết quả được niêm phong');
  const csv = await page.request.get(`/api/consultations/${PAVEMENT}/results?format=csv`);
  expect(csv.status()).toBe(403);
  await context.close();
});

test('with JavaScript, in English, a resident of a ward on the route answers and then sees provisional results', async ({
  page,
}) => {
  const person = await testData.user({ wardCode: 'mau-phuong-sai-gon' });
  await signIn(page, { email: person.email, password: TEST_PASSWORD }, 'en');
  await page.goto(`/en/consultations/${BUS}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'A new Thủ Đức – Bến Thành bus route over the Sài Gòn bridge',
  );
  await expect(page.getByTestId('consultation-results-sealed')).toHaveText(
    'You can see the provisional results once you have answered.',
  );

  // Client-side check first: a ranking with a gap is refused before anything is sent.
  await page.getByLabel('Every 10 minutes').check();
  await page.getByLabel('Place of “Thảo Điền metro station”').selectOption('2');
  await page.getByTestId('answer-3-5').check();
  await page.getByRole('button', { name: 'Send my answer' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Rank from 1 to 3');

  await page.getByLabel('Place of “Bến Thành market”').selectOption('1');
  await page.getByRole('button', { name: 'Send my answer' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/consultations/${BUS}\\?answered=1`));
  await expect(page.getByTestId('consultation-receipt')).toContainText('Your answer has been recorded.');
  await expect(page.getByTestId('receipt-code')).toHaveText(RECEIPT);

  await page.getByTestId('consultation-results-link').click();
  await expect(page).toHaveURL(new RegExp(`/en/consultations/${BUS}/results$`));
  await expect(page.getByTestId('results-status')).toHaveText(/Provisional results/);
  await expect(page.getByTestId('results-respondents')).toHaveText('47 respondents');
  await expect(page.getByRole('table', { name: 'Figures for question 1' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Chart of question 1' })).toBeVisible();
});

test('closed consultations show their results, ward breakdown and outcome, in both languages', async ({ page }) => {
  await page.goto('/vi/lay-y-kien');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lấy ý kiến người dân');
  await expect(page.getByTestId(`consultation-${PAVEMENT}`)).toContainText('Còn');
  await expect(page.getByTestId('consultations-upcoming')).toContainText('phân loại chất thải');
  await expect(page.getByTestId(`consultation-${STREET}`)).toContainText('Đã có kết quả tiếp thu');

  // Filtering by topic keeps only that topic.
  await page.getByLabel('Lĩnh vực', { exact: true }).selectOption('education');
  await page.getByTestId('consultation-filter-apply').click();
  await expect(page).toHaveURL(/topic=education/);
  await expect(page.getByTestId(`consultation-${SCHOOL}`)).toBeVisible();
  await expect(page.getByTestId(`consultation-${PAVEMENT}`)).toHaveCount(0);

  await page.goto(`/vi/lay-y-kien/${SCHOOL}/ket-qua`);
  await expect(page.getByTestId('results-respondents')).toHaveText('152 người góp ý');
  await expect(page.getByRole('table', { name: 'Số liệu câu 1' })).toContainText('7 giờ 30');
  await expect(page.getByTestId('ward-breakdown')).toBeVisible();
  await expect(page.getByTestId('ward-hidden')).toContainText('không được hiển thị');
  const csv = await page.request.get(`/api/consultations/${SCHOOL}/results?format=csv&lang=vi`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toContain('7 giờ 30');

  await page.goto(`/en/consultations/${STREET}`);
  await expect(page.getByTestId('consultation-outcome')).toContainText('Trịnh Hoài Đức street');
  await expect(page.getByTestId('consultation-closed')).toBeVisible();
  await page.goto(`/en/consultations/${STREET}/results`);
  await expect(page.getByTestId('results-respondents')).toHaveText('118 respondents');
  await expect(page.getByTestId('results-status')).toHaveText(/Final results/);

  // Anybody may read an open consultation; answering asks to sign in.
  await page.goto(`/en/consultations/${PAVEMENT}`);
  await expect(page.getByTestId('consultation-sign-in')).toHaveText('Sign in to answer');
});
