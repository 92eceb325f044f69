import { randomBytes } from 'node:crypto';
import { test, expect, demo, signIn, sql } from './fixtures';

// Emergency alerts in the browser, against the production server and its front cache: the demo's
// high-tide alert shows on cached pages without JavaScript or cookies; a visitor hides it for the
// visit and it comes back when officials update it; an editor prepares, previews, issues and
// cancels an alert, and the cached pages follow at once.

const TIDE = 'Cập nhật: triều cường vượt báo động III';
/** A date `hours` from now as a `datetime-local` value in the city's time (UTC+7). */
const cityTime = (hours: number) => new Date(Date.now() + (hours + 7) * 3_600_000).toISOString().slice(0, 16);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the banner shows on cached pages in both languages, with no cookie, and never a Test alert', async ({
    page,
    context,
  }) => {
    test.slow();
    for (const path of ['/vi', '/vi/thu-tuc-hanh-chinh', '/vi/canh-bao']) {
      const res = await page.goto(path);
      expect(res?.headers()['set-cookie']).toBeUndefined();
      const slot = page.getByRole('region', { name: 'Cảnh báo khẩn cấp' });
      await expect(slot).toContainText(TIDE);
      await expect(slot).toContainText('Cảnh báo nguy hiểm');
      await expect(slot).not.toContainText('Thử nghiệm hệ thống cảnh báo');
      // Hiding needs JavaScript: without it there is no button that would do nothing.
      await expect(slot.getByRole('button')).toHaveCount(0);
    }
    expect(await context.cookies()).toEqual([]);
    await page.goto('/en/procedures');
    await expect(page.getByRole('region', { name: 'Emergency alerts' })).toContainText(
      'Update: high tide above alert level III',
    );

    // The alerts page lists it as in force, and the past ones; its CAP document is linked.
    await page.goto('/vi/canh-bao');
    await expect(page.getByTestId('alerts-active')).toContainText(TIDE);
    await expect(page.getByTestId('alerts-past')).toContainText('Hủy cảnh báo sạt lở bờ sông');
    await expect(page.getByTestId('alerts-past')).toContainText('Đã hủy');
    await page.getByTestId('alerts-active').getByRole('link', { name: TIDE }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Cập nhật: triều cường/);
    const capHref = await page.getByTestId('cap-link').getAttribute('href');
    const cap = await page.request.get(capHref!);
    expect(cap.headers()['content-type']).toBe('application/cap+xml; charset=utf-8');
    expect(await cap.text()).toContain('<msgType>Update</msgType>');
    expect((await page.request.get('/api/alerts/fr/feed.atom')).status()).toBe(404);
  });
});

test('a visitor hides the alert for the visit; it comes back when officials update it', async ({ page, browser }) => {
  // Two people, a sign-in and a back-office round trip: more than the default minute on a busy machine.
  test.slow();
  await page.goto('/vi/tin-tuc');
  const banner = page.getByTestId('alert-banner').filter({ hasText: TIDE });
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: /^Ẩn cảnh báo “Cập nhật: triều cường/ }).click();
  await expect(banner).toBeHidden();
  await page.goto('/vi/thu-tuc-hanh-chinh');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('alert-banner').filter({ hasText: TIDE })).toBeHidden();

  // An editor updates the alert through the back office, with a preview before it is issued.
  const headline = `Cập nhật lần 2: triều cường duy trì ở mức cao ${randomBytes(2).toString('hex')}`;
  const officials = await browser.newContext({ locale: 'vi-VN' });
  const editor = await officials.newPage();
  await signIn(editor, demo.editor);
  await editor.goto('/vi/quan-tri/canh-bao/cdemoalert-tide-2');
  await editor.getByRole('link', { name: 'Cập nhật cảnh báo này' }).click();
  await editor.getByTestId('alert-editor').getByLabel('Tiêu đề (tiếng Việt)').fill(headline);
  await editor.getByTestId('alert-editor').getByRole('button', { name: 'Xem trước' }).click();
  await expect(editor.getByTestId('alert-preview')).toContainText(headline);
  await expect(editor.getByTestId('cap-preview')).toContainText('<msgType>Update</msgType>');
  // Not public before it is issued.
  await page.goto('/vi/tin-tuc');
  await expect(page.getByTestId('alert-slot')).not.toContainText(headline);
  await editor.getByRole('button', { name: 'Phát hành', exact: true }).click();
  await expect(editor.getByTestId('issued')).toBeVisible();
  await officials.close();

  // The same cached page, same visit: the updated alert is back.
  await page.reload();
  await expect(page.getByTestId('alert-banner').filter({ hasText: headline })).toBeVisible();
  await expect(page.getByTestId('alert-slot')).not.toContainText(TIDE);

  // The demo subscriber of Thủ Đức, one of the alert's wards, gets the update by mail (queued with
  // the alert, sent after it), once.
  const inbox = await browser.newContext({ locale: 'vi-VN' });
  const mailPage = await inbox.newPage();
  const mails = mailPage.getByTestId('outbox-mail').filter({ hasText: headline });
  await expect(async () => {
    await mailPage.goto(`/vi/dev/hop-thu?to=${encodeURIComponent(demo.citizen2.email)}`);
    await expect(mails).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(mails).toContainText('[Cập nhật cảnh báo]');
  await inbox.close();
});

test('a resident of another ward does not see a ward’s alert once their ward is known', async ({ page }) => {
  await signIn(page, demo.citizen); // Bàn Cờ ward: the high tide concerns riverside wards
  await expect(page.getByTestId('alert-subscription')).toContainText('Phường Bàn Cờ');
  // The account page remembers the ward in this browser once its script has run.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('cds-ward'))).not.toBeNull();
  await page.goto('/vi/tin-tuc');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('alert-banner').filter({ hasText: 'triều cường' })).toBeHidden();
});

test('an editor prepares, previews, issues and cancels an alert; cached pages follow at once', async ({
  page,
  browser,
}) => {
  test.slow();
  const suffix = randomBytes(3).toString('hex');
  const headline = `Cháy lớn tại kho hóa chất, người dân đóng cửa ${suffix}`;
  await signIn(page, demo.editor);
  await page.goto('/vi/quan-tri');
  await page.getByRole('link', { name: 'Cảnh báo khẩn cấp', exact: true }).click();
  await page.getByRole('link', { name: 'Soạn cảnh báo mới' }).click();
  const form = page.getByTestId('alert-editor');
  await form.getByLabel('Tiêu đề (tiếng Việt)').fill(headline);
  await form.getByLabel('Tiêu đề (tiếng Anh)').fill(`Large fire at a chemical store, keep doors shut ${suffix}`);
  await form.getByLabel('Loại sự kiện (tiếng Việt)').fill('Cháy');
  await form.getByLabel('Loại sự kiện (tiếng Anh)').fill('Fire');
  await form.getByLabel('Mức độ nghiêm trọng').selectOption({ label: 'Cực kỳ nghiêm trọng' });
  await form.getByLabel('Lĩnh vực').selectOption({ label: 'Cháy nổ' });
  await form.getByLabel('Hành động khuyến nghị').selectOption({ label: 'Trú ẩn tại chỗ' });
  await form.getByLabel('Mô tả (tiếng Việt)').fill('Khói độc lan theo hướng gió.');
  await form.getByLabel('Mô tả (tiếng Anh)').fill('Toxic smoke is drifting downwind.');
  await form.getByLabel('Mô tả khu vực (tiếng Việt)').fill('Phường Tân Thuận');
  await form.getByLabel('Mô tả khu vực (tiếng Anh)').fill('Tân Thuận ward');
  await form.getByLabel('Mã phường, xã').fill('mau-phuong-tan-thuan');
  // An alert that expires before it starts is refused, in words, and nothing is stored.
  await form.getByLabel('Bắt đầu').fill(cityTime(0));
  await form.getByLabel('Hết hiệu lực').fill(cityTime(-1));
  await form.getByRole('button', { name: 'Xem trước' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Thời điểm hết hiệu lực phải sau thời điểm bắt đầu.');
  expect(await sql('SELECT 1 FROM "Alert" WHERE "headlineVi" = $1', [headline])).toHaveLength(0);
  await form.getByLabel('Hết hiệu lực').fill(cityTime(3));
  await form.getByRole('button', { name: 'Xem trước' }).click();

  await expect(page.getByTestId('alert-preview').getByTestId('alert-slot')).toContainText('Cảnh báo khẩn cấp');
  await expect(page.getByTestId('cap-preview')).toContainText('<severity>Extreme</severity>');
  const visitor = await browser.newContext({ locale: 'vi-VN', javaScriptEnabled: false });
  const home = await visitor.newPage();
  await home.goto('/vi');
  await expect(home.getByTestId('alert-slot')).not.toContainText(headline);

  await page.getByRole('button', { name: 'Phát hành', exact: true }).click();
  await expect(page.getByTestId('issued')).toBeVisible();
  const audit = await sql<{ action: string }>(
    `SELECT action FROM "AuditLog" WHERE "entityType" = 'alert' AND "entityId" = (SELECT id FROM "Alert" WHERE "headlineVi" = $1)`,
    [headline],
  );
  expect(audit.map((a) => a.action).sort()).toEqual(['alert.issue.alert', 'alert.prepare']);

  // The cached home page shows it at once, first (extreme before severe).
  await home.reload();
  await expect(home.getByTestId('alert-banner').first()).toContainText(headline);

  await page.getByRole('link', { name: 'Hủy cảnh báo này' }).click();
  await page.getByTestId('alert-cancel').getByLabel('Lý do hủy').fill('Đám cháy đã được dập tắt.');
  await page.getByRole('button', { name: 'Xem trước bản tin hủy' }).click();
  await expect(page.getByTestId('cap-preview')).toContainText('<msgType>Cancel</msgType>');
  await page.getByRole('button', { name: 'Phát hành bản tin hủy' }).click();
  await expect(page.getByTestId('issued')).toBeVisible();

  await home.reload();
  await expect(home.getByTestId('alert-slot')).not.toContainText(headline);
  await home.goto('/vi/canh-bao');
  await expect(home.getByTestId('alerts-past').getByTestId('alert-item').filter({ hasText: headline })).toContainText(
    'Đã hủy',
  );
  await visitor.close();
});
