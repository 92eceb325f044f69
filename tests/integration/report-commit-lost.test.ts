import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db';
import { env } from '@/server/env';
import { seed } from '@/prisma/seed';
import { handleReportUpload } from '@/server/reports/upload';
import { servePhoto } from '@/server/reports/photo-access';
import { handleReportAnswer } from '@/server/reports/answer';
import { sweepUploads } from '@/server/reports/sweep';
import { LocalStorage } from '@/server/storage/local';
import { setStorage } from '@/server/storage';
import { jpeg } from '../support/images';
import { createTestData } from '../support/data';

// A report's transaction commits, but the connection drops before the driver reads the answer to
// COMMIT (PostgreSQL killed or the network cut at that moment). Made deterministic here: the
// driver's socket stops reading just before COMMIT is sent, a second connection waits until the
// server has finished the commit (its backend is idle again), and only then the socket is
// destroyed. The driver then sees "Connection terminated unexpectedly" for a committed transaction.

const ORIGIN = 'http://localhost:3000';
const root = mkdtempSync(path.join(os.tmpdir(), 'cds-commit-'));
const storage = new LocalStorage(root);
const tmpFiles = () => (existsSync(path.join(root, '.tmp')) ? readdirSync(path.join(root, '.tmp')) : []);

type PgClientInternals = pg.Client & { connection: { stream: Socket }; processID: number };
type Loose = (this: unknown, ...args: unknown[]) => unknown;
const originalQuery = pg.Client.prototype.query;
const originalConnect = pg.Client.prototype.connect;
const query = originalQuery as unknown as Loose;
const connect = originalConnect as unknown as Loose;
let dropNextCommitAck = false;
/** While set, new connections are refused, as while PostgreSQL is down. */
let refuseConnections = false;
let refuseAfterDrop = false;

async function waitUntilCommitted(pid: number): Promise<void> {
  const admin = new pg.Client({ connectionString: env().DATABASE_URL });
  await connect.call(admin);
  try {
    for (let i = 0; i < 500; i++) {
      const { rows } = (await query.call(admin, 'SELECT state FROM pg_stat_activity WHERE pid = $1', [
        pid,
      ])) as pg.QueryResult<{ state: string }>;
      if (rows[0]?.state === 'idle') return;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('The transaction did not commit');
  } finally {
    await admin.end();
  }
}

beforeAll(async () => {
  await seed(db as never);
  setStorage(storage);
  pg.Client.prototype.query = function (this: PgClientInternals, ...args: unknown[]) {
    const config = args[0] as string | { text?: string };
    const text = typeof config === 'string' ? config : config?.text;
    if (dropNextCommitAck && text === 'COMMIT') {
      dropNextCommitAck = false;
      const socket = this.connection.stream;
      // The answer to COMMIT stays unread in the socket's buffer…
      socket.pause();
      const pending = query.apply(this, args);
      // …until the server has committed; then the connection is gone before the driver reads it.
      void waitUntilCommitted(this.processID).then(() => {
        if (refuseAfterDrop) refuseConnections = true;
        socket.destroy();
      });
      return pending;
    }
    return query.apply(this, args);
  } as unknown as typeof pg.Client.prototype.query;
  pg.Client.prototype.connect = function (this: pg.Client, callback?: (err: Error | null) => void) {
    if (refuseConnections) {
      const err = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
      if (callback) {
        process.nextTick(() => callback(err));
        return undefined;
      }
      return Promise.reject(err);
    }
    return connect.call(this, callback);
  } as unknown as typeof pg.Client.prototype.connect;
});
afterEach(() => {
  dropNextCommitAck = false;
  refuseConnections = false;
  refuseAfterDrop = false;
});
afterAll(async () => {
  pg.Client.prototype.query = originalQuery;
  pg.Client.prototype.connect = originalConnect;
  setStorage(undefined);
  rmSync(root, { recursive: true, force: true });
  await testData.cleanup();
  await db.$disconnect();
});

const testData = createTestData(db);
const newUser = () => testData.user();

function form(key: string, photo: Buffer): FormData {
  const fd = new FormData();
  const fields: Record<string, string> = {
    category: 'giao-thong',
    title: 'Cột đèn nghiêng sắp đổ',
    description: 'Cột đèn trước chợ nghiêng hẳn ra lòng đường sau cơn mưa lớn.',
    ward: 'mau-phuong-sai-gon',
    address: '12 Nguyễn Huệ',
    isPublic: 'on',
    photoConsent: 'on',
    idempotencyKey: key,
    locale: 'vi',
  };
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  fd.append('photos', new File([new Uint8Array(photo)], 'anh.jpg', { type: 'image/jpeg' }));
  fd.append('photoAlt', 'Cột đèn nghiêng');
  return fd;
}

async function post(user: { id: string }, body: FormData) {
  const request = new Request(`${ORIGIN}/api/feedback`, {
    method: 'POST',
    headers: { origin: ORIGIN, accept: 'application/json', host: 'localhost:3000' },
    body,
  });
  const res = await handleReportUpload(request, user, { storage });
  return {
    res,
    json: (await res.json()) as {
      code?: string;
      error?: { code: string; message: string; fields?: Record<string, string> };
    },
  };
}

describe('POST /api/feedback when the answer to COMMIT is lost', () => {
  it('the report committed: the resident gets its code and the photo is served (not a 500 that lost the photo)', async () => {
    const user = await newUser();
    const key = randomBytes(12).toString('hex');
    const photo = await jpeg(400, 300);
    dropNextCommitAck = true;
    const first = await post(user, form(key, photo));
    expect(dropNextCommitAck).toBe(false); // the COMMIT really went through the hook
    expect(first.json.error?.message ?? '').not.toMatch(/chưa được lưu/);
    expect(first.res.status).toBe(201);
    const report = await db.report.findFirstOrThrow({ where: { authorId: user.id }, include: { photos: true } });
    expect(first.json.code).toBe(report.code);
    expect(report.photos).toHaveLength(1);
    const served = await servePhoto(user as never, report.photos[0]!.id, 'display', storage);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(tmpFiles()).toEqual([]);

    // The client retries anyway: the same report, once.
    const again = await post(user, form(key, photo));
    expect(again.res.status).toBe(200);
    expect(again.json.code).toBe(report.code);
    expect(await db.report.count({ where: { authorId: user.id } })).toBe(1);
  });

  it('the database cannot be asked afterwards: 503 "not known yet" with Retry-After; the retry gets the report and its photo', async () => {
    const user = await newUser();
    const key = randomBytes(12).toString('hex');
    const photo = await jpeg(420, 300, { seed: 4 });
    dropNextCommitAck = true;
    refuseAfterDrop = true;
    const first = await post(user, form(key, photo));
    refuseConnections = false;
    expect(first.res.status).toBe(503);
    expect(Number(first.res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(first.json.error?.code).toBe('outcomeUnknown');
    expect(first.json.error?.message).toMatch(/chưa xác nhận được phản ánh đã được lưu hay chưa/);
    expect(first.json.error?.message).not.toMatch(/chưa được lưu/);
    // The row is there; its files wait in temporary storage, not thrown away.
    const report = await db.report.findFirstOrThrow({ where: { authorId: user.id }, include: { photos: true } });
    expect(report.photos[0]!.promotedAt).toBeNull();
    expect(tmpFiles()).toHaveLength(2);

    const retry = await post(user, form(key, photo));
    expect(retry.res.status).toBe(200);
    expect(retry.json.code).toBe(report.code);
    expect((await servePhoto(user as never, report.photos[0]!.id, 'thumb', storage)).status).toBe(200);
    expect((await servePhoto(null, report.photos[0]!.id, 'display', storage)).status).toBe(200);
    expect(tmpFiles()).toEqual([]);
    expect(await db.report.count({ where: { authorId: user.id } })).toBe(1);
  });
});

describe('POST /api/admin/feedback/{code}/answer when the answer to COMMIT is lost', () => {
  async function official() {
    const agency = await db.agency.findUniqueOrThrow({ where: { code: 'SO-XD' } });
    return await db.user.create({
      data: {
        name: 'Cán bộ thử',
        email: `commit.ans.${Date.now()}.${randomBytes(3).toString('hex')}@example.com`,
        role: 'OFFICIAL',
        agencyId: agency.id,
      },
      select: { id: true, role: true, agencyId: true },
    });
  }

  async function newReport() {
    const author = await newUser();
    const first = await post(author, form(randomBytes(12).toString('hex'), await jpeg(300, 200, { seed: 9 })));
    expect(first.res.status).toBe(201);
    return db.report.findUniqueOrThrow({ where: { code: first.json.code! } });
  }

  async function answer(who: { id: string; agencyId: string | null }, code: string, key: string, photo: Buffer) {
    const fd = new FormData();
    for (const [k, v] of Object.entries({
      body: 'Đã dựng lại cột đèn, khu vực đã an toàn.',
      idempotencyKey: key,
      locale: 'vi',
    }))
      fd.append(k, v);
    fd.append('photos', new File([new Uint8Array(photo)], 'da-xu-ly.jpg', { type: 'image/jpeg' }));
    fd.append('photoAlt', 'Cột đèn đã được dựng lại');
    const request = new Request(`${ORIGIN}/api/admin/feedback/${code}/answer`, {
      method: 'POST',
      headers: { origin: ORIGIN, accept: 'application/json', host: 'localhost:3000' },
      body: fd,
    });
    const res = await handleReportAnswer(request, who as never, code, { storage });
    return { res, json: (await res.json()) as { eventId?: string; error?: { code: string; message: string } } };
  }

  it('the answer committed: the official gets it, and its photo is served (not discarded)', async () => {
    const report = await newReport();
    const who = await official();
    dropNextCommitAck = true;
    const first = await answer(who, report.code, randomBytes(12).toString('hex'), await jpeg(400, 300, { seed: 11 }));
    expect(dropNextCommitAck).toBe(false);
    expect(first.res.status).toBe(201);
    const photos = await db.reportPhoto.findMany({ where: { eventId: first.json.eventId } });
    expect(photos).toHaveLength(1);
    expect(photos[0]!.promotedAt).not.toBeNull();
    expect((await servePhoto(null, photos[0]!.id, 'display', storage)).status).toBe(200);
    expect(tmpFiles()).toEqual([]);
  });

  it('the database cannot be asked afterwards: 503 with Retry-After, the photo waits in temporary storage and the sweep publishes it', async () => {
    const report = await newReport();
    const who = await official();
    dropNextCommitAck = true;
    refuseAfterDrop = true;
    const first = await answer(who, report.code, randomBytes(12).toString('hex'), await jpeg(420, 300, { seed: 12 }));
    refuseConnections = false;
    expect(first.res.status).toBe(503);
    expect(Number(first.res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(first.json.error?.message).toMatch(/tạm thời gián đoạn/);
    const event = await db.reportEvent.findFirstOrThrow({
      where: { reportId: report.id, kind: 'ANSWERED' },
      include: { photos: true },
    });
    expect(event.photos).toHaveLength(1);
    expect(tmpFiles()).toHaveLength(2);
    // The sweep, after its grace period, makes the committed photo visible instead of deleting it.
    await sweepUploads({ storage, now: new Date(Date.now() + 24 * 60 * 60 * 1000) });
    expect((await servePhoto(null, event.photos[0]!.id, 'display', storage)).status).toBe(200);
    expect(tmpFiles()).toEqual([]);
  });
});
