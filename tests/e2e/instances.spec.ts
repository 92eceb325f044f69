// Two instances of the production server on one database, as behind a load balancer: an editor's
// save on one refreshes the other's cached page too (PostgreSQL notification, decision 013). The
// second runs two workers (decision 030), each with caches of its own: every one of them must see it.
import { test, expect, demo, signIn } from './fixtures';
import { startOwnServer, type OwnServer } from '../support/own-server';
import { errorOf } from '../support/errors';

let second: OwnServer;
let secondBase = '';

test.beforeAll(async () => {
  test.setTimeout(90_000);
  // The same build and settings as the first instance (scripts/test.ts), on its own port.
  second = await startOwnServer({ PUBLIC_URL: process.env.PUBLIC_URL, WEB_CONCURRENCY: '2' }, { host: '127.0.0.1' });
  expect(second.output()).toContain('(2 workers');
  secondBase = second.base;
});

test.afterAll(async () => {
  await second?.stop();
});

const heading = async (base: string, p: string) => {
  const res = await fetch(`${base}${p}`, { headers: { 'accept-encoding': 'gzip' } });
  const html = await res.text();
  return { cache: res.headers.get('x-front-cache'), h1: /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] };
};

test('a save on one instance refreshes the cached page on the other', async ({ page }) => {
  test.slow();
  const p = '/en/procedures/cap-giay-phep-lai-xe-quoc-te';
  // The other instance has the page in both of its caches.
  // (Each of its workers renders the page once before keeping it.)
  await expect
    .poll(() => heading(secondBase, p), { timeout: 30_000 })
    .toEqual({ cache: 'hit', h1: 'International driving permit' });

  await signIn(page, demo.editor);
  await page.goto('/vi/quan-tri/thu-tuc');
  await page.getByLabel('Tìm theo tên hoặc mã').fill('lai xe quoc te');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  // The results' address first: a click on the row of the list before the search answered was
  // undone by the search's own navigation (seen in a full run).
  await expect(page).toHaveURL(/[?&]q=lai(\+|%20)xe/);
  await page.getByTestId('procedures-table').getByRole('link', { name: 'Cấp giấy phép lái xe quốc tế' }).click();
  await expect(page).toHaveURL(/\/vi\/quan-tri\/thu-tuc\/[^/?]+/);
  const form = page.getByTestId('procedure-editor');
  const save = async (title: string) => {
    await form.getByLabel('Tên thủ tục (tiếng Anh)').fill(title);
    await form.getByRole('button', { name: 'Lưu thủ tục' }).click();
    await expect(page.getByTestId('saved')).toContainText('Đã lưu');
  };
  await save('International driving permit (IDP)');

  // Well within the minute the page would otherwise stay in the second instance's front cache.
  await expect
    .poll(async () => (await heading(secondBase, p)).h1, { timeout: 15_000 })
    .toBe('International driving permit (IDP)');
  // As above: each worker renders the refreshed page once before keeping it (slow while the suite runs).
  await expect
    .poll(() => heading(secondBase, p), { timeout: 30_000 })
    .toEqual({ cache: 'hit', h1: 'International driving permit (IDP)' });
  // Requests at once go to both workers: none of them keeps the old page.
  const all = await Promise.all(Array.from({ length: 8 }, () => heading(secondBase, p)));
  expect(all.map((x) => x.h1)).toEqual(Array(8).fill('International driving permit (IDP)'));

  // Back as it was, on both instances.
  await save('International driving permit');
  await expect
    .poll(async () => (await heading(secondBase, p)).h1, { timeout: 15_000 })
    .toBe('International driving permit');
});

test('the internal refresh route refuses a request without the instances’ token', async () => {
  for (const headers of [{}, { 'x-pages-changed-token': 'guess' }] as Record<string, string>[]) {
    const res = await fetch(`${secondBase}/api/internal/pages-changed`, { method: 'POST', headers });
    expect(res.status).toBe(403);
    const error = await errorOf(res);
    expect(error.code).toBe('forbidden');
    expect(error.message).toBe('Bạn không có quyền thực hiện thao tác này.');
  }
});
