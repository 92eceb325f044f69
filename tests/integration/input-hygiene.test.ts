import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { handleReportUpload } from '@/server/reports/upload';
import { handleReportAnswer } from '@/server/reports/answer';
import { LocalStorage } from '@/server/storage/local';
import { jpeg } from '../support/images';
import { createTestData, type TestUser } from '../support/data';
import { errorOf } from '../support/errors';

// Text and images that must not get in, driven through the real handlers: POST /api/feedback and
// the answer endpoint with real multipart requests, and the account forms' server actions. Only
// the session and the request's locale are given to the actions, as Next.js would.

const session = vi.hoisted(() => ({ user: null as null | { id: string } }));
vi.mock('@/server/session', () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => session.user,
}));
vi.mock('@/server/auth', () => ({
  signIn: async () => undefined,
  signOut: async () => undefined,
  auth: async () => null,
}));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'vi' }));
vi.mock('@/server/http/request', async (original) => ({
  ...(await original<object>()),
  currentIp: async () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
}));

const { signUpAction, updateProfileAction } = await import('@/server/accounts/actions');

const ORIGIN = 'http://localhost:3000';
const root = mkdtempSync(path.join(os.tmpdir(), 'cds-hygiene-'));
const storage = new LocalStorage(root);
const allFiles = () => (readdirSync(root, { recursive: true }) as string[]).sort();

const testData = createTestData(db);
type Who = TestUser;
const person = (role: 'CITIZEN' | 'OFFICIAL' | 'ADMIN' = 'CITIZEN', agency?: string) =>
  testData.user({ role, agency, name: 'Người thử' });

function reportForm(
  over: Record<string, string> = {},
  photos: { bytes: Buffer; alt?: string; type?: string }[] = [],
): FormData {
  const fd = new FormData();
  const fields: Record<string, string> = {
    category: 'giao-thong',
    title: 'Ổ gà lớn trên đường Lê Lợi',
    description: 'Ổ gà sâu khoảng 20 cm trước số nhà 45.',
    ward: 'mau-phuong-sai-gon',
    address: '45 Lê Lợi',
    isPublic: 'on',
    photoConsent: 'on',
    idempotencyKey: randomBytes(12).toString('hex'),
    locale: 'vi',
    ...over,
  };
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  for (const p of photos) {
    fd.append('photos', new File([new Uint8Array(p.bytes)], 'anh.png', { type: p.type ?? 'image/png' }));
    fd.append('photoAlt', p.alt ?? '');
  }
  return fd;
}

function multipart(url: string, body: FormData): Request {
  return new Request(url, {
    method: 'POST',
    headers: { origin: ORIGIN, accept: 'application/json', host: 'localhost:3000' },
    body,
  });
}

async function postReport(user: Who, body: FormData) {
  const res = await handleReportUpload(multipart(`${ORIGIN}/api/feedback`, body), user, { storage });
  return {
    res,
    json: (await res.json()) as {
      code?: string;
      error?: { code: string; message: string; fields?: Record<string, string> };
    },
  };
}

async function expectNothingStored(user: Who, filesBefore: string[]) {
  expect(await db.report.count({ where: { authorId: user.id } })).toBe(0);
  expect(await db.reportPhoto.count({ where: { report: { authorId: user.id } } })).toBe(0);
  expect(allFiles()).toEqual(filesBefore);
}

function formData(values: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.append(k, v);
  return fd;
}

beforeAll(async () => {
  await seed(db as never);
});
beforeEach(() => {
  session.user = null;
});
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await testData.cleanup();
  await db.$disconnect();
});

describe('photos of an unusable shape', () => {
  it('refuses a 30000 × 1 PNG with a clear message in the form’s language, and stores nothing', async () => {
    const strip = await sharp({
      create: { width: 30_000, height: 1, channels: 3, background: { r: 200, g: 40, b: 40 } },
    })
      .png()
      .toBuffer();
    const user = await person();
    const before = allFiles();
    const vi = await postReport(
      user,
      reportForm({}, [{ bytes: await jpeg(320, 240), type: 'image/jpeg' }, { bytes: strip }]),
    );
    expect(vi.res.status).toBe(422);
    expect(vi.json.error?.code).toBe('photoOddShape');
    expect(vi.json.error?.message).toBe(
      'Ảnh thứ 2 có hình dạng bất thường (mỗi cạnh ít nhất 32 điểm ảnh, cạnh dài không quá 20 lần cạnh ngắn). Hãy chọn ảnh khác hoặc cắt lại ảnh rồi gửi lại.',
    );
    expect(vi.json.error?.fields?.photos).toBe(vi.json.error?.message);
    const en = await postReport(user, reportForm({ locale: 'en' }, [{ bytes: strip }]));
    expect(en.res.status).toBe(422);
    expect(en.json.error?.message).toBe(
      'Photo 1 has an unusual shape (each side at least 32 pixels, the long side at most 20 times the short one). Choose another photo or crop it and send again.',
    );
    await expectNothingStored(user, before);
  });
});

describe('text that looks empty or reads in another order', () => {
  it('refuses a report title made only of zero-width spaces as a missing title, and stores nothing', async () => {
    const user = await person();
    const before = allFiles();
    const { res, json } = await postReport(user, reportForm({ title: '\u200B'.repeat(12) }));
    expect(res.status).toBe(400);
    expect(json.error?.code).toBe('reportTitleRequired');
    expect(json.error?.fields?.title).toBe('Nhập tiêu đề ngắn cho phản ánh.');
    await expectNothingStored(user, before);
  });

  it('refuses a report address with a right-to-left override, in English too', async () => {
    const user = await person();
    const before = allFiles();
    const { res, json } = await postReport(user, reportForm({ address: '45 Lê Lợi \u202Egnp.exe', locale: 'en' }));
    expect(res.status).toBe(400);
    expect(json.error?.code).toBe('textDirectionControls');
    expect(json.error?.fields?.address).toMatch(/^This contains hidden text-direction characters \(such as U\+202E\)/);
    await expectNothingStored(user, before);
  });

  it('stores a title typed in decomposed form (NFD) with invisible characters as clean NFC', async () => {
    const user = await person();
    const { res, json } = await postReport(
      user,
      reportForm({ title: '  Đèn\u200B đường   hỏng\uFEFF '.normalize('NFD') }),
    );
    expect(res.status).toBe(201);
    const report = await db.report.findUniqueOrThrow({ where: { code: json.code! }, select: { title: true } });
    expect(report.title).toBe('Đèn đường hỏng');
  });

  it('refuses a profile name holding U+202E, and one made only of zero-width characters; the saved name stays', async () => {
    const user = await person();
    session.user = { id: user.id };
    const bidi = await updateProfileAction(
      { ok: false },
      formData({ name: 'Nguyễn Văn \u202EnAy', wardCode: 'mau-phuong-sai-gon' }),
    );
    expect(bidi.ok).toBe(false);
    expect(bidi.fieldErrors?.name).toMatchObject([{ code: 'textDirectionControls' }]);
    const invisible = await updateProfileAction(
      { ok: false },
      formData({ name: '\u200B\u200C\u200D\u2060', wardCode: 'mau-phuong-sai-gon' }),
    );
    expect(invisible.fieldErrors?.name).toMatchObject([{ code: 'nameRequired' }]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe('Người thử');

    const ok = await updateProfileAction(
      { ok: false },
      formData({ name: ' Trần\u200B  Thị Ánh '.normalize('NFD'), wardCode: 'mau-phuong-sai-gon' }),
    );
    expect(ok).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe('Trần Thị Ánh');
  });

  it('refuses to create an account whose name is only zero-width characters', async () => {
    const email = `zw.${Date.now()}@example.com`;
    const state = await signUpAction(
      { ok: false },
      formData({
        name: '\u200B\u200B',
        email,
        password: 'mot cau rat dai de nho',
        wardCode: 'mau-phuong-sai-gon',
        consent: 'on',
      }),
    );
    expect(state.fieldErrors?.name).toMatchObject([{ code: 'nameRequired' }]);
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });
});

describe('photo descriptions over their limit', () => {
  it('refuses a 251-character description of a report photo with a field message, and stores nothing', async () => {
    const user = await person();
    const before = allFiles();
    const { res, json } = await postReport(
      user,
      reportForm({}, [{ bytes: await jpeg(320, 240), type: 'image/jpeg', alt: 'ả'.repeat(251) }]),
    );
    expect(res.status).toBe(400);
    expect(json.error?.code).toBe('tooLong');
    expect(json.error?.fields?.photoAlt).toBe('Nội dung quá dài (tối đa 250 ký tự).');
    await expectNothingStored(user, before);
  });

  it('refuses the same on an official’s answer, and records no answer', async () => {
    const author = await person();
    const created = await postReport(author, reportForm());
    expect(created.res.status).toBe(201);
    const report = await db.report.findUniqueOrThrow({
      where: { code: created.json.code! },
      select: { id: true, code: true },
    });
    const official = await person('OFFICIAL', 'SO-XD');
    const fd = formData({ body: 'Đã sửa xong.', idempotencyKey: randomBytes(12).toString('hex'), locale: 'en' });
    fd.append('photos', new File([new Uint8Array(await jpeg(320, 240))], 'x.jpg', { type: 'image/jpeg' }));
    fd.append('photoAlt', 'x'.repeat(300));
    const before = allFiles();
    const res = await handleReportAnswer(
      multipart(`${ORIGIN}/api/admin/feedback/${report.code}/answer`, fd),
      official,
      report.code,
      { storage },
    );
    expect(res.status).toBe(400);
    expect((await errorOf(res)).fields?.photoAlt).toBe('This is too long (at most 250 characters).');
    expect(await db.reportEvent.count({ where: { reportId: report.id, kind: 'ANSWERED' } })).toBe(0);
    expect(allFiles()).toEqual(before);
  });

  it('keeps a description at the limit whole', async () => {
    const user = await person();
    const alt = `Ổ gà ${'ạ'.repeat(245)}`;
    const { res, json } = await postReport(
      user,
      reportForm({}, [{ bytes: await jpeg(320, 240), type: 'image/jpeg', alt: `${alt}\u200B` }]),
    );
    expect(res.status).toBe(201);
    const photo = await db.reportPhoto.findFirstOrThrow({
      where: { report: { code: json.code! } },
      select: { altText: true },
    });
    expect(photo.altText).toBe(alt);
  });
});
