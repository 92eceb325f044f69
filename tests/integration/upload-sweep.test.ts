import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { createReport, displayKey, thumbKey } from '@/server/reports/create';
import { processPhoto } from '@/server/reports/photos';
import { sweepUploads } from '@/server/reports/sweep';
import { loadReport } from '@/server/reports/queries';
import { LocalStorage } from '@/server/storage/local';
import type { PhotoStorage } from '@/server/storage/types';
import { reportFields } from '@/lib/validation/reports/report';
import { jpeg } from '../support/images';
import { createTestData } from '../support/data';

const testData = createTestData(db);

// A crash between the steps of an upload, and the sweep that repairs it.

const root = mkdtempSync(path.join(os.tmpdir(), 'cds-sweep-'));
const local = new LocalStorage(root);
const allFiles = () =>
  (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
const tmpFiles = () => (existsSync(path.join(root, '.tmp')) ? readdirSync(path.join(root, '.tmp')) : []);

beforeAll(async () => {
  await seed(db as never);
});
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await testData.cleanup();
  await db.$disconnect();
});

function fields() {
  return reportFields.parse({
    category: 'moi-truong',
    title: 'Rác thải bị đổ trộm ven kênh',
    description: 'Mỗi đêm có người đổ rác xây dựng xuống kênh.',
    ward: 'mau-phuong-sai-gon',
    address: 'Kênh Nhiêu Lộc',
    photoConsent: 'on',
    isPublic: 'on',
    idempotencyKey: randomBytes(12).toString('hex'),
  });
}

describe('sweepUploads', () => {
  it('promotes photos whose rows committed when the process died before promoting them', async () => {
    const user = await testData.user();
    // The process "dies" right after the commit: promotion never happens.
    const crashing: PhotoStorage = Object.assign(Object.create(local) as PhotoStorage, {
      promote: async () => {
        throw new Error('process killed');
      },
    });
    const photo = { ...(await processPhoto(await jpeg(400, 300))), altText: '' };
    const report = await createReport({ user, fields: fields(), photos: [photo], locale: 'vi', storage: crashing });
    const row = await db.reportPhoto.findFirstOrThrow({ where: { reportId: report.id } });
    expect(row.promotedAt).toBeNull();
    expect(await local.get(displayKey(row.storageKey))).toBeNull();
    expect(tmpFiles()).toHaveLength(2);

    // Too young to be touched: an upload could still be promoting it.
    expect((await sweepUploads({ storage: local })).promoted).toBe(0);

    const result = await sweepUploads({ storage: local, now: new Date(Date.now() + 10 * 60 * 1000) });
    expect(result.promoted).toBeGreaterThanOrEqual(1);
    expect((await db.reportPhoto.findUniqueOrThrow({ where: { id: row.id } })).promotedAt).toBeInstanceOf(Date);
    expect(await local.get(displayKey(row.storageKey))).not.toBeNull();
    expect(await local.get(thumbKey(row.storageKey))).not.toBeNull();
    expect(tmpFiles()).toEqual([]);
  });

  it('deletes temporary files that no row names once they are an hour old, and only then', async () => {
    const orphan = `reports/2026/11/corphan${randomBytes(6).toString('hex')}.webp`;
    await local.putTemp(orphan, new Uint8Array([1, 2, 3]));
    await sweepUploads({ storage: local });
    expect(tmpFiles()).toHaveLength(1);
    const result = await sweepUploads({ storage: local, now: new Date(Date.now() + 61 * 60 * 1000) });
    expect(result.deleted).toBe(1);
    expect(tmpFiles()).toEqual([]);
    expect(await local.get(orphan)).toBeNull();
  });

  it('a failure inside the transaction leaves no row and no file', async () => {
    const user = await testData.user();
    const photo = { ...(await processPhoto(await jpeg(400, 300))), altText: '' };
    const bad = { ...fields(), ward: 'khong-ton-tai' };
    const before = allFiles();
    await expect(createReport({ user, fields: bad, photos: [photo], locale: 'vi', storage: local })).rejects.toThrow(
      'wardUnknown',
    );
    expect(await db.report.count({ where: { authorId: user.id } })).toBe(0);
    expect(tmpFiles()).toEqual([]);
    expect(allFiles()).toEqual(before);
  });
});

describe('sweepUploads: photos whose files are gone for good', () => {
  it('marks the row once instead of failing every run, and the report page lists it as unavailable', async () => {
    const user = await testData.user();
    const stalled: PhotoStorage = Object.assign(Object.create(local) as PhotoStorage, {
      promote: async () => {
        throw new Error('Connection terminated unexpectedly');
      },
    });
    const photo = { ...(await processPhoto(await jpeg(400, 300, { seed: 7 }))), altText: 'Bãi rác' };
    const report = await createReport({ user, fields: fields(), photos: [photo], locale: 'vi', storage: stalled });
    const row = await db.reportPhoto.findFirstOrThrow({ where: { reportId: report.id } });
    // As the handler used to do after a lost commit answer: the row committed, its files thrown away.
    await local.discardTemp(displayKey(row.storageKey));
    await local.discardTemp(thumbKey(row.storageKey));
    expect(tmpFiles()).toEqual([]);

    const later = new Date(Date.now() + 10 * 60 * 1000);
    const first = await sweepUploads({ storage: local, now: later });
    expect(first.missing).toBe(1);
    expect(first.failed).toBe(0);
    const marked = await db.reportPhoto.findUniqueOrThrow({ where: { id: row.id } });
    expect(marked.filesMissingAt).toBeInstanceOf(Date);
    expect(marked.promotedAt).toBeNull();
    // Next runs leave it alone: no endless failing rename.
    const second = await sweepUploads({ storage: local, now: later });
    expect(second).toMatchObject({ missing: 0, failed: 0 });

    const view = await loadReport(report.code, { id: user.id, role: 'CITIZEN' });
    expect(view?.photos.map((p) => [p.id, Boolean(p.filesMissingAt)])).toEqual([[row.id, true]]);
  });
});
