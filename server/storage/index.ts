import 'server-only';
import path from 'node:path';
import { env } from '@/server/env';
import { LocalStorage } from './local';
import type { PhotoStorage } from './types';

export type { PhotoStorage, StoredObject } from './types';

let storage: PhotoStorage | undefined;

/** The configured photo storage: local disk (STORAGE_DIR) by default. */
export function getStorage(): PhotoStorage {
  if (storage) return storage;
  const e = env();
  storage = new LocalStorage(path.resolve(e.STORAGE_DIR));
  return storage;
}

/** Tests and tools: use this storage instead of the configured one. */
export function setStorage(s: PhotoStorage | undefined): void {
  storage = s;
}
