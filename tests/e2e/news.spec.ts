import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { test, expect, demo, signIn, sql } from './fixtures';

// News and announcements in the production build: the article page as search engines and share
// previews read it, the English fallback, lists, feeds and localized 404s; an editor writes an
// article with hostile Markdown without JavaScript, previews it, publishes it with a cover, and
// unpublishes it, and the public pages follow each save at once.

const LEAD = 'ra-mat-ung-dung-cong-dan-so';
const cityTime = (ms: number) => new Date(Date.now() + ms + 7 * 3_600_000).toISOString().slice(0, 16);

test('an article page: title, cover through next/image, canonical, hreflang, Open Graph and NewsArticle JSON-LD', async ({
  page,
  baseURL,
}) => {
  const res = await page.goto(`/vi/tin-tuc/${LEAD}`);
  expect(res!.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Hãy trở thành công dân số thành phố Hồ Chí Minh – Kết nối nhanh chóng giữa công dân và chính quyền',
  );
  const cover = page.getByTestId('news-article').getByRole('img').first();
  await expect(cover).toHaveAttribute('alt', /Biểu trưng Công dân số/);
  expect(await cover.getAttribute('srcset')).toMatch(/\/_next\/image\?url=%2Fapi%2Fnews%2Fimages%2F.+%2Ffull&w=\d+/);
  // The browser loaded a resized copy.
  await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  const meta = (property: string) => page.locator(`meta[property="${property}"]`).first().getAttribute('content');
  const publicUrl = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(publicUrl).toMatch(new RegExp(`/vi/tin-tuc/${LEAD}$`));
  expect(await meta('og:url')).toBe(publicUrl);
  expect(await meta('og:type')).toBe('article');
  const ogImage = (await meta('og:image'))!;
  expect(ogImage).toMatch(/^https?:\/\/.+\/api\/news\/images\/.+\/og$/);
  expect(await meta('og:image:width')).toBe('1200');
  expect(await meta('og:image:height')).toBe('630');
  expect(await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href')).toMatch(/\/en\/news\//);

  // The share image itself: a 1200×630 JPEG, cacheable, no cookie.
  const image = await page.request.get(new URL(new URL(ogImage).pathname, baseURL).toString());
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/jpeg');
  expect(image.headers()['set-cookie']).toBeUndefined();
  const size = await sharp(await image.body()).metadata();
  expect([size.width, size.height]).toEqual([1200, 630]);

  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld).toMatchObject({
    '@type': 'NewsArticle',
    headline: expect.stringMatching(/^Hãy trở thành công dân số/),
    datePublished: '2026-01-12T10:00:00.000Z',
    author: [{ '@type': 'GovernmentOrganization', name: 'Văn phòng Ủy ban nhân dân Thành phố' }],
    publisher: { name: expect.any(String), logo: { url: expect.stringMatching(/^https?:\/\//) } },
  });
  expect(ld.image[0]).toBe(ogImage);
  expect(ld.headline.length).toBeLessThanOrEqual(110);

  await expect(page.getByTestId('related-news').getByRole('listitem')).toHaveCount(3);
});

test('an English page without an English version says so and points search engines to the Vietnamese one', async ({
  page,
}) => {
  await page.goto('/en/news/ngam-tran-hu-hong-o-thanh-hoa');
  await expect(page.getByTestId('news-fallback')).toHaveText(/no English version yet/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Thanh Hóa/);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/vi\/tin-tuc\/ngam-tran/);
  expect(await page.locator('link[rel="alternate"][hreflang="en"]').count()).toBe(0);
});

test('lists by kind and topic, pages by address, and localized 404s for unknown slugs, topics and pages', async ({
  page,
  request,
}) => {
  await page.goto('/vi/tin-tuc');
  await page.getByRole('link', { name: 'Giao thông', exact: true }).click();
  await expect(page).toHaveURL(/\/vi\/tin-tuc\/chu-de\/giao-thong$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chủ đề: Giao thông');
  await expect(page.getByTestId('news-list')).toContainText('Thông xe đoạn cầu cạn trên tuyến Vành đai 3');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/news\/topics\/transport$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topic: Transport');
  await page.goto('/en/news/types/policies');
  await expect(page.getByTestId('news-list')).toContainText('Resolution 98 after two years');

  for (const [path, heading] of [
    ['/vi/tin-tuc/khong-co-bai-nay', 'Không tìm thấy trang'],
    ['/vi/tin-tuc/chu-de/khong-co', 'Không tìm thấy trang'],
    ['/en/news/topics/no-such-topic', 'Page not found'],
    ['/vi/tin-tuc/trang/99', 'Không tìm thấy trang'],
    ['/en/news/types/khong', 'Page not found'],
  ] as const) {
    const res = await page.goto(path);
    expect(res!.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
  }
  expect((await request.get('/vi/tin-tuc/%3Cscript%3E')).status()).toBe(404);
  // A topic in the other language's words (what the language switch keeps) moves to this language's.
  const moved = await request.get('/en/news/topics/giao-thong', { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers()['location']).toMatch(/\/en\/news\/topics\/transport$/);
});

test('feeds per language and topic: parseable XML, absolute links, no cookie; unknown languages are 404', async ({
  request,
}) => {
  for (const [path, type] of [
    ['/api/news/vi/rss.xml', 'application/rss+xml'],
    ['/api/news/en/atom.xml', 'application/atom+xml'],
    ['/api/news/vi/topics/giao-thong/rss.xml', 'application/rss+xml'],
    ['/api/news/en/topics/transport/atom.xml', 'application/atom+xml'],
  ] as const) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['content-type'], path).toContain(type);
    expect(res.headers()['set-cookie'], path).toBeUndefined();
    expect(res.headers()['cache-control'], path).toMatch(/public/);
    const body = await res.text();
    expect(body, path).not.toContain(`href="/`);
    expect(body, path).toMatch(/<(link|id)[^>]*>https?:\/\/|href="https?:\/\//);
  }
  for (const path of ['/api/news/fr/rss.xml', '/api/news/vi/topics/khong-co/rss.xml', '/api/news/vi/feed.json'])
    expect((await request.get(path)).status(), path).toBe(404);
});

test.describe('the back office without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an editor writes, previews, publishes with a cover and unpublishes; the public page follows each save', async ({
    page,
  }) => {
    const suffix = randomBytes(3).toString('hex');
    const slug = `thong-bao-thu-${suffix}`;
    const title = `Thông báo thử nghiệm ${suffix}`;
    await signIn(page, demo.editor);
    await page.goto('/vi/quan-tri');
    await page.getByRole('link', { name: 'Tin tức và thông báo', exact: true }).click();
    await page.getByRole('link', { name: 'Viết bài mới' }).click();
    const form = page.getByTestId('news-editor');
    await form.getByLabel('Tiêu đề (tiếng Việt)').fill(title);
    await form.getByLabel('Địa chỉ (slug)').fill(slug);
    await form.getByLabel('Loại tin').selectOption({ label: 'Thông báo' });
    await form.getByLabel('Chủ đề').selectOption({ label: 'Đô thị' });
    await form.getByLabel('Tóm tắt (tiếng Việt)').fill('Tóm tắt thông báo thử nghiệm.');
    await form
      .getByLabel('Nội dung (tiếng Việt, Markdown)')
      .fill(
        '## Mục một\n\n<script>window.pwned = 1</script>\n\n[bấm vào đây](javascript:alert(1)) <img src=x onerror=alert(1)>',
      );
    // Half an English version is refused, nothing is stored.
    await form.getByLabel('Tiêu đề (tiếng Anh)').fill('Only a title');
    await form.getByRole('button', { name: 'Tạo bài viết' }).click();
    await expect(page.getByTestId('error-summary')).toContainText('Bản tiếng Anh cần đủ tiêu đề, tóm tắt và nội dung');
    expect(await sql('SELECT 1 FROM "NewsArticle" WHERE slug = $1', [slug])).toHaveLength(0);
    await page.getByTestId('news-editor').getByLabel('Tiêu đề (tiếng Anh)').fill('');
    await page.getByTestId('news-editor').getByRole('button', { name: 'Tạo bài viết' }).click();
    await expect(page.getByTestId('news-saved')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

    // A draft is not public; the preview shows the Markdown as safe HTML.
    expect((await page.request.get(`/vi/tin-tuc/${slug}`)).status()).toBe(404);
    await page.getByRole('link', { name: 'Xem trước' }).click();
    const body = page.getByTestId('news-body');
    await expect(body.getByRole('heading', { level: 2 })).toHaveText('Mục một');
    await expect(body).toContainText('<script>window.pwned = 1</script>');
    await expect(body.locator('script, img, a[href^="javascript"]')).toHaveCount(0);
    await page.getByRole('link', { name: 'Quay lại danh sách bài viết' }).click();

    // A cover that is too small is refused in words; a good one is taken.
    const cover = page.getByTestId('news-cover-form');
    const small = await sharp({ create: { width: 600, height: 300, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    await cover.getByLabel('Tệp ảnh').setInputFiles({ name: 'nho.jpg', mimeType: 'image/jpeg', buffer: small });
    await cover.getByRole('button', { name: 'Tải ảnh bìa lên' }).click();
    await expect(page.getByTestId('news-error')).toHaveText('Ảnh bìa cần rộng ít nhất 1200 × 630 điểm ảnh.');
    const good = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    await page
      .getByTestId('news-cover-form')
      .getByLabel('Tệp ảnh')
      .setInputFiles({ name: 'bia.jpg', mimeType: 'image/jpeg', buffer: good });
    await page.getByTestId('news-cover-form').getByRole('button', { name: 'Tải ảnh bìa lên' }).click();
    await expect(page.getByTestId('news-saved')).toBeVisible();

    // Publishing with a cover needs its description.
    const edit = page.getByTestId('news-editor');
    await edit.getByLabel('Trạng thái').selectOption('PUBLISHED');
    await edit.getByLabel('Giờ đăng').fill(cityTime(-60_000));
    await edit.getByRole('button', { name: 'Lưu bài viết' }).click();
    await expect(page.getByTestId('error-summary')).toContainText('Nhập mô tả ảnh bìa bằng tiếng Việt');
    await page.getByTestId('news-editor').getByLabel('Mô tả ảnh bìa (tiếng Việt)').fill('Ảnh nền xanh thử nghiệm');
    await page.getByTestId('news-editor').getByRole('button', { name: 'Lưu bài viết' }).click();
    await expect(page.getByTestId('news-saved')).toBeVisible();
    await expect(page.getByText('Trạng thái: Đã đăng')).toBeVisible();

    // Public at once (the front cache and the page cache follow the save), in the list and the feed.
    const pub = await page.request.get(`/vi/tin-tuc/${slug}`);
    expect(pub.status()).toBe(200);
    expect(await pub.text()).toContain('Ảnh nền xanh thử nghiệm');
    expect(await (await page.request.get('/vi/tin-tuc/chu-de/do-thi')).text()).toContain(title);
    expect(await (await page.request.get('/api/news/vi/rss.xml')).text()).toContain(title);
    // The English page falls back to Vietnamese.
    expect(await (await page.request.get(`/en/news/${slug}`)).text()).toContain('no English version yet');

    await page.getByRole('button', { name: 'Gỡ bài viết' }).click();
    await expect(page.getByText('Trạng thái: Đã gỡ')).toBeVisible();
    expect((await page.request.get(`/vi/tin-tuc/${slug}`)).status()).toBe(404);
    const actions = await sql<{ action: string }>(
      'SELECT a.action FROM "AuditLog" a JOIN "NewsArticle" n ON n.id = a."entityId" WHERE n.slug = $1 ORDER BY a."createdAt"',
      [slug],
    );
    expect(actions.map((a) => a.action)).toEqual(['news.create', 'news.cover', 'news.update', 'news.unpublish']);
  });

  test('a citizen is refused the news back office', async ({ page }) => {
    await signIn(page, demo.citizen);
    const res = await page.goto('/vi/quan-tri/tin-tuc');
    expect(res!.status()).toBe(403);
  });
});
