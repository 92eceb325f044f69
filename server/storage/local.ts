import 'server-only';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { assertKey, MissingObjectError, type PhotoStorage, type StoredObject } from './types';

const TEMP_DIR = '.tmp';

/** Local disk: <root>/<key> visible, <root>/.tmp/<key with / as __> while uncommitted. */
export class LocalStorage implements PhotoStorage {
  readonly kind = 'local' as const;
  constructor(private readonly root: string) {}

  private visible(key: string) {
    assertKey(key);
    return path.join(this.root, key);
  }
  private temp(key: string) {
    assertKey(key);
    return path.join(this.root, TEMP_DIR, key.replaceAll('/', '__'));
  }

  async putTemp(key: string, data: Uint8Array): Promise<void> {
    const file = this.temp(key);
    await fsp.mkdir(path.dirname(file), { recursive: true });
    await fsp.writeFile(file, data, { flag: 'w' });
  }

  async promote(key: string): Promise<void> {
    const from = this.temp(key);
    const to = this.visible(key);
    await fsp.mkdir(path.dirname(to), { recursive: true });
    try {
      await fsp.rename(from, to);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      if (fs.existsSync(to)) return; // promoted before
      if (!fs.existsSync(from)) throw new MissingObjectError(key);
      throw e;
    }
  }

  async discardTemp(key: string): Promise<void> {
    await fsp.rm(this.temp(key), { force: true });
  }

  async get(key: string): Promise<StoredObject | null> {
    const file = this.visible(key);
    let size: number;
    try {
      const stat = await fsp.stat(file);
      if (!stat.isFile()) return null;
      size = stat.size;
    } catch {
      return null;
    }
    const body = Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>;
    return { body, size, contentType: 'image/webp' };
  }

  async delete(key: string): Promise<void> {
    await fsp.rm(this.visible(key), { force: true });
  }

  async listTemp(olderThan: Date): Promise<string[]> {
    const dir = path.join(this.root, TEMP_DIR);
    let names: string[];
    try {
      names = await fsp.readdir(dir);
    } catch {
      return [];
    }
    const keys: string[] = [];
    for (const name of names) {
      const stat = await fsp.stat(path.join(dir, name)).catch(() => null);
      if (stat && stat.mtime < olderThan) keys.push(name.replaceAll('__', '/'));
    }
    return keys;
  }
}
