import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { createReport, displayKey, thumbKey } from '@/server/feedback/create';
import { processPhoto } from '@/server/feedback/photos';
import { sweepUploads } from '@/server/feedback/sweep';
import { LocalStorage } from '@/server/storage/local';
import type { PhotoStorage } from '@/server/storage/types';
import { reportFields } from '@/lib/validation/feedback';
import { jpeg } from '../support/images';

// A crash between the steps of an upload, and the sweep that repairs it.

const root = mkdtempSync(path.join(os.tmpdir(), 'cds-sweep-'));
const local = new LocalStorage(root);
const allFiles = () => (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name)).sort();
const tmpFiles = () => (existsSync(path.join(root, '.tmp')) ? readdirSync(path.join(root, '.tmp')) : []);

beforeAll(async () => {
  await seed(db as never);
});
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await db.$disconnect();
});

function fields() {
  return reportFields.parse({
    category: 'moi-truong', title: 'Rác thải bị đổ trộm ven kênh', description: 'Mỗi đêm có người đổ rác xây dựng xuống kênh.',
    ward: 'mau-phuong-sai-gon', address: 'Kênh Nhiêu Lộc', photoConsent: 'on', isPublic: 'on', idempotencyKey: randomBytes(12).toString('hex'),
  });
}

describe('sweepUploads', () => {
  it('promotes photos whose rows committed when the process died before promoting them', async () => {
    const user = await db.user.create({ data: { name: 'Người thử', email: `sweep.${Date.now()}@example.com` }, select: { id: true } });
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
    const user = await db.user.create({ data: { name: 'Người thử', email: `sweep2.${Date.now()}@example.com` }, select: { id: true } });
    const photo = { ...(await processPhoto(await jpeg(400, 300))), altText: '' };
    const bad = { ...fields(), ward: 'khong-ton-tai' };
    const before = allFiles();
    await expect(createReport({ user, fields: bad, photos: [photo], locale: 'vi', storage: local })).rejects.toThrow('wardUnknown');
    expect(await db.report.count({ where: { authorId: user.id } })).toBe(0);
    expect(tmpFiles()).toEqual([]);
    expect(allFiles()).toEqual(before);
  });
});
