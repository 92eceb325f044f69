import { test, expect, demo, signIn, sql } from './fixtures';

// The public statistics page on the demo data, and the Open311 API with a key an admin issues.

test('the statistics page shows the charts and the same numbers in tables, in Vietnamese and English', async ({
  page,
}) => {
  const [row] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Report" WHERE "hiddenAt" IS NULL AND "createdAt" >= now() - interval '1 year'`,
  );
  const n = row!.n;
  expect(n).toBeGreaterThan(100);

  const res = await page.goto('/vi/phan-anh/thong-ke');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thống kê phản ánh');
  const statusTable = page.getByRole('table', { name: 'Theo trạng thái' });
  await expect(statusTable).toBeVisible();
  await expect(statusTable.getByRole('row', { name: /Tổng số phản ánh/ })).toContainText(String(n));
  await expect(page.getByRole('img', { name: 'Biểu đồ: Theo trạng thái' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Biểu đồ: Theo lĩnh vực' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Biểu đồ: Theo phường, xã, đặc khu' })).toBeVisible();
  await expect(page.getByTestId('stats-summary')).toContainText(String(n));

  // The chart shows the numbers of the table.
  const resolved = await statusTable
    .getByRole('row', { name: /Đã giải quyết/ })
    .getByRole('cell')
    .first()
    .textContent();
  await expect(page.getByTestId('chart-by-status')).toContainText(resolved!.trim());
  await expect(
    page.getByRole('table', { name: 'Theo lĩnh vực' }).getByRole('rowheader', { name: 'Giao thông' }),
  ).toBeVisible();
  const agencies = page.getByRole('table', { name: 'Thời gian trả lời theo cơ quan' });
  await expect(agencies.getByRole('rowheader', { name: 'Sở Xây dựng' })).toBeVisible();
  await expect(agencies).toContainText('Chưa đủ dữ liệu');

  // The period filter is a plain GET form.
  await page.getByLabel('Khoảng thời gian').selectOption({ label: 'Toàn bộ' });
  await page.getByRole('button', { name: 'Xem thống kê' }).click();
  await expect(page).toHaveURL(/\/vi\/phan-anh\/thong-ke\?period=all$/);
  await expect(page.getByText('Tất cả phản ánh từ trước đến nay.')).toBeVisible();

  await page.goto('/en/feedback/statistics?period=12m');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report statistics');
  await expect(page.getByRole('img', { name: 'Chart: By category' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'By category' }).getByRole('rowheader', { name: 'Traffic and roads' }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'By status' }).getByRole('row', { name: /^Reports/ })).toContainText(
    String(n),
  );
  await expect(
    page
      .getByRole('table', { name: 'Time to answer by agency' })
      .getByRole('rowheader', { name: 'Department of Construction' }),
  ).toBeVisible();
});

test('an admin issues an API key, sees it once, and an Open311 client files and reads a report with it', async ({
  page,
}) => {
  await signIn(page, demo.admin);
  await page.goto('/vi/quan-tri/khoa-api');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Khóa API Open311');
  const name = `Đối tác thử ${Date.now().toString(36)}`;
  await page.getByLabel('Tên ứng dụng hoặc đối tác').fill(name);
  await page.getByRole('button', { name: 'Cấp khóa' }).click();
  const shown = page.getByTestId('issued-key-value');
  await expect(shown).toHaveText(/^cds_[A-Za-z0-9_-]{32}$/);
  const key = (await shown.textContent())!;
  const [stored] = await sql<{ keyHash: string; prefix: string }>(
    'SELECT "keyHash", prefix FROM "ApiKey" WHERE name = $1',
    [name],
  );
  expect(stored!.keyHash).toMatch(/^[0-9a-f]{64}$/);
  expect(stored!.keyHash).not.toContain(key);
  expect(key.startsWith(stored!.prefix)).toBe(true);

  // Seen once: a fresh visit lists the key by its prefix only.
  await page.goto('/vi/quan-tri/khoa-api');
  await expect(page.getByTestId('issued-key-value')).toHaveCount(0);
  await expect(page.getByText(key)).toHaveCount(0);
  const row = page.getByTestId(`api-key-${stored!.prefix}`);
  await expect(row).toContainText(name);
  await expect(row).toContainText('Chưa dùng');

  const created = await page.request.post('/api/open311/v2/requests.json', {
    form: {
      api_key: key,
      service_code: 'dien-nuoc-chieu-sang',
      lat: '10.7801',
      long: '106.6992',
      address_string: '30 Nguyễn Thị Minh Khai',
      description: 'Trụ đèn đường trước số 30 Nguyễn Thị Minh Khai bị nghiêng, dây điện lòng thòng sát mặt đất.',
      first_name: 'Bình',
      last_name: 'Lê',
    },
  });
  expect(created.status()).toBe(201);
  const [out] = (await created.json()) as { service_request_id: string; service_notice: string; account_id: null }[];
  expect(out!.service_request_id).toMatch(/^PA-\d{4}-\d{6}$/);
  expect(out!.account_id).toBeNull();

  const fetched = await page.request.get(`/api/open311/v2/requests/${out!.service_request_id}.json`);
  expect(fetched.status()).toBe(200);
  expect(fetched.headers()['access-control-allow-origin']).toBe('*');
  const [request] = (await fetched.json()) as Record<string, unknown>[];
  expect(request).toMatchObject({
    service_request_id: out!.service_request_id,
    status: 'open',
    service_code: 'dien-nuoc-chieu-sang',
    agency_responsible: 'Sở Công Thương',
    lat: 10.7801,
    long: 106.6992,
  });
  expect(String(request!.requested_datetime)).toMatch(/\+07:00$/);

  // The same report in XML, the spec's required format, over HTTP from the production build.
  const xml = await page.request.get(`/api/open311/v2/requests/${out!.service_request_id}.xml`);
  expect(xml.status()).toBe(200);
  expect(xml.headers()['content-type']).toBe('text/xml; charset=utf-8');
  const xmlText = await xml.text();
  expect(xmlText.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<service_requests><request>')).toBe(true);
  expect(xmlText).toContain(`<service_request_id>${out!.service_request_id}</service_request_id>`);
  expect(xmlText).toContain('<agency_responsible>Sở Công Thương</agency_responsible>');
  for (const path of ['discovery.xml', 'services.xml', 'requests.xml?status=open&status=closed']) {
    const res = await page.request.get(`/api/open311/v2/${path}`);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['content-type'], path).toBe('text/xml; charset=utf-8');
  }
  expect(await (await page.request.get('/api/open311/v2/discovery.xml')).text()).toContain(
    '<formats><format>text/xml</format><format>application/json</format></formats>',
  );

  // Revoked: the key stops working at once.
  await page.reload();
  await expect(row).not.toContainText('Chưa dùng');
  await row.getByRole('button', { name: `Thu hồi khóa ${name}` }).click();
  await expect(page.getByTestId('revoked-notice')).toBeVisible();
  await expect(row).toContainText('Đã thu hồi');
  const refused = await page.request.post('/api/open311/v2/requests.json', {
    form: { api_key: key, service_code: 'khac', address_string: '1 Lê Lợi', description: 'Thử lại sau khi thu hồi' },
  });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual([{ code: 403, description: 'api_key is missing, unknown or revoked' }]);
});

test('a citizen is forbidden on the API keys page', async ({ page }) => {
  await signIn(page, demo.citizen);
  const vi = await page.goto('/vi/quan-tri/khoa-api');
  expect(vi?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không có quyền truy cập');
  const en = await page.goto('/en/admin/api-keys');
  expect(en?.status()).toBe(403);
});
