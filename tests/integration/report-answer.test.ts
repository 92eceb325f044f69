import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { createReport } from '@/server/reports/create';
import { handleReportAnswer } from '@/server/reports/answer';
import { LocalStorage } from '@/server/storage/local';
import { reportFields } from '@/lib/validation/reports/report';
import { hostile, jpeg } from '../support/images';
import { createTestData, type TestUser } from '../support/data';
import { errorOf } from '../support/errors';

// POST /api/admin/feedback/{code}/answer with real multipart requests, PostgreSQL and disk.

const ORIGIN = 'http://localhost:3000';
const root = mkdtempSync(path.join(os.tmpdir(), 'cds-answer-'));
const storage = new LocalStorage(root);
const allFiles = () => (readdirSync(root, { recursive: true }) as string[]).sort();

const testData = createTestData(db);
type Who = TestUser;
const person = (role: 'CITIZEN' | 'OFFICIAL' | 'ADMIN', agency?: string) => testData.user({ role, agency });

async function newReport(author: Who) {
  const fields = reportFields.parse({
    category: 'giao-thong',
    title: 'Đèn tín hiệu không hoạt động',
    description: 'Đèn giao thông ở ngã tư tắt từ sáng.',
    ward: 'mau-phuong-sai-gon',
    address: 'Ngã tư Hàm Nghi',
    isPublic: 'on',
    idempotencyKey: randomBytes(12).toString('hex'),
  });
  return createReport({ user: author, fields, photos: [], locale: 'vi', storage });
}

function answerRequest(
  code: string,
  f: Record<string, string>,
  photos: Buffer[] = [],
  accept = 'application/json',
  origin: string | null = ORIGIN,
) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(f)) fd.append(k, v);
  for (const p of photos) fd.append('photos', new File([new Uint8Array(p)], 'x.jpg', { type: 'image/jpeg' }));
  const headers = new Headers({ host: 'localhost:3000', accept });
  if (origin) headers.set('origin', origin);
  return new Request(`${ORIGIN}/api/admin/feedback/${code}/answer`, { method: 'POST', headers, body: fd });
}

let author: Who;
let official: Who;
beforeAll(async () => {
  await seed(db as never);
  author = await person('CITIZEN');
  // Traffic reports are routed to the Department of Construction.
  official = await person('OFFICIAL', 'SO-XD');
});
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await testData.cleanup();
  await db.$disconnect();
});

describe('an official answers a report', () => {
  it('refuses an official of another agency, and stores nothing', async () => {
    const report = await newReport(author);
    const other = await person('OFFICIAL', 'SO-YT');
    const before = allFiles();
    const res = await handleReportAnswer(
      answerRequest(
        report.code,
        { body: 'Trả lời nhầm cơ quan.', idempotencyKey: randomBytes(12).toString('hex'), locale: 'vi' },
        [await jpeg()],
      ),
      other,
      report.code,
      { storage },
    );
    expect(res.status).toBe(403);
    expect((await errorOf(res)).message).toMatch(/cơ quan khác/);
    expect(await db.reportEvent.count({ where: { reportId: report.id, kind: 'ANSWERED' } })).toBe(0);
    expect(allFiles()).toEqual(before);
  });

  it('records the answer with its photo, resolves, audits and notifies the author, in one go; a retry adds nothing', async () => {
    const report = await newReport(author);
    const key = randomBytes(12).toString('hex');
    const body = { body: 'Đã sửa đèn tín hiệu lúc 14 giờ.', resolve: 'on', idempotencyKey: key, locale: 'vi' };
    const photo = await jpeg(400, 300);
    const res = await handleReportAnswer(answerRequest(report.code, body, [photo]), official, report.code, { storage });
    expect(res.status).toBe(201);
    const { eventId } = (await res.json()) as { eventId: string };

    const after = await db.report.findUniqueOrThrow({
      where: { id: report.id },
      include: { events: { orderBy: { createdAt: 'asc' } } },
    });
    expect(after.status).toBe('RESOLVED');
    expect(after.answeredAt).toBeInstanceOf(Date);
    expect(after.closedAt).toBeInstanceOf(Date);
    expect(after.events.map((e) => e.kind).sort()).toEqual(['ANSWERED', 'CREATED', 'STATUS_CHANGED']);
    const photos = await db.reportPhoto.findMany({ where: { eventId } });
    expect(photos).toHaveLength(1);
    expect(photos[0]!.storageKey).toMatch(/^answers\/\d{4}\/\d{2}\/c[a-z0-9]+$/);
    expect(photos[0]!.promotedAt).toBeInstanceOf(Date);
    expect(
      await db.auditLog.count({ where: { entityId: report.id, action: 'report.answer', actorId: official.id } }),
    ).toBe(1);
    expect(await db.notification.count({ where: { reportId: report.id, userId: author.id, kind: 'answered' } })).toBe(
      1,
    );

    const again = await handleReportAnswer(answerRequest(report.code, body, [photo]), official, report.code, {
      storage,
    });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { eventId: string }).eventId).toBe(eventId);
    expect(await db.reportEvent.count({ where: { reportId: report.id, kind: 'ANSWERED' } })).toBe(1);
    expect(await db.reportPhoto.count({ where: { reportId: report.id } })).toBe(1);
  });

  it('a plain form goes back to the admin page with ?answered=1, or with ?error=<key>', async () => {
    const report = await newReport(author);
    const ok = await handleReportAnswer(
      answerRequest(report.code, { body: 'Đã tiếp nhận.', locale: 'en' }, [], 'text/html'),
      official,
      report.code,
      { storage },
    );
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`${ORIGIN}/en/admin/feedback/${report.code}?answered=1`);
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe('RECEIVED');

    const before = allFiles();
    const bad = await handleReportAnswer(
      answerRequest(report.code, { body: 'Có ảnh', locale: 'vi' }, [hostile.html()], 'text/html'),
      official,
      report.code,
      { storage },
    );
    expect(bad.status).toBe(303);
    expect(bad.headers.get('location')).toBe(`${ORIGIN}/vi/quan-tri/phan-anh/${report.code}?error=photoNotImage`);
    expect(await db.reportEvent.count({ where: { reportId: report.id, kind: 'ANSWERED' } })).toBe(1);
    expect(allFiles()).toEqual(before);
  });

  it('refuses residents (403), a foreign Origin (403), an empty answer (400) and an unknown report (404), storing nothing', async () => {
    const report = await newReport(author);
    const before = allFiles();
    const citizen = await handleReportAnswer(
      answerRequest(report.code, { body: 'Tôi tự trả lời' }, [await jpeg(200, 150)]),
      author,
      report.code,
      { storage },
    );
    expect(citizen.status).toBe(403);
    expect((await errorOf(citizen)).message).toBe('Chỉ cán bộ mới được trả lời phản ánh.');
    const foreign = await handleReportAnswer(
      answerRequest(report.code, { body: 'x' }, [], 'application/json', 'https://evil.example'),
      official,
      report.code,
      { storage },
    );
    expect(foreign.status).toBe(403);
    const empty = await handleReportAnswer(answerRequest(report.code, { body: '   ' }), official, report.code, {
      storage,
    });
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).fields?.body).toBe('Nhập nội dung trả lời.');
    const missing = await handleReportAnswer(
      answerRequest('PA-2026-999999', { body: 'x' }),
      official,
      'PA-2026-999999',
      { storage },
    );
    expect(missing.status).toBe(404);
    expect(await db.reportEvent.count({ where: { reportId: report.id, kind: 'ANSWERED' } })).toBe(0);
    expect(allFiles()).toEqual(before);
  });
});

describe('the answer’s error answers', () => {
  it('a body that is not multipart is a 400 in the portal’s one shape, { error: { code, message } }', async () => {
    const report = await newReport(author);
    const request = new Request(`${ORIGIN}/api/admin/feedback/${report.code}/answer`, {
      method: 'POST',
      headers: {
        origin: ORIGIN,
        host: 'localhost:3000',
        accept: 'application/json',
        'content-type': 'text/plain',
        referer: `${ORIGIN}/en/admin/feedback/${report.code}`,
      },
      body: 'Đã sửa xong.',
    });
    const res = await handleReportAnswer(request, official, report.code, { storage });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'notMultipart',
        message: 'The form data could not be read. Please reload the page and send it again.',
      },
    });
    expect(await db.reportEvent.count({ where: { reportId: report.id, kind: 'ANSWERED' } })).toBe(0);
  });

  it('the same key with a different answer is the same refusal as for a report: 422 idempotencyConflict, nothing added', async () => {
    const report = await newReport(author);
    const key = randomBytes(12).toString('hex');
    const first = await handleReportAnswer(
      answerRequest(report.code, { body: 'Đã tiếp nhận.', idempotencyKey: key, locale: 'vi' }),
      official,
      report.code,
      { storage },
    );
    expect(first.status).toBe(201);
    const changed = await handleReportAnswer(
      answerRequest(report.code, { body: 'Một câu trả lời khác.', idempotencyKey: key, locale: 'vi' }),
      official,
      report.code,
      { storage },
    );
    expect(changed.status).toBe(422);
    const error = await errorOf(changed);
    expect(error.code).toBe('idempotencyConflict');
    expect(error.message).toMatch(/đã được dùng cho một phản ánh có nội dung khác/);
    expect(await db.reportEvent.count({ where: { reportId: report.id, kind: 'ANSWERED' } })).toBe(1);
  });
});
