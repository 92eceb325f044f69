// The chosen photos of an unsent report, kept in IndexedDB so a reload or a crash of the
// browser does not lose them. Every failure (private mode, storage full, an old browser) is
// silent: the text draft in localStorage still works.

const DB_NAME = 'cds-report-drafts';
const STORE = 'photos';

export type StoredPhoto = { name: string; type: string; blob: Blob; alt: string };

function open(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve(null);
    try {
      const req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(null);
      req.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest | void,
): Promise<T | undefined> {
  const db = await open();
  if (!db) return undefined;
  return new Promise((resolve) => {
    try {
      const tx = db.transaction(STORE, mode);
      const req = work(tx.objectStore(STORE));
      tx.oncomplete = () => {
        db.close();
        resolve(req ? (req.result as T) : undefined);
      };
      tx.onerror = tx.onabort = () => {
        db.close();
        resolve(undefined);
      };
    } catch {
      db.close();
      resolve(undefined);
    }
  });
}

export async function savePhotos(key: string, photos: StoredPhoto[]): Promise<void> {
  await run('readwrite', (s) => (photos.length ? s.put(photos, key) : s.delete(key)));
}

export async function loadPhotos(key: string): Promise<StoredPhoto[]> {
  const value = await run<unknown>('readonly', (s) => s.get(key));
  if (!Array.isArray(value)) return [];
  return value.filter(
    (p): p is StoredPhoto =>
      !!p &&
      typeof p === 'object' &&
      p.blob instanceof Blob &&
      typeof p.name === 'string' &&
      typeof p.type === 'string' &&
      typeof p.alt === 'string',
  );
}

export async function clearPhotos(key: string): Promise<void> {
  await run('readwrite', (s) => s.delete(key));
}
