import Parser from 'rss-parser';
import { test, expect, demo, signIn, sql, testData, TEST_PASSWORD } from './fixtures';

// The home page in both languages (quick actions, news, open consultations, the home quick poll,
// report figures), a quick poll answered with one tap without JavaScript, comments posted,
// reported and hidden without JavaScript, and the consultations' Atom feed linked from the list.
// Demo data: prisma/seed/consultation-extras.ts and prisma/seed/consultations.ts.

const POLL = 'tham-do-uu-tien-mua-mua-2027';
const PAVEMENT = 'quy-dinh-su-dung-tam-thoi-via-he';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page shows its parts in Vietnamese and English, server-rendered', async ({ page }) => {
    const res = await page.goto('/vi');
    expect(res?.headers()['set-cookie']).toBeUndefined();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Công dân số');
    await expect(page.getByRole('searchbox', { name: 'Tìm thủ tục' })).toBeVisible();
    const actions = page.getByTestId('home-quick-actions');
    await expect(actions.getByRole('link', { name: /^Gửi phản ánh/ })).toHaveAttribute('href', '/vi/phan-anh/gui');
    await expect(actions.getByRole('link', { name: /^Tra cứu thủ tục/ })).toHaveAttribute(
      'href',
      '/vi/thu-tuc-hanh-chinh',
    );
    await expect(actions.getByRole('link', { name: /^Góp ý chính sách/ })).toHaveAttribute('href', '/vi/lay-y-kien');
    await expect(
      page.getByTestId('home-news').getByRole('link', {
        name: 'Hãy trở thành công dân số thành phố Hồ Chí Minh – Kết nối nhanh chóng giữa công dân và chính quyền',
      }),
    ).toBeVisible();
    const open = page.getByTestId('home-consultations');
    await expect(open.getByRole('link', { name: 'Dự thảo quy định sử dụng tạm thời một phần vỉa hè' })).toBeVisible();
    await expect(open).toContainText(/Còn \d+ ngày \d+ giờ/);
    // The poll has its own slot, not the list.
    await expect(open).not.toContainText('Thăm dò nhanh');
    await expect(page.getByTestId('quick-poll')).toContainText('Thành phố nên ưu tiên việc gì trước mùa mưa 2027?');
    const received = Number(
      (await page.getByTestId('home-stat-received').locator('dd').textContent())!.replace(/\D/g, ''),
    );
    expect(received).toBeGreaterThan(0);
    await expect(page.getByTestId('home-stat-on-time').locator('dd')).toHaveText(/^\d+(,\d)?\s?%$/);
    // A tracking code typed on the home page opens the report list's lookup.
    await expect(page.getByRole('textbox', { name: 'Mã theo dõi' })).toBeVisible();
    const services = page.getByTestId('home-services');
    await expect(services.getByRole('link', { name: 'Bệnh viện', exact: true })).toHaveAttribute(
      'href',
      '/vi/tien-ich/loai/benh-vien',
    );
    await expect(services.getByRole('link', { name: /Tìm bệnh viện/ })).toHaveAttribute('href', '/vi/tien-ich');
    const campaign = page.getByTestId('home-campaign');
    const total = (await page.getByTestId('home-campaign-total').textContent()) ?? '';
    const registered = total.split(' người')[0] ?? '';
    // The figure is the campaign page's city total, not a number of the home page's own.
    expect(Number(registered.replace(/\D/g, ''))).toBeGreaterThan(0);
    await expect(campaign.getByRole('listitem')).toHaveCount(3);
    await expect(campaign.getByRole('link', { name: 'Xem bảng xếp hạng các đơn vị' })).toHaveAttribute(
      'href',
      '/vi/tro-thanh-cong-dan-so',
    );
    await page.goto('/vi/tro-thanh-cong-dan-so');
    await expect(page.getByTestId('campaign-city-total')).toContainText(`${registered} /`);
    await page.goto('/vi');

    await page.goto('/en');
    await expect(
      page.getByTestId('home-quick-actions').getByRole('link', { name: /^Report a problem/ }),
    ).toHaveAttribute('href', '/en/feedback/new');
    await expect(page.getByRole('heading', { name: 'News and announcements' })).toBeVisible();
    await expect(page.getByTestId('home-consultations')).toContainText(/\d+ days \d+ hours left/);
    await expect(page.getByTestId('quick-poll')).toContainText(
      'What should the city do first before the 2027 rainy season?',
    );
    await expect(page.getByRole('heading', { name: 'Citizen reports in the past 12 months' })).toBeVisible();
    await expect(
      page.getByTestId('home-services').getByRole('link', { name: 'Hospitals', exact: true }),
    ).toHaveAttribute('href', '/en/services/types/benh-vien');
    await expect(page.getByTestId('home-campaign')).toContainText('people registered');
  });

  test('one tap answers the home quick poll; signed out, the tap asks to sign in first', async ({ page }) => {
    test.slow(); // two languages, a sign-in and two answers
    await page.goto('/vi');
    await page.getByTestId('quick-poll').getByRole('button', { name: 'Thêm cây xanh, bóng mát' }).click();
    await expect(page).toHaveURL(/\/vi\/dang-nhap\?next=/);

    const person = await testData.user();
    await signIn(page, { email: person.email, password: TEST_PASSWORD });
    await page.goto('/vi');
    await page.getByTestId('quick-poll').getByRole('button', { name: 'Nạo vét cống, kênh thoát nước' }).click();
    await expect(page).toHaveURL(new RegExp(`/vi/lay-y-kien/${POLL}\\?answered=1`));
    await expect(page.getByTestId('consultation-receipt')).toContainText('Đã ghi nhận ý kiến của bạn.');
    // This poll shows its results once answered.
    await expect(page.getByTestId('consultation-results-link')).toBeVisible();
    const stored = await sql<{ optionId: string }>(
      `SELECT a."optionId" FROM "ConsultationResponse" r JOIN "ConsultationAnswer" a ON a."responseId" = r.id
       WHERE r."userId" = $1`,
      [person.id],
    );
    expect(stored).toEqual([{ optionId: 'cdemopolloption000' }]);

    // A second tap in English changes the answer; still one response.
    await page.goto('/en');
    await page.getByTestId('quick-poll').getByRole('button', { name: 'More street lighting' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/consultations/${POLL}\\?answered=1`));
    expect(
      await sql(
        `SELECT a."optionId" FROM "ConsultationResponse" r JOIN "ConsultationAnswer" a ON a."responseId" = r.id
         WHERE r."userId" = $1`,
        [person.id],
      ),
    ).toEqual([{ optionId: 'cdemopolloption003' }]);
  });

  test('a resident comments, another reports it, an editor hides it with a reason', async ({ browser }) => {
    test.slow(); // three people, each signing in
    const writer = await testData.user();
    const reader = await testData.user();
    const text = `Cần giữ lối đi cho xe lăn ${Date.now()}`;

    const one = await browser.newContext({ javaScriptEnabled: false });
    const page = await one.newPage();
    await page.goto(`/vi/lay-y-kien/${PAVEMENT}`);
    await expect(page.getByTestId('comment-list').getByTestId('comment').first()).toBeVisible();
    await expect(page.getByTestId('comment-sign-in')).toBeVisible();
    await signIn(page, { email: writer.email, password: TEST_PASSWORD });
    await page.goto(`/vi/lay-y-kien/${PAVEMENT}`);
    await page.getByRole('button', { name: 'Gửi bình luận' }).click();
    await expect(page.getByTestId('error-summary')).toContainText('Vui lòng nhập thông tin này.');
    await page.getByLabel('Bình luận của bạn').fill(text);
    await page.getByRole('button', { name: 'Gửi bình luận' }).click();
    await expect(page.getByTestId('comment-posted')).toBeVisible();
    await expect(page.getByTestId('comment-list')).toContainText(text);
    await one.close();

    const two = await browser.newContext({ javaScriptEnabled: false });
    const other = await two.newPage();
    await signIn(other, { email: reader.email, password: TEST_PASSWORD });
    await other.goto(`/vi/lay-y-kien/${PAVEMENT}`);
    const mine = other.getByTestId('comment').filter({ hasText: text });
    await mine.getByRole('button', { name: /^Báo cáo vi phạm/ }).click();
    await expect(other.getByTestId('comment-reported')).toBeVisible();
    await expect(other.getByTestId('comment').filter({ hasText: text })).toContainText('Bạn đã báo cáo bình luận này.');
    await two.close();

    const three = await browser.newContext({ javaScriptEnabled: false });
    const admin = await three.newPage();
    await signIn(admin, demo.editor);
    const { id } = (await sql<{ id: string }>('SELECT id FROM "Consultation" WHERE slug = $1', [PAVEMENT]))[0]!;
    await admin.goto(`/vi/quan-tri/lay-y-kien/${id}#comments`);
    const row = admin.getByTestId('moderation-comment').filter({ hasText: text });
    await expect(row).toContainText('Bị báo cáo 1 lần');
    await row.getByLabel('Lý do').fill('Thử nghiệm kiểm duyệt');
    await row.getByRole('button', { name: 'Ẩn bình luận' }).click();
    await expect(admin.getByTestId('saved')).toBeVisible();
    await expect(admin.getByTestId('moderation-comment').filter({ hasText: text })).toContainText(
      'Đã ẩn: Thử nghiệm kiểm duyệt',
    );
    await admin.goto(`/vi/lay-y-kien/${PAVEMENT}`);
    await expect(admin.getByTestId('comment-list')).not.toContainText(text);
    await three.close();
    expect(
      await sql(
        `SELECT action FROM "AuditLog" WHERE "entityType" = 'consultationComment' AND after->>'hideReason' = $1`,
        ['Thử nghiệm kiểm duyệt'],
      ),
    ).toEqual([{ action: 'consultation.comment.hide' }]);
  });
});

for (const width of [390, 1280]) {
  test(`the home page does not shift as it loads, with the alert banner, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/vi');
    // The demo alert's banner is on the page; its dismiss button shows once the script has run.
    await expect(page.getByTestId('alert-dismiss').first()).toBeVisible();
    await page.waitForLoadState('load');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) total += (e as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBeLessThan(0.01);
  });
}

test('the consultations list links its Atom feed, which a feed reader parses, per language', async ({
  page,
  request,
}) => {
  await page.goto('/vi/lay-y-kien');
  const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
  expect(href).toMatch(/^https?:\/\/[^/]+\/vi\/lay-y-kien\/atom$/);
  const res = await request.get(new URL(href!).pathname);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect(res.headers()['set-cookie']).toBeUndefined();
  const feed = await new Parser().parseString(await res.text());
  expect(feed.items.some((i) => i.title === 'Mở lấy ý kiến: Dự thảo quy định sử dụng tạm thời một phần vỉa hè')).toBe(
    true,
  );
  const en = await new Parser().parseString(await (await request.get('/en/consultations/atom')).text());
  expect(en.items.some((i) => i.title?.startsWith('Consultation closed: '))).toBe(true);
  expect((await request.get('/fr/consultations/atom')).status()).toBe(404);
});
