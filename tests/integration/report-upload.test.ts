import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { handleReportUpload } from '@/server/reports/upload';
import { loadReportDraft } from '@/server/reports/drafts';
import { servePhoto, photoUrl } from '@/server/reports/photo-access';
import { LocalStorage } from '@/server/storage/local';
import { setStorage } from '@/server/storage';
import { cmykJpeg, hostile, hugePngHeader, jpeg, transparentPng, webp } from '../support/images';
import { createTestData, type TestUser } from '../support/data';

// POST /api/feedback as a browser sends it: a real multipart Request into the handler, a real
// PostgreSQL, real sharp, photos on a real disk folder. Only reading the session cookie is left to
// the route file (covered by tests/e2e/report-upload.spec.ts).

const ORIGIN = 'http://localhost:3000';
const root = mkdtempSync(path.join(os.tmpdir(), 'cds-upload-'));
const storage = new LocalStorage(root);

const testData = createTestData(db);
type User = TestUser;
const newUser = (role: 'CITIZEN' | 'OFFICIAL' | 'ADMIN' = 'CITIZEN') => testData.user({ role });

const key = () => randomBytes(12).toString('hex');

function fields(over: Record<string, string | undefined> = {}): Record<string, string> {
  const base: Record<string, string | undefined> = {
    category: 'giao-thong',
    title: 'Ổ gà lớn trên đường Lê Lợi',
    description: 'Ổ gà sâu khoảng 20 cm trước số nhà 45, xe máy dễ té ngã vào buổi tối.',
    ward: 'mau-phuong-sai-gon',
    address: '45 Lê Lợi',
    lat: '10.7731',
    lng: '106.7005',
    isPublic: 'on',
    photoConsent: 'on',
    idempotencyKey: key(),
    locale: 'vi',
    ...over,
  };
  return Object.fromEntries(Object.entries(base).filter((e): e is [string, string] => e[1] !== undefined));
}

type Photo = { bytes: Buffer; name?: string; type?: string; alt?: string };

function form(f: Record<string, string>, photos: Photo[] = []): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(f)) fd.append(k, v);
  for (const p of photos) {
    fd.append('photos', new File([new Uint8Array(p.bytes)], p.name ?? 'anh.jpg', { type: p.type ?? 'image/jpeg' }));
    fd.append('photoAlt', p.alt ?? '');
  }
  return fd;
}

function request(body: FormData, headers: Record<string, string | null> = {}): Request {
  const h = new Headers({ origin: ORIGIN, accept: 'application/json', host: 'localhost:3000' });
  for (const [k, v] of Object.entries(headers))
    if (v === null) h.delete(k);
    else h.set(k, v);
  return new Request(`${ORIGIN}/api/feedback`, { method: 'POST', headers: h, body });
}

async function post(user: User | null, body: FormData, headers: Record<string, string | null> = {}) {
  const res = await handleReportUpload(request(body, headers), user, { storage });
  const text = await res.text();
  let json: {
    code?: string;
    url?: string;
    error?: { code: string; message: string; fields?: Record<string, string> };
  } = {};
  try {
    json = JSON.parse(text);
  } catch {
    // an HTML page or a redirect
  }
  return { res, json, text };
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(path.relative(root, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** Nothing of this person's submission anywhere: no report, no photo row, no file (visible or temporary). */
async function expectNothingStored(user: User, filesBefore: string[]) {
  expect(await db.report.count({ where: { authorId: user.id } })).toBe(0);
  expect(await db.reportPhoto.count({ where: { report: { authorId: user.id } } })).toBe(0);
  expect(filesUnder(root)).toEqual(filesBefore);
  expect(filesUnder(root).filter((f) => f.startsWith('.tmp'))).toEqual([]);
}

beforeAll(async () => {
  await seed(db as never);
  setStorage(storage);
});
afterAll(async () => {
  setStorage(undefined);
  rmSync(root, { recursive: true, force: true });
  await testData.cleanup();
  await db.$disconnect();
});

describe('POST /api/feedback: photos that pass', () => {
  it('files a report with five kinds of photos, re-encoded to WebP without any metadata, and serves them', async () => {
    const user = await newUser();
    const photos: Photo[] = [
      { bytes: await jpeg(800, 600, { progressive: true }), alt: 'Ổ gà nhìn từ vỉa hè' },
      { bytes: await cmykJpeg() },
      { bytes: await jpeg(640, 480, { orientation: 6 }) },
      { bytes: await transparentPng(), type: 'image/png', name: 'a.png' },
      { bytes: await webp(), type: 'image/webp', name: 'a.webp' },
    ];
    // The inputs really carry what must be removed.
    const inMeta = await sharp(photos[0]!.bytes).metadata();
    expect(inMeta.exif).toBeDefined();
    expect(inMeta.icc).toBeDefined();
    expect(inMeta.isProgressive).toBe(true);
    expect((await sharp(photos[1]!.bytes).metadata()).space).toBe('cmyk');
    expect((await sharp(photos[2]!.bytes).metadata()).orientation).toBe(6);

    const { res, json } = await post(user, form(fields(), photos));
    expect(res.status).toBe(201);
    expect(json.code).toMatch(/^PA-\d{4}-\d{6}$/);
    expect(json.url).toBe(`/vi/phan-anh/${json.code}`);

    const report = await db.report.findUniqueOrThrow({
      where: { code: json.code! },
      include: { photos: { orderBy: { position: 'asc' } }, events: true, followers: true, category: true },
    });
    expect(report.authorId).toBe(user.id);
    expect(report.agencyId).toBe(report.category.defaultAgencyId);
    expect(report.searchTitle).toBe('o ga lon tren duong le loi');
    expect(report.dueAt.getTime()).toBeGreaterThan(report.createdAt.getTime());
    expect(report.events.map((e) => [e.kind, e.agencyId])).toEqual([['CREATED', report.agencyId]]);
    expect(report.followers.map((f) => f.userId)).toEqual([user.id]);
    expect(report.photos).toHaveLength(5);
    expect(report.photos[0]!.altText).toBe('Ổ gà nhìn từ vỉa hè');
    // Rotated by its EXIF orientation: 640 × 480 stored sideways becomes 480 × 640.
    expect([report.photos[2]!.width, report.photos[2]!.height]).toEqual([480, 640]);
    expect([report.photos[0]!.width, report.photos[0]!.height]).toEqual([800, 600]);

    for (const p of report.photos) {
      expect(p.promotedAt).toBeInstanceOf(Date);
      expect(p.storageKey).toMatch(/^reports\/\d{4}\/\d{2}\/c[a-z0-9]+$/);
      for (const file of [`${p.storageKey}.webp`, `${p.storageKey}-thumb.webp`]) {
        const meta = await sharp(readFileSync(path.join(root, file))).metadata();
        expect(meta.format).toBe('webp');
        expect(meta.exif).toBeUndefined();
        expect(meta.icc).toBeUndefined();
        expect(meta.xmp).toBeUndefined();
        expect(meta.orientation).toBeUndefined();
      }
      const thumb = await sharp(readFileSync(path.join(root, `${p.storageKey}-thumb.webp`))).metadata();
      expect(Math.max(thumb.width!, thumb.height!)).toBeLessThanOrEqual(400);
    }
    // The CMYK JPEG is sRGB now.
    expect((await sharp(readFileSync(path.join(root, `${report.photos[1]!.storageKey}.webp`))).metadata()).space).toBe(
      'srgb',
    );
    // The PNG keeps its transparency.
    expect(
      (await sharp(readFileSync(path.join(root, `${report.photos[3]!.storageKey}.webp`))).metadata()).hasAlpha,
    ).toBe(true);
    expect(filesUnder(root).filter((f) => f.startsWith('.tmp'))).toEqual([]);

    // Served to anyone for a public report, as WebP that browsers must not sniff.
    const served = await servePhoto(null, report.photos[0]!.id, 'display', storage);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-disposition')).toBe('inline');
    expect(served.headers.get('cache-control')).toMatch(/^public, max-age=\d+, immutable$/);
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).format).toBe('webp');
    // Validators: a client holding this copy gets a 304 without the photo; another copy, the photo.
    const etag = served.headers.get('etag');
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(new Date(served.headers.get('last-modified')!).getTime()).toBeGreaterThan(0);
    const again = await servePhoto(null, report.photos[0]!.id, 'display', storage, etag);
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toMatch(/^public, max-age=\d+, immutable$/);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    expect((await servePhoto(null, report.photos[0]!.id, 'display', storage, '"other"')).status).toBe(200);
    expect((await servePhoto(null, report.photos[0]!.id, 'thumb', storage, etag)).status).toBe(200);
    expect(photoUrl(report.photos[0]!.id, 'thumb')).toBe(`/api/feedback/photos/${report.photos[0]!.id}/thumb`);
  });

  it('accepts a JPEG with an HTML page appended only as a re-encoded WebP that contains no HTML', async () => {
    const user = await newUser();
    const { res, json } = await post(user, form(fields(), [{ bytes: await hostile.polyglot() }]));
    expect(res.status).toBe(201);
    const photo = await db.reportPhoto.findFirstOrThrow({ where: { report: { code: json.code! } } });
    for (const file of [`${photo.storageKey}.webp`, `${photo.storageKey}-thumb.webp`]) {
      const bytes = readFileSync(path.join(root, file));
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('RIFF');
      expect(bytes.includes(Buffer.from('<html'))).toBe(false);
      expect(bytes.includes(Buffer.from('<script'))).toBe(false);
    }
  });

  it('ignores file names: ../ and an encoded NUL in a name change nothing, the file gets a generated key', async () => {
    const user = await newUser();
    const { res, json } = await post(
      user,
      form(fields(), [{ bytes: await jpeg(), name: '../../../etc/passwd', type: 'text/html' }]),
    );
    expect(res.status).toBe(201);
    // Hand-built: RFC 5987 filename* decodes to a name with ../ and a NUL byte.
    const boundary = 'xYzBoundary0123';
    const parts = Object.entries(fields()).map(([k, v]) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    );
    const body = Buffer.concat([
      ...parts,
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="photos"; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd%00.jpg\r\nContent-Type: application/x-php\r\n\r\n`,
      ),
      await jpeg(300, 200),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const raw = await handleReportUpload(
      new Request(`${ORIGIN}/api/feedback`, {
        method: 'POST',
        headers: {
          origin: ORIGIN,
          host: 'localhost:3000',
          accept: 'application/json',
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        body,
      }),
      user,
      { storage },
    );
    expect(raw.status).toBe(201);
    for (const code of [json.code!, ((await raw.json()) as { code: string }).code]) {
      const photo = await db.reportPhoto.findFirstOrThrow({ where: { report: { code } } });
      expect(photo.storageKey).toMatch(/^reports\/\d{4}\/\d{2}\/c[a-z0-9]+$/);
    }
    expect(filesUnder(root).some((f) => f.includes('passwd') || f.includes('..') || f.includes('\0'))).toBe(false);
  });

  it('a raw NUL byte inside a part header is malformed multipart: a clear 400, nothing stored', async () => {
    const user = await newUser();
    const before = filesUnder(root);
    const { res, json } = await post(user, form(fields(), [{ bytes: await jpeg(), name: 'anh\u0000.jpg' }]));
    expect(res.status).toBe(400);
    expect(json.error?.code).toBe('badMultipart');
    expect(json.error?.message).toBe('Dữ liệu biểu mẫu bị gián đoạn hoặc không đúng định dạng. Vui lòng gửi lại.');
    await expectNothingStored(user, before);
  });

  it('files a report without photos and without consent (consent only matters with photos), in English', async () => {
    const user = await newUser();
    const { res, json } = await post(
      user,
      form(fields({ photoConsent: undefined, locale: 'en', isPublic: undefined })),
    );
    expect(res.status).toBe(201);
    expect(json.url).toBe(`/en/feedback/${json.code}`);
    const report = await db.report.findUniqueOrThrow({ where: { code: json.code! } });
    expect(report.isPublic).toBe(false);
  });
});

describe('POST /api/feedback: bad photos get a clear 4xx and nothing is stored', () => {
  const cases: [string, () => Promise<Photo> | Photo, number, string, RegExp][] = [
    [
      'a text file named .jpg',
      () => ({ bytes: hostile.text() }),
      422,
      'photoNotImage',
      /Ảnh thứ 1 không phải là ảnh JPEG, PNG hoặc WebP/,
    ],
    [
      'a PHP file named .jpg',
      () => ({ bytes: hostile.php(), name: 'shell.php.jpg' }),
      422,
      'photoNotImage',
      /không phải là ảnh/,
    ],
    [
      'an HTML file named .png',
      () => ({ bytes: hostile.html(), name: 'x.png', type: 'image/png' }),
      422,
      'photoNotImage',
      /không phải là ảnh/,
    ],
    [
      'an SVG',
      () => ({ bytes: hostile.svg(), name: 'x.svg', type: 'image/svg+xml' }),
      422,
      'photoNotImage',
      /không phải là ảnh/,
    ],
    [
      'a truncated JPEG',
      async () => ({ bytes: await hostile.truncated() }),
      422,
      'photoUnreadable',
      /bị hỏng hoặc chưa được tải lên đầy đủ/,
    ],
    ['an empty file', () => ({ bytes: Buffer.alloc(0), name: 'rong.jpg' }), 422, 'photoEmpty', /tệp rỗng/],
    [
      'a 20,000 × 20,000 PNG',
      () => ({ bytes: hugePngHeader(), type: 'image/png', name: 'bom.png' }),
      422,
      'photoTooManyPixels',
      /tối đa 40 megapixel/,
    ],
  ];
  for (const [name, make, status, error, message] of cases) {
    it(`refuses ${name}`, async () => {
      const user = await newUser();
      const before = filesUnder(root);
      const good = { bytes: await jpeg(320, 240) };
      const { res, json } = await post(user, form(fields(), [await make(), good]));
      expect(res.status).toBe(status);
      expect(json.error?.code).toBe(error);
      expect(json.error?.message).toMatch(message);
      expect(json.error?.fields?.photos).toBe(json.error?.message);
      await expectNothingStored(user, before);
    });
  }

  it('numbers the photo that failed and answers in English when the form is English', async () => {
    const user = await newUser();
    const before = filesUnder(root);
    const { res, json } = await post(
      user,
      form(fields({ locale: 'en' }), [{ bytes: await jpeg(320, 240) }, { bytes: hostile.svg() }]),
    );
    expect(res.status).toBe(422);
    expect(json.error?.message).toBe('Photo 2 is not a JPEG, PNG or WebP image. Please choose an image file.');
    await expectNothingStored(user, before);
  });

  it('stops at a sixth photo with 413', async () => {
    const user = await newUser();
    const before = filesUnder(root);
    const six = await Promise.all(
      Array.from({ length: 6 }, (_, i) => jpeg(200, 150, { seed: i + 2 }).then((bytes) => ({ bytes }))),
    );
    const { res, json } = await post(user, form(fields(), six));
    expect(res.status).toBe(413);
    expect(json.error?.code).toBe('tooManyPhotos');
    expect(json.error?.message).toBe('Ảnh thứ 6 không được nhận: mỗi phản ánh gửi tối đa 5 ảnh.');
    await expectNothingStored(user, before);
  });

  it('a plain form with a sixth photo gets a small page in its language with a link back to the form', async () => {
    const user = await newUser();
    const before = filesUnder(root);
    const six = await Promise.all(
      Array.from({ length: 6 }, (_, i) => jpeg(120, 90, { seed: i + 20 }).then((bytes) => ({ bytes }))),
    );
    const { res, text } = await post(user, form(fields(), six), { accept: 'text/html' });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(text).toContain('Ảnh thứ 6 không được nhận: mỗi phản ánh gửi tối đa 5 ảnh.');
    expect(text).toContain('<a href="/vi/phan-anh/gui">Quay lại</a>');
    await expectNothingStored(user, before);
  });

  it('stops reading at an 11 MB photo with 413', async () => {
    const user = await newUser();
    const before = filesUnder(root);
    const big = Buffer.alloc(11 * 1024 * 1024, 0x41);
    big[0] = 0xff;
    big[1] = 0xd8;
    big[2] = 0xff;
    const { res, json } = await post(user, form(fields(), [{ bytes: await jpeg(200, 150) }, { bytes: big }]));
    expect(res.status).toBe(413);
    expect(json.error?.code).toBe('photoTooBig');
    expect(json.error?.message).toMatch(/^Ảnh thứ 2 lớn hơn 10 MB/);
    await expectNothingStored(user, before);
  });

  it('needs consent for photos', async () => {
    const user = await newUser();
    const before = filesUnder(root);
    const { res, json } = await post(
      user,
      form(fields({ photoConsent: undefined }), [{ bytes: await jpeg(200, 150) }]),
    );
    expect(res.status).toBe(400);
    expect(json.error?.code).toBe('photoConsentRequired');
    expect(json.error?.fields?.photoConsent).toBe('Bạn cần đồng ý cho phép sử dụng ảnh để gửi kèm ảnh.');
    await expectNothingStored(user, before);
  });
});

describe('POST /api/feedback: requests refused before anything is read', () => {
  it('refuses a missing Origin and a foreign Origin with 403', async () => {
    const user = await newUser();
    const before = filesUnder(root);
    for (const origin of [null, 'https://evil.example']) {
      const { res, json } = await post(user, form(fields(), [{ bytes: await jpeg(200, 150) }]), { origin });
      expect(res.status).toBe(403);
      expect(json.error?.code).toBe('uploadOrigin');
      expect(json.error?.message).toBe('Yêu cầu không đến từ trang của Công dân số nên đã bị từ chối.');
    }
    // A plain form gets a small page in its language.
    const html = await post(user, form(fields()), {
      origin: 'https://evil.example',
      accept: 'text/html',
      referer: `${ORIGIN}/en/feedback/new`,
    });
    expect(html.res.status).toBe(403);
    expect(html.res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.text).toContain('This request did not come from a Công dân số page');
    await expectNothingStored(user, before);
  });

  it('refuses a request without a session: 401 JSON, or to the sign-in page for a plain form', async () => {
    const { res, json } = await post(null, form(fields()));
    expect(res.status).toBe(401);
    expect(json.error?.message).toBe('Bạn cần đăng nhập để gửi phản ánh.');
    const html = await post(null, form(fields()), { accept: 'text/html' });
    expect(html.res.status).toBe(303);
    expect(html.res.headers.get('location')).toBe(
      `${ORIGIN}/vi/dang-nhap?next=${encodeURIComponent('/vi/phan-anh/gui')}`,
    );
  });

  it('allows ten reports an hour per person, then 429 with Retry-After', async () => {
    const user = await newUser();
    for (let i = 0; i < 10; i++) {
      const { res } = await post(user, form(fields()));
      expect(res.status).toBe(201);
    }
    const { res, json } = await post(user, form(fields()));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(json.error?.message).toMatch(/^Bạn đã gửi 10 phản ánh trong một giờ qua/);
    expect(await db.report.count({ where: { authorId: user.id } })).toBe(10);
    // A plain form gets the same sentence on a small page, in English when the form was English.
    const html = await post(user, form(fields({ locale: 'en' })), {
      accept: 'text/html',
      referer: `${ORIGIN}/en/feedback/new`,
    });
    expect(html.res.status).toBe(429);
    expect(html.res.headers.get('retry-after')).toBeTruthy();
    expect(html.text).toMatch(/You have sent 10 reports in the past hour\. Please try again in \d+ minutes\./);
    expect(await db.report.count({ where: { authorId: user.id } })).toBe(10);
  });
});

describe('POST /api/feedback: text fields', () => {
  it('refuses an unknown category and a ward not in the list, with their messages', async () => {
    const user = await newUser();
    const before = filesUnder(root);
    const { res, json } = await post(user, form(fields({ category: 'khong-co' }), [{ bytes: await jpeg(200, 150) }]));
    expect(res.status).toBe(400);
    expect(json.error?.code).toBe('categoryUnknown');
    expect(json.error?.fields?.category).toBe('Lĩnh vực này không có trong danh sách.');
    const ward = await post(user, form(fields({ ward: 'thanh-pho-ho-chi-minh' })));
    expect(ward.res.status).toBe(400);
    expect(ward.json.error?.code).toBe('wardUnknown');
    await expectNothingStored(user, before);
  });

  it('refuses coordinates outside the city', async () => {
    const user = await newUser();
    const before = filesUnder(root);
    const { res, json } = await post(user, form(fields({ lat: '21.0285', lng: '105.8542' })));
    expect(res.status).toBe(400);
    expect(json.error?.code).toBe('coordinateOutsideCity');
    expect(json.error?.fields?.lat).toBe('Vị trí này nằm ngoài Thành phố Hồ Chí Minh.');
    await expectNothingStored(user, before);
  });

  it('refuses a 100,000-character description with a clear 400', async () => {
    const user = await newUser();
    const before = filesUnder(root);
    const { res, json } = await post(user, form(fields({ description: 'ạ'.repeat(100_000) })));
    expect(res.status).toBe(400);
    expect(json.error?.code).toBe('tooLong');
    expect(json.error?.fields?.description).toBe('Nội dung quá dài (tối đa 5000 ký tự).');
    await expectNothingStored(user, before);
  });

  it('a plain form with errors goes back to the form with a draft of what was typed', async () => {
    const user = await newUser();
    const before = filesUnder(root);
    const f = fields({ category: 'khong-co', title: 'Đèn đường hỏng', locale: 'en' });
    const { res } = await post(user, form(f), { accept: 'text/html,application/xhtml+xml' });
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get('location')!);
    expect(location.pathname).toBe('/en/feedback/new');
    const draft = await loadReportDraft(user.id, location.searchParams.get('draft')!);
    expect(draft?.fields.title).toBe('Đèn đường hỏng');
    expect(draft?.errors).toEqual({ category: { code: 'categoryUnknown' } });
    await expectNothingStored(user, before);
  });

  it('a plain form that succeeds is sent to the report page, which confirms it, and the author gets a receipt by email', async () => {
    const user = await newUser();
    const { res } = await post(user, form(fields(), [{ bytes: await jpeg(200, 150) }]), { accept: 'text/html' });
    expect(res.status).toBe(303);
    const report = await db.report.findFirstOrThrow({ where: { authorId: user.id } });
    expect(res.headers.get('location')).toBe(`${ORIGIN}/vi/phan-anh/${report.code}?sent=1`);
    const receipt = await db.outboxMail.findFirstOrThrow({ where: { to: user.email! } });
    expect(receipt.subject).toBe(`Đã nhận phản ánh ${report.code}`);
    expect(receipt.text).toContain(`Mã theo dõi: ${report.code}`);
    expect(receipt.text).toContain(`/vi/phan-anh/${report.code}`);
    expect(receipt.text).toContain(`Tracking code: ${report.code}`);
  });
});

describe('POST /api/feedback: the error shape', () => {
  it('a body that is not multipart is a 400 in the portal’s one shape, { error: { code, message } }', async () => {
    const user = await newUser();
    const res = await handleReportUpload(
      new Request(`${ORIGIN}/api/feedback`, {
        method: 'POST',
        headers: {
          origin: ORIGIN,
          host: 'localhost:3000',
          accept: 'application/json',
          'content-type': 'application/json',
        },
        body: JSON.stringify({ title: 'Đèn đường hỏng' }),
      }),
      user,
      { storage },
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      error: { code: 'notMultipart', message: 'Không đọc được dữ liệu biểu mẫu. Vui lòng tải lại trang rồi gửi lại.' },
    });
  });
});

describe('POST /api/feedback: idempotency', () => {
  it('the same key with the same body returns the same report (one row); with a different body 422', async () => {
    const user = await newUser();
    const f = fields();
    const photo = await jpeg(300, 200);
    const first = await post(user, form(f, [{ bytes: photo }]));
    expect(first.res.status).toBe(201);
    const filesAfterFirst = filesUnder(root);
    const again = await post(user, form(f, [{ bytes: photo }]));
    expect(again.res.status).toBe(200);
    expect(again.json.code).toBe(first.json.code);
    expect(await db.report.count({ where: { authorId: user.id } })).toBe(1);
    expect(await db.reportPhoto.count({ where: { report: { authorId: user.id } } })).toBe(1);
    expect(filesUnder(root)).toEqual(filesAfterFirst);

    const changed = await post(user, form({ ...f, title: 'Một tiêu đề khác hẳn' }, [{ bytes: photo }]));
    expect(changed.res.status).toBe(422);
    expect(changed.json.error?.code).toBe('idempotencyConflict');
    expect(changed.json.error?.message).toMatch(/đã được dùng cho một phản ánh có nội dung khác/);
    expect(await db.report.count({ where: { authorId: user.id } })).toBe(1);
    expect(filesUnder(root)).toEqual(filesAfterFirst);
  });

  it('two identical submissions at the same moment make one report', async () => {
    const user = await newUser();
    const f = fields();
    const [a, b] = await Promise.all([post(user, form(f)), post(user, form(f))]);
    expect([a.res.status, b.res.status].sort()).toEqual([200, 201]);
    expect(a.json.code).toBe(b.json.code);
    expect(await db.report.count({ where: { authorId: user.id } })).toBe(1);
  });
});

describe('photo access', () => {
  it('a private report’s photos: its author and officials only; a hidden photo: officials only; others 404', async () => {
    const author = await newUser();
    const other = await newUser();
    const official = await newUser('OFFICIAL');
    const admin = await newUser('ADMIN');
    const { json } = await post(
      author,
      form(fields({ isPublic: undefined }), [
        { bytes: await jpeg(300, 200) },
        { bytes: await jpeg(300, 200, { seed: 9 }) },
      ]),
    );
    const photos = await db.reportPhoto.findMany({
      where: { report: { code: json.code! } },
      orderBy: { position: 'asc' },
    });
    const id = photos[0]!.id;
    // An official of the agency the report is routed to (server/permissions.ts).
    const { agencyId } = await db.report.findUniqueOrThrow({ where: { code: json.code! }, select: { agencyId: true } });
    await db.user.update({ where: { id: official.id }, data: { agencyId } });
    Object.assign(official, { agencyId });
    expect((await servePhoto(author, id, 'thumb', storage)).status).toBe(200);
    const own = await servePhoto(author, id, 'display', storage);
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    expect((await servePhoto(official, id, 'display', storage)).status).toBe(200);
    expect((await servePhoto(admin, id, 'display', storage)).status).toBe(200);
    expect((await servePhoto(other, id, 'display', storage)).status).toBe(404);
    expect((await servePhoto(null, id, 'display', storage)).status).toBe(404);
    // A validator does not open the door: a stranger with the right ETag still gets 404, not 304.
    const etag = own.headers.get('etag');
    expect((await servePhoto(other, id, 'display', storage, etag)).status).toBe(404);
    expect((await servePhoto(null, id, 'display', storage, etag)).status).toBe(404);
    // Unknown ids and variants look the same as forbidden ones.
    expect((await servePhoto(author, id, 'original', storage)).status).toBe(404);
    expect((await servePhoto(author, 'cxxxxxxxxxxxxxxxxxxxx', 'display', storage)).status).toBe(404);

    await db.reportPhoto.update({
      where: { id: photos[1]!.id },
      data: { hiddenAt: new Date(), hiddenReason: 'Ảnh có biển số xe' },
    });
    expect((await servePhoto(author, photos[1]!.id, 'display', storage)).status).toBe(404);
    expect((await servePhoto(official, photos[1]!.id, 'display', storage)).status).toBe(200);
    await db.report.update({ where: { code: json.code! }, data: { hiddenAt: new Date(), isPublic: true } });
    expect((await servePhoto(null, id, 'display', storage)).status).toBe(404);
    expect((await servePhoto(author, id, 'display', storage)).status).toBe(404);
    expect((await servePhoto(official, id, 'display', storage)).status).toBe(200);
  });
});
