import { test, expect, demo, signIn, sql } from './fixtures';

test('an editor renames a procedure: versioned, diffed, audit-logged, the public page refreshed and the old address redirected', async ({
  page,
  request,
}) => {
  test.slow();
  await signIn(page, demo.editor);
  await page.goto('/vi/quan-tri/thu-tuc');
  await page.getByLabel('Tìm theo tên hoặc mã').fill('giam ho');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  // The results' address first, so the click is not undone by the search's own navigation.
  await expect(page).toHaveURL(/[?&]q=giam(\+|%20)ho/);
  await page.getByTestId('procedures-table').getByRole('link', { name: 'Đăng ký giám hộ' }).click();

  // Warm the public page's cache first, so that a stale copy would show.
  expect((await request.get('/vi/thu-tuc-hanh-chinh/dang-ky-giam-ho')).status()).toBe(200);

  const form = page.getByTestId('procedure-editor');
  await form.getByLabel('Cách thức thực hiện (JSON)').fill('[{"channel":"IN_PERSON"}]');
  await form.getByRole('button', { name: 'Lưu thủ tục' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Nội dung JSON không đúng cấu trúc');
  const [before] = await sql<{ version: number }>(`SELECT version FROM "Procedure" WHERE slug = 'dang-ky-giam-ho'`);

  await page.reload();
  await form.getByLabel('Tên thủ tục (tiếng Việt)').fill('Đăng ký giám hộ cho người chưa thành niên');
  await form.getByLabel('Đường dẫn (không dấu, nối bằng gạch ngang)').fill('dang-ky-giam-ho-nguoi-chua-thanh-nien');
  await form.getByRole('button', { name: 'Lưu thủ tục' }).click();
  await expect(page.getByTestId('saved')).toContainText('Đã lưu');
  const [after] = await sql<{ version: number; id: string }>(
    `SELECT version, id FROM "Procedure" WHERE slug = 'dang-ky-giam-ho-nguoi-chua-thanh-nien'`,
  );
  expect(after!.version).toBe(before!.version + 1);

  const history = page.getByTestId('history');
  await expect(history).toContainText(`Phiên bản ${before!.version}`);
  await expect(history.getByRole('row', { name: /Tên thủ tục \(tiếng Việt\)/ })).toContainText(
    'Đăng ký giám hộ cho người chưa thành niên',
  );

  const fresh = await page.goto('/vi/thu-tuc-hanh-chinh/dang-ky-giam-ho-nguoi-chua-thanh-nien');
  expect(fresh?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký giám hộ cho người chưa thành niên');
  const old = await request.get('/vi/thu-tuc-hanh-chinh/dang-ky-giam-ho', { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers()['location']).toContain('/vi/thu-tuc-hanh-chinh/dang-ky-giam-ho-nguoi-chua-thanh-nien');

  const logged = await sql<{ action: string; before: { titleVi?: string } }>(
    `SELECT action, before FROM "AuditLog" WHERE "entityId" = $1`,
    [after!.id],
  );
  expect(logged.map((l) => l.action)).toContain('procedure.update');
  expect(logged.find((l) => l.action === 'procedure.update')!.before.titleVi).toBe('Đăng ký giám hộ');

  // Unpublished: gone from the public site; published again: back.
  await page.goto(`/vi/quan-tri/thu-tuc/${after!.id}`);
  await page.getByRole('button', { name: 'Ngừng công bố' }).click();
  await expect(page.getByTestId('saved')).toBeVisible();
  expect((await request.get('/vi/thu-tuc-hanh-chinh/dang-ky-giam-ho-nguoi-chua-thanh-nien')).status()).toBe(404);
  await page.getByRole('button', { name: 'Công bố lại' }).click();
  await expect(page.getByRole('button', { name: 'Ngừng công bố' })).toBeVisible();
  expect((await request.get('/vi/thu-tuc-hanh-chinh/dang-ky-giam-ho-nguoi-chua-thanh-nien')).status()).toBe(200);
});

test('an editor adds a search synonym and search uses it at once', async ({ page }) => {
  await signIn(page, demo.editor);
  await page.goto('/vi/thu-tuc-hanh-chinh?q=CMT');
  await expect(page.getByTestId('no-results')).toBeVisible();
  await page.goto('/vi/quan-tri/tu-dong-nghia');
  const form = page.getByTestId('synonym-new');
  await form.getByLabel('Từ người dân gõ').fill('CMT');
  await form.getByLabel('Cũng tìm (phân tách bằng dấu phẩy)').fill('căn cước');
  await form.getByRole('button', { name: 'Thêm từ đồng nghĩa' }).click();
  await expect(form.getByTestId('form-notice')).toBeVisible();
  await page.goto('/vi/thu-tuc-hanh-chinh?q=CMT');
  await expect(page.getByTestId('results').getByRole('link', { name: 'Cấp thẻ căn cước' }).first()).toBeVisible();
});

test('citizens and officials cannot reach the procedure editor', async ({ page }) => {
  await signIn(page, demo.citizen);
  expect((await page.goto('/vi/quan-tri/thu-tuc'))?.status()).toBe(403);
  await page.context().clearCookies();
  await signIn(page, demo.official);
  expect((await page.goto('/vi/quan-tri/tu-dong-nghia'))?.status()).toBe(403);
});
