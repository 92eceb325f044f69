// Reports whose sending failed for want of a connection (offline, or a connection cut while
// sending), kept on the device (IndexedDB, photos included as Blobs) until the connection is back,
// then sent with their idempotency key: the server files a key once and answers a replay with the
// same report, so a report sent twice (two tabs, a retry, the page and the service worker) is
// filed once. Where the browser has Background Sync, the service worker (public/sw.js, `sync`
// event, same database and record shape) sends them even with no page of the portal open, and
// writes the outcome into the record for the next page to show. Every storage failure is silent:
// the form's own draft (use-device-draft.ts) still holds the text.

const DB_NAME = 'cds-outbox';
const STORE = 'reports';

export type KeptReport = {
  /** The report's idempotency key. */
  key: string;
  action: string;
  title: string;
  /** The form's draft on the device, forgotten once the report is filed. */
  storageKey: string;
  fields: [string, string | File][];
  keptAt: number;
  /** Written by the service worker once it sent the report (its fields are then emptied). */
  outcome?: Exclude<SendOutcome, { kind: 'waiting' }>;
};

export type SendOutcome =
  { kind: 'sent'; code: string; url: string } | { kind: 'waiting' } | { kind: 'refused'; message: string | null };

/** The Background Sync tag the service worker answers (public/sw.js). */
export const SYNC_TAG = 'cds-outbox';

function open(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve(null);
    try {
      const req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = req.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  work: (s: IDBObjectStore) => IDBRequest | void,
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

export const OUTBOX_CHANGED = 'cds-outbox-changed';

/** Keeps a report to send later; true when it is stored. */
export async function keepReport(form: FormData, action: string, storageKey: string): Promise<boolean> {
  const key = form.get('idempotencyKey');
  if (typeof key !== 'string' || !key) return false;
  const title = form.get('title');
  const entry: KeptReport = {
    key,
    action,
    title: typeof title === 'string' ? title : '',
    storageKey,
    fields: [...form.entries()],
    keptAt: Date.now(),
  };
  const done = await run('readwrite', (s) => s.put(entry));
  if (done === undefined) return false;
  window.dispatchEvent(new Event(OUTBOX_CHANGED));
  await requestSync();
  return true;
}

type SyncRegistration = ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } };

/** Asks the service worker, where the browser has Background Sync, to send when it is online. */
async function requestSync(): Promise<void> {
  try {
    if (!('serviceWorker' in navigator)) return;
    // getRegistration, not `ready`: `ready` never settles where no worker was registered.
    const registration = (await navigator.serviceWorker.getRegistration()) as SyncRegistration | undefined;
    await registration?.sync?.register(SYNC_TAG);
  } catch {
    // No Background Sync (Firefox, Safari) or refused: the next visit sends.
  }
}

export async function keptReports(): Promise<KeptReport[]> {
  return (await run<KeptReport[]>('readonly', (s) => s.getAll())) ?? [];
}

export async function dropReport(key: string): Promise<void> {
  await run('readwrite', (s) => s.delete(key));
}

/** Sends one kept report as the form would; a lost connection or a server failure keeps it waiting. */
export async function sendKept(entry: KeptReport): Promise<SendOutcome> {
  const body = new FormData();
  for (const [name, value] of entry.fields) body.append(name, value);
  let response: Response;
  try {
    response = await fetch(entry.action, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Idempotency-Key': entry.key },
    });
  } catch {
    return { kind: 'waiting' };
  }
  const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if ((response.status === 201 || response.status === 200) && typeof json?.code === 'string')
    return { kind: 'sent', code: json.code, url: typeof json.url === 'string' ? json.url : '' };
  // Signed out meanwhile, a limit, the server away: it waits for the next try.
  if (response.status === 401 || response.status === 429 || response.status >= 500) return { kind: 'waiting' };
  const error = json?.error as { message?: unknown } | undefined;
  return { kind: 'refused', message: typeof error?.message === 'string' ? error.message : null };
}
