// Where report photos live: never under public/. A file is first written under a temporary name
// and becomes visible (promote) only after the database row that names it has committed; a sweep
// deletes temporary files a crash left behind.

export type StoredObject = { body: ReadableStream<Uint8Array>; size: number; contentType: string };

export interface PhotoStorage {
  readonly kind: 'local' | 's3';
  /** Writes bytes under a temporary name for `key` (not visible to get). */
  putTemp(key: string, data: Uint8Array, contentType: string): Promise<void>;
  /**
   * Makes the temporary object visible as `key`. Idempotent: already promoted is fine. Throws
   * MissingObjectError when neither the temporary nor the visible object exists.
   */
  promote(key: string): Promise<void>;
  /** Removes the temporary object for `key`, if any. */
  discardTemp(key: string): Promise<void>;
  /** The visible object, or null. */
  get(key: string): Promise<StoredObject | null>;
  /** Removes the visible object, if any. */
  delete(key: string): Promise<void>;
  /** Keys of temporary objects last written before `olderThan`. */
  listTemp(olderThan: Date): Promise<string[]>;
}

/** Keys are ours alone: lower-case letters, digits, '-' and '/' segments; never from a file name. */
export const STORAGE_KEY = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9.-]*)*$/;

export function assertKey(key: string): void {
  if (!STORAGE_KEY.test(key) || key.includes('..')) throw new Error(`Invalid storage key: ${key}`);
}

/** Neither the temporary nor the visible object exists: nothing can ever be promoted for this key. */
export class MissingObjectError extends Error {
  constructor(readonly key: string) {
    super(`Neither the temporary nor the visible object exists for ${key}`);
  }
}
