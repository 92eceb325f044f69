import { test, expect } from './fixtures';

// Every public template carries og:url, og:image, og:site_name and og:locale (with the other
// language as og:locale:alternate), and its og:image answers a 1200×630 PNG (or the news cover's
// JPEG). The addresses of detail pages are taken from their list pages, as a visitor would follow them.

/** Width and height from a PNG's IHDR chunk, or a JPEG's first SOF marker. */
function imageSize(bytes: Buffer): { type: string; width: number; height: number } {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return { type: 'png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  let i = 2;
  while (i < bytes.length) {
    const marker = bytes[i + 1]!;
    const length = bytes.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc3)
      return { type: 'jpeg', height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
    i += 2 + length;
  }
  return { type: 'unknown', width: 0, height: 0 };
}

test('every public page has the four Open Graph tags and a 1200×630 share image', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const firstHref = async (list: string, pattern: RegExp) => {
    await page.goto(list);
    const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const found = hrefs.find((h) => pattern.test(h));
    expect(found, `a link matching ${pattern} on ${list}`).toBeTruthy();
    return found!.split(/[?#]/)[0]!;
  };
  const pages: [string, 'vi_VN' | 'en_GB'][] = [
    ['/vi', 'vi_VN'],
    ['/en', 'en_GB'],
    ['/vi/thu-tuc-hanh-chinh', 'vi_VN'],
    ['/vi/thu-tuc-hanh-chinh?q=khai+sinh', 'vi_VN'],
    ['/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh', 'vi_VN'],
    ['/en/procedures/dang-ky-khai-sinh', 'en_GB'],
    ['/vi/thu-tuc-hanh-chinh/mau/mau-ct01', 'vi_VN'],
    ['/vi/phan-anh', 'vi_VN'],
    ['/vi/phan-anh/ban-do', 'vi_VN'],
    ['/vi/phan-anh/thong-ke', 'vi_VN'],
    [await firstHref('/vi/phan-anh', /^\/vi\/phan-anh\/PA-/), 'vi_VN'],
    ['/vi/tin-tuc', 'vi_VN'],
    [await firstHref('/vi/tin-tuc', /^\/vi\/tin-tuc\/(?!trang|chu-de|loai)[a-z0-9-]+$/), 'vi_VN'],
    ['/vi/lay-y-kien', 'vi_VN'],
    [await firstHref('/vi/lay-y-kien', /^\/vi\/lay-y-kien\/[a-z0-9-]+$/), 'vi_VN'],
    ['/vi/canh-bao', 'vi_VN'],
    [await firstHref('/vi/canh-bao', /^\/vi\/canh-bao\/.+/), 'vi_VN'],
    ['/vi/tien-ich', 'vi_VN'],
    ['/vi/tien-ich/loai/benh-vien', 'vi_VN'],
    [await firstHref('/vi/tien-ich/loai/benh-vien', /^\/vi\/tien-ich\/dia-diem\//), 'vi_VN'],
    ['/vi/tien-ich/tim-kiem', 'vi_VN'],
    ['/vi/tro-thanh-cong-dan-so', 'vi_VN'],
    ['/en/digital-citizen-campaign', 'en_GB'],
    ['/vi/chinh-sach-bao-mat', 'vi_VN'],
    ['/vi/dang-nhap', 'vi_VN'],
    ['/vi/dang-ky', 'vi_VN'],
  ];
  const closed = await firstHref('/vi/lay-y-kien?status=closed', /^\/vi\/lay-y-kien\/[a-z0-9-]+$/).catch(() => null);
  if (closed) pages.push([`${closed}/ket-qua`, 'vi_VN']);
  const checkedImages = new Set<string>();
  for (const [path, locale] of pages) {
    await page.goto(path);
    const meta = (property: string) =>
      page.locator(`meta[property="${property}"]`).first().getAttribute('content', { timeout: 2000 });
    expect(await meta('og:site_name'), path).toBe(locale === 'vi_VN' ? 'Công dân số' : 'Digital Citizen');
    // A news article in English shows its Vietnamese text when it has no English version.
    expect([locale, 'vi_VN'], path).toContain(await meta('og:locale'));
    // The canonical address; a procedure search's is its query alone (here, the whole address).
    expect(await meta('og:url'), path).toMatch(new RegExp(`^https?://[^/]+${path.replace(/[.?+]/g, '\\$&')}$`));
    const image = await meta('og:image');
    expect(image, path).toMatch(/^https?:\/\/[^/]+\/api\//);
    // The other language, except on an article that has no version in it.
    if (!/\/tin-tuc\/[a-z0-9-]+$/.test(path))
      expect(await page.locator('meta[property="og:locale:alternate"]').count(), path).toBeGreaterThan(0);
    const address = new URL(new URL(image!).pathname + new URL(image!).search, baseURL).toString();
    if (checkedImages.has(address)) continue;
    checkedImages.add(address);
    const answer = await request.get(address);
    expect(answer.status(), address).toBe(200);
    const size = imageSize(await answer.body());
    expect(answer.headers()['content-type'], address).toBe(size.type === 'png' ? 'image/png' : 'image/jpeg');
    expect([size.width, size.height], address).toEqual([1200, 630]);
  }
  // The procedure's and the report's own cards, and the portal's card elsewhere.
  expect([...checkedImages].some((a) => a.includes('/api/cards/vi/procedures/dang-ky-khai-sinh?v='))).toBe(true);
  expect([...checkedImages].some((a) => /\/api\/cards\/vi\/reports\/PA-/.test(a))).toBe(true);
  expect([...checkedImages].some((a) => a.includes('/api/cards/en/site?v='))).toBe(true);
});
