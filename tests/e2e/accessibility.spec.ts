import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect, testData, signIn, TEST_PASSWORD } from './fixtures';

// axe-core (WCAG 2.2 A and AA rules) on one page of every public template, in both languages, at
// a phone's 390 px and a desktop's 1280 px: zero violations. One load per page and language; the
// width changes in place, which re-runs the media queries as a rotation or a resize would.
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const WIDTHS = [390, 1280] as const;

// The pages' own policy forbids injected scripts; the tool is added by the test browser only.
test.use({ bypassCSP: true });

type Violation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };

async function violations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    if ((await page.evaluate(() => typeof (window as { axe?: unknown }).axe)) === 'undefined')
      await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(
      (tags) =>
        (
          window as unknown as {
            axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> };
          }
        ).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
      TAGS,
    );
    for (const v of result.violations)
      found.push(`${width}px ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  return found;
}

async function check(page: Page, paths: string[]) {
  const all: string[] = [];
  for (const path of paths) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBeLessThan(500);
    await page.waitForLoadState('load');
    for (const v of await violations(page)) all.push(`${path} ${v}`);
  }
  expect(all).toEqual([]);
}

let reportCode = '';
test.beforeAll(async () => {
  const r = await testData.report({ title: 'Vỉa hè bị lấn chiếm', isPublic: true, lat: 10.7731, lng: 106.7005 });
  reportCode = r.code;
});

const pages = (locale: 'vi' | 'en'): string[] =>
  locale === 'vi'
    ? [
        '/vi',
        '/vi/tin-tuc',
        '/vi/tin-tuc/ra-mat-ung-dung-cong-dan-so',
        '/vi/thu-tuc-hanh-chinh',
        '/vi/thu-tuc-hanh-chinh?q=khai+sinh',
        '/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh',
        '/vi/thu-tuc-hanh-chinh/mau/mau-ct01',
        '/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh/giay-to-can-co?yeu-to-nuoc-ngoai=khong&thoi-han=sai',
        '/vi/thu-tuc-hanh-chinh/dang-ky-thuong-tru/giay-to-can-co?cho-o=nha-thue&chua-thanh-nien=khong',
        '/vi/phan-anh',
        '/vi/phan-anh/{report}',
        '/vi/phan-anh/ban-do',
        '/vi/phan-anh/thong-ke',
        '/vi/lay-y-kien',
        '/vi/lay-y-kien/quy-dinh-su-dung-tam-thoi-via-he',
        '/vi/lay-y-kien/gio-vao-hoc-tieu-hoc/ket-qua',
        '/vi/tin-tuc/chu-de/giao-thong',
        '/vi/canh-bao',
        '/vi/canh-bao/CDS-DEMO-TRIEU-CUONG-2',
        '/vi/tien-ich',
        '/vi/tien-ich/loai/benh-vien',
        '/vi/tien-ich/dia-diem/benh-vien-cho-ray',
        '/vi/tien-ich/tim-kiem?q=benh+vien',
        '/vi/tro-thanh-cong-dan-so',
        '/vi/chinh-sach-bao-mat',
        '/vi/ngoai-tuyen',
        '/vi/dang-nhap',
        '/vi/dang-ky',
        '/vi/quen-mat-khau',
        '/vi/khong-co-trang-nay',
      ]
    : [
        '/en',
        '/en/news',
        '/en/news/ra-mat-ung-dung-cong-dan-so',
        '/en/procedures',
        '/en/procedures?q=birth',
        '/en/procedures/dang-ky-khai-sinh',
        '/en/procedures/forms/mau-ct01',
        '/en/procedures/dang-ky-khai-sinh/documents-needed',
        '/en/procedures/dang-ky-thuong-tru/documents-needed?cho-o=nha-thue&chua-thanh-nien=khong',
        '/en/feedback',
        '/en/feedback/{report}',
        '/en/feedback/map',
        '/en/feedback/statistics',
        '/en/consultations',
        '/en/consultations/quy-dinh-su-dung-tam-thoi-via-he',
        '/en/consultations/gio-vao-hoc-tieu-hoc/results',
        '/en/news/topics/transport',
        '/en/alerts',
        '/en/alerts/CDS-DEMO-TRIEU-CUONG-2',
        '/en/services',
        '/en/services/types/benh-vien',
        '/en/services/places/benh-vien-cho-ray',
        '/en/services/search?q=hospital',
        '/en/digital-citizen-campaign',
        '/en/privacy',
        '/en/offline',
        '/en/sign-in',
        '/en/sign-up',
        '/en/forgot-password',
        '/en/no-such-page',
      ];

// One test per page, so that a slow page does not hide the others' results.
for (const locale of ['vi', 'en'] as const) {
  for (const path of pages(locale)) {
    test(`no WCAG 2.2 A/AA violation on ${path}, at 390 and 1280 px`, async ({ page }) => {
      // axe on the map's hundreds of markers takes tens of seconds on a busy machine.
      test.setTimeout(150_000);
      await check(page, [path.replace('{report}', reportCode)]);
    });
  }
}

test('no WCAG 2.2 A/AA violation on the resident’s own pages (report form, account, my reports), at 390 and 1280 px', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const person = await testData.user({ name: 'Người Kiểm Tra Trợ Năng' });
  await signIn(page, { email: person.email, password: TEST_PASSWORD });
  await check(page, ['/vi/phan-anh/gui', '/vi/tai-khoan', '/vi/phan-anh/cua-toi', '/en/feedback/new', '/en/account']);
});
