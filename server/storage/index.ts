import 'server-only';
import path from 'node:path';
import { env } from '@/server/env';
import { LocalStorage } from './local';
import { S3Storage } from './s3';
import type { PhotoStorage } from './types';

export type { PhotoStorage, StoredObject } from './types';

let storage: PhotoStorage | undefined;

/** The configured photo storage: S3 when S3_BUCKET and its keys are set, otherwise local disk (STORAGE_DIR). */
export function getStorage(): PhotoStorage {
  if (storage) return storage;
  const e = env();
  // The environment schema already requires all four S3 settings together.
  storage =
    e.S3_ENDPOINT && e.S3_BUCKET && e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
      ? new S3Storage({
          endpoint: e.S3_ENDPOINT,
          bucket: e.S3_BUCKET,
          region: e.S3_REGION,
          accessKeyId: e.S3_ACCESS_KEY_ID,
          secretAccessKey: e.S3_SECRET_ACCESS_KEY,
        })
      : new LocalStorage(path.resolve(e.STORAGE_DIR));
  return storage;
}

/** Tests and tools: use this storage instead of the configured one. */
export function setStorage(s: PhotoStorage | undefined): void {
  storage = s;
}
