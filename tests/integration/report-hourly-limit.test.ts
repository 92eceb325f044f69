import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { handleReportUpload, REPORT_ATTEMPTS_PER_HOUR } from '@/server/reports/upload';
import { LocalStorage } from '@/server/storage/local';
import { setStorage } from '@/server/storage';
import { hostile, jpeg } from '../support/images';
import { createTestData } from '../support/data';

// The limit of 10 reports an hour counts reports filed, nothing else: refused photos, cut
// connections and replays of a filed report never use it up. A looser count of every attempt
// stops floods before a body is read.

const ORIGIN = 'http://localhost:3000';
const root = mkdtempSync(path.join(os.tmpdir(), 'cds-limit-'));
const storage = new LocalStorage(root);

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

const testData = createTestData(db);
const newUser = () => testData.user();

function fields(key = randomBytes(12).toString('hex')): Record<string, string> {
  return {
    category: 'giao-thong',
    title: 'Nắp cống bị mất',
    description: 'Nắp cống trước trường học bị mất, rất nguy hiểm cho học sinh.',
    ward: 'mau-phuong-sai-gon',
    address: '3 Pasteur',
    isPublic: 'on',
    photoConsent: 'on',
    idempotencyKey: key,
    locale: 'vi',
  };
}

function form(f: Record<string, string>, photo?: Buffer): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(f)) fd.append(k, v);
  if (photo) fd.append('photos', new File([new Uint8Array(photo)], 'anh.jpg', { type: 'image/jpeg' }));
  return fd;
}

async function post(user: { id: string }, body: BodyInit, headers: Record<string, string> = {}) {
  const request = new Request(`${ORIGIN}/api/feedback`, {
    method: 'POST',
    headers: { origin: ORIGIN, accept: 'application/json', host: 'localhost:3000', ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  const res = await handleReportUpload(request, user, { storage });
  return {
    res,
    json: (await res.json()) as {
      code?: string;
      error?: { code: string; message: string; fields?: Record<string, string> };
    },
  };
}

/** A multipart body whose connection is cut halfway through the photo. */
function cutConnection(): { body: ReadableStream<Uint8Array>; headers: Record<string, string> } {
  const boundary = `----cut${randomBytes(6).toString('hex')}`;
  const head = Object.entries(fields())
    .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    .join('');
  const part = `${head}--${boundary}\r\nContent-Disposition: form-data; name="photos"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff`;
  let sent = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent) return controller.error(new Error('socket hang up'));
      sent = true;
      controller.enqueue(new TextEncoder().encode(part));
    },
  });
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('POST /api/feedback: the hourly limit counts reports filed', () => {
  it('refused photos and cut connections do not count: ten reports are still accepted, the eleventh is refused', async () => {
    const user = await newUser();
    for (let i = 0; i < 4; i++) {
      const refused = await post(user, form(fields(), hostile.html()));
      expect(refused.res.status).toBe(422);
    }
    for (let i = 0; i < 3; i++) {
      const cut = cutConnection();
      const { res } = await post(user, cut.body, cut.headers);
      expect(res.status).toBe(400);
    }
    for (let i = 0; i < 10; i++) {
      const { res, json } = await post(user, form(fields()));
      expect(res.status, json.error?.message).toBe(201);
    }
    const eleventh = await post(user, form(fields()));
    expect(eleventh.res.status).toBe(429);
    expect(eleventh.json.error?.message).toMatch(/^Bạn đã gửi 10 phản ánh trong một giờ qua/);
    expect(await db.report.count({ where: { authorId: user.id } })).toBe(10);
  });

  it('a replay of a filed report is neither counted nor refused, even at the limit', async () => {
    const user = await newUser();
    const keys = Array.from({ length: 10 }, () => randomBytes(12).toString('hex'));
    const photo = await jpeg(300, 200);
    const codes: string[] = [];
    for (const key of keys) {
      const { res, json } = await post(user, form(fields(key), photo));
      expect(res.status).toBe(201);
      codes.push(json.code!);
    }
    for (const [i, key] of keys.entries()) {
      const { res, json } = await post(user, form(fields(key), photo));
      expect(res.status).toBe(200);
      expect(json.code).toBe(codes[i]);
    }
    expect(await db.report.count({ where: { authorId: user.id } })).toBe(10);
    expect((await post(user, form(fields(), photo))).res.status).toBe(429);
  });

  it('a flood of attempts is stopped before the body is read, but a replay naming its key still gets its report', async () => {
    const user = await newUser();
    const key = randomBytes(12).toString('hex');
    const filed = await post(user, form(fields(key)));
    expect(filed.res.status).toBe(201);
    for (let i = 1; i < REPORT_ATTEMPTS_PER_HOUR; i++) {
      const { res } = await post(user, 'not multipart', { 'content-type': 'text/plain' });
      expect(res.status).toBe(400);
    }
    const flooded = await post(user, form(fields()));
    expect(flooded.res.status).toBe(429);
    expect(flooded.json.error?.code).toBe('tooManyAttempts');
    expect(Number(flooded.res.headers.get('retry-after'))).toBeGreaterThan(0);
    const replay = await post(user, form(fields(key)), { 'idempotency-key': key });
    expect(replay.res.status).toBe(200);
    expect(replay.json.code).toBe(filed.json.code);
  });
});
