// Paths and local settings shared by the start, database and test scripts.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data');

/** Next.js's command-line program, as the `bin` of its package.json names it (the public entry point). */
export function nextCli(): string {
  const manifest = createRequire(import.meta.url).resolve('next/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin?: string | Record<string, string> };
  const entry = typeof bin === 'string' ? bin : bin?.next;
  if (!entry) throw new Error(`${manifest} names no "next" program in its "bin".`);
  return path.resolve(path.dirname(manifest), entry);
}

export function ensureDataDir(): string {
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755);
  return dataDir;
}

/** The development secret: generated into the data folder on first start, never committed. */
export function localSecret(): string {
  ensureDataDir();
  const file = path.join(dataDir, 'auth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

export const EMBEDDED_DB_NAME = 'cong_dan_so';
export const EMBEDDED_PREFERRED_PORT = 54329;
