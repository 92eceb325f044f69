import { mkdtempSync, rmSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error s3rver ships no types
import S3rver from 's3rver';
import { LocalStorage } from '@/server/storage/local';
import { S3Storage } from '@/server/storage/s3';
import type { PhotoStorage } from '@/server/storage/types';

// One contract, two drivers: local disk and a real S3-compatible server over HTTP (s3rver).

async function text(storage: PhotoStorage, key: string): Promise<string | null> {
  const obj = await storage.get(key);
  if (!obj) return null;
  return new Response(obj.body).text();
}

const bytes = (s: string) => new TextEncoder().encode(s);
const unique = () => `reports/2026/11/c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

function behavesAsPhotoStorage(name: string, make: () => PhotoStorage) {
  describe(`${name} photo storage`, () => {
    it('keeps a temporary object invisible until it is promoted', async () => {
      const s = make();
      const key = `${unique()}.webp`;
      await s.putTemp(key, bytes('display'), 'image/webp');
      expect(await s.get(key)).toBeNull();
      await s.promote(key);
      const obj = await s.get(key);
      expect(obj?.size).toBe(7);
      expect(await text(s, key)).toBe('display');
      // Promoting again (a retry, or the sweep after a crash) is harmless.
      await s.promote(key);
      expect(await text(s, key)).toBe('display');
      // Promotion moved it: the temporary object is gone.
      expect(await s.listTemp(new Date(Date.now() + 60_000))).not.toContain(key);
    });

    it('discards a temporary object, lists only old temporary objects, deletes visible ones', async () => {
      const s = make();
      const a = `${unique()}.webp`;
      const b = `${unique()}-thumb.webp`;
      await s.putTemp(a, bytes('a'), 'image/webp');
      await s.putTemp(b, bytes('b'), 'image/webp');
      const later = new Date(Date.now() + 60_000);
      const listed = await s.listTemp(later);
      expect(listed).toEqual(expect.arrayContaining([a, b]));
      expect(await s.listTemp(new Date(Date.now() - 60_000))).not.toContain(a);
      await s.discardTemp(a);
      await s.discardTemp(a);
      expect(await s.listTemp(later)).not.toContain(a);
      await expect(s.promote(a)).rejects.toThrow();
      await s.promote(b);
      expect(await text(s, b)).toBe('b');
      await s.delete(b);
      expect(await s.get(b)).toBeNull();
      await s.delete(b);
    });

    it('refuses keys that could leave its folder or bucket prefix', async () => {
      const s = make();
      for (const key of ['../etc/passwd', 'reports/../../x', '/abs', 'a\0b', 'Reports/X.webp', 'tmp/../x']) {
        await expect(s.putTemp(key, bytes('x'), 'image/webp')).rejects.toThrow(/Invalid storage key/);
      }
    });
  });
}

const localRoot = mkdtempSync(path.join(os.tmpdir(), 'cds-storage-'));
behavesAsPhotoStorage('local', () => new LocalStorage(localRoot));

let s3server: { close: () => Promise<void> } | undefined;
let s3endpoint = '';
const s3dir = mkdtempSync(path.join(os.tmpdir(), 'cds-s3rver-'));
beforeAll(async () => {
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: s3dir,
    configureBuckets: [{ name: 'photos' }],
  });
  const address = (await server.run()) as { port: number };
  s3endpoint = `http://127.0.0.1:${address.port}`;
  s3server = server as never;
});
afterAll(async () => {
  await s3server?.close();
  rmSync(s3dir, { recursive: true, force: true });
  rmSync(localRoot, { recursive: true, force: true });
});

behavesAsPhotoStorage(
  's3',
  () =>
    new S3Storage({
      endpoint: s3endpoint,
      bucket: 'photos',
      region: 'us-east-1',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
    }),
);

describe('s3 photo storage', () => {
  // s3rver checks the access key but not the SigV4 signature itself (AWS, MinIO and Ceph do).
  it('sends signed requests: an unknown access key is refused with the server’s error', async () => {
    const s = new S3Storage({
      endpoint: s3endpoint,
      bucket: 'photos',
      region: 'us-east-1',
      accessKeyId: 'NOT-A-KEY',
      secretAccessKey: 'x',
    });
    await expect(s.putTemp(`${unique()}.webp`, bytes('x'), 'image/webp')).rejects.toThrow(
      /403[\s\S]*InvalidAccessKeyId/,
    );
  });

  it('stores temporary objects under tmp/ in the bucket', async () => {
    const s = new S3Storage({
      endpoint: s3endpoint,
      bucket: 'photos',
      region: 'us-east-1',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
    });
    const key = `${unique()}.webp`;
    await s.putTemp(key, bytes('x'), 'image/webp');
    expect(readdirSync(path.join(s3dir, 'photos'))).toContain('tmp');
    await s.discardTemp(key);
  });
});
