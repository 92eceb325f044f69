// The service worker's Background Sync (public/sw.js, `sync` event) run in a sandbox with an
// in-memory IndexedDB holding the records the page keeps (components/app-shell/report-outbox.ts)
// and a scripted fetch: what it sends, what it writes back, when the browser must try again.
// The same worker is woken by Chromium in tests/e2e/app-shell.spec.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const source = readFileSync(path.join(import.meta.dirname, '../../public/sw.js'), 'utf8');
const ORIGIN = 'https://congdanso.example';

type Row = Record<string, unknown> & { key: string };

/** Just enough of IndexedDB for the worker: one database, one store, requests settled later. */
function memoryIndexedDB(rows: Map<string, Row>) {
  let created = false;
  const later = (fn: () => void) => setTimeout(fn, 0);
  function transaction() {
    let pending = 0;
    const tx: Record<string, unknown> & { oncomplete?: () => void } = {};
    const request = <T>(work: () => T) => {
      const req: { result?: T; onsuccess?: () => void } = {};
      pending += 1;
      later(() => {
        req.result = work();
        req.onsuccess?.();
        pending -= 1;
        if (pending === 0) later(() => pending === 0 && tx.oncomplete?.());
      });
      return req;
    };
    const store = {
      getAll: () => request(() => [...rows.values()].map((r) => ({ ...r }))),
      get: (key: string) => request(() => (rows.has(key) ? { ...rows.get(key)! } : undefined)),
      put: (value: Row) => request(() => void rows.set(value.key, { ...value })),
      delete: (key: string) => request(() => void rows.delete(key)),
    };
    tx.objectStore = () => store;
    return tx;
  }
  return {
    open: () => {
      const req: Record<string, unknown> & { onupgradeneeded?: () => void; onsuccess?: () => void } = {};
      later(() => {
        req.result = { createObjectStore: () => undefined, transaction, close: () => undefined };
        if (!created) req.onupgradeneeded?.();
        created = true;
        req.onsuccess?.();
      });
      return req;
    },
  };
}

type Sent = { url: string; method?: string; credentials?: string; headers: Headers; body: FormData };

function load(rows: Map<string, Row>, answer: (sent: Sent) => Response | Promise<Response>) {
  const handlers = new Map<string, (event: unknown) => void>();
  const sent: Sent[] = [];
  const messages: unknown[] = [];
  const self = {
    location: new URL(ORIGIN),
    addEventListener: (type: string, fn: (event: unknown) => void) => handlers.set(type, fn),
    clients: { matchAll: async () => [{ postMessage: (m: unknown) => messages.push(m) }] },
  } as Record<string, unknown>;
  const fetch = async (url: string, init: RequestInit) => {
    const request: Sent = {
      url,
      method: init.method,
      credentials: init.credentials,
      headers: new Headers(init.headers),
      body: init.body as FormData,
    };
    sent.push(request);
    return answer(request);
  };
  vm.runInNewContext(source, {
    self,
    fetch,
    indexedDB: memoryIndexedDB(rows),
    FormData,
    Headers,
    Response,
    Request,
    URL,
    Promise,
    setTimeout,
  });
  /** Fires the sync event as the browser does; resolves or rejects as its waitUntil promise. */
  const sync = (tag = 'cds-outbox') => {
    let done: Promise<unknown> = Promise.resolve();
    handlers.get('sync')!({ tag, waitUntil: (p: Promise<unknown>) => (done = p) });
    return done;
  };
  return { sync, sent, messages };
}

const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], 'o-ga.jpg', { type: 'image/jpeg' });
const kept = (key: string, title: string): Row => ({
  key,
  action: '/api/feedback',
  title,
  storageKey: 'report-draft',
  fields: [
    ['idempotencyKey', key],
    ['title', title],
    ['photos', photo],
    ['photoAlt', 'Ổ gà nhìn từ vỉa hè'],
  ],
  keptAt: 1,
});
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe("the service worker's Background Sync", () => {
  it('sends each kept report with its key, photo and cookie, and writes the outcome in place of its fields', async () => {
    const rows = new Map([
      ['key-aaaaaaaaaaaaaaaa', kept('key-aaaaaaaaaaaaaaaa', 'Ổ gà lớn')],
      ['key-bbbbbbbbbbbbbbbb', kept('key-bbbbbbbbbbbbbbbb', 'Thiếu địa chỉ')],
    ]);
    const sw = load(rows, ({ headers }) =>
      headers.get('idempotency-key') === 'key-aaaaaaaaaaaaaaaa'
        ? json(201, { code: 'PA-2026-000123', url: '/vi/phan-anh/PA-2026-000123' })
        : json(422, { error: { code: 'invalidFields', message: 'Phản ánh chưa hợp lệ, hãy xem lại.' } }),
    );
    await sw.sync();
    expect(sw.sent).toHaveLength(2);
    const first = sw.sent.find((s) => s.headers.get('idempotency-key') === 'key-aaaaaaaaaaaaaaaa')!;
    expect(first).toMatchObject({ url: '/api/feedback', method: 'POST', credentials: 'same-origin' });
    expect(first.headers.get('accept')).toBe('application/json');
    expect(first.body.get('idempotencyKey')).toBe('key-aaaaaaaaaaaaaaaa');
    expect((first.body.get('photos') as File).name).toBe('o-ga.jpg');
    expect(first.body.get('photoAlt')).toBe('Ổ gà nhìn từ vỉa hè');
    expect(rows.get('key-aaaaaaaaaaaaaaaa')).toMatchObject({
      title: 'Ổ gà lớn',
      storageKey: 'report-draft',
      fields: [],
      outcome: { kind: 'sent', code: 'PA-2026-000123', url: '/vi/phan-anh/PA-2026-000123' },
    });
    expect(rows.get('key-bbbbbbbbbbbbbbbb')).toMatchObject({
      fields: [],
      outcome: { kind: 'refused', message: 'Phản ánh chưa hợp lệ, hãy xem lại.' },
    });
    expect(sw.messages).toEqual([{ type: 'cds-outbox' }]);

    // A second sync sends nothing again: both have their outcome.
    await sw.sync();
    expect(sw.sent).toHaveLength(2);
  });

  it('keeps a report untouched and fails the sync (the browser tries again) when the network or the server fails', async () => {
    for (const answer of [
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => json(503, { error: { code: 'unavailable' } }),
      () => json(401, { error: { code: 'unauthorized' } }),
      () => json(429, { error: { code: 'rateLimited' } }),
    ]) {
      const rows = new Map([['key-cccccccccccccccc', kept('key-cccccccccccccccc', 'Đèn đường hỏng')]]);
      const sw = load(rows, answer);
      await expect(sw.sync()).rejects.toThrow();
      expect(sw.sent).toHaveLength(1);
      expect(rows.get('key-cccccccccccccccc')).toEqual(kept('key-cccccccccccccccc', 'Đèn đường hỏng'));
    }
  });

  it('does not bring back a report the page settled while the worker was sending it, and ignores other tags', async () => {
    const rows = new Map([['key-dddddddddddddddd', kept('key-dddddddddddddddd', 'Cây đổ')]]);
    const sw = load(rows, () => {
      rows.delete('key-dddddddddddddddd'); // The open page filed it (same key) and forgot it meanwhile.
      return json(200, { code: 'PA-2026-000124', url: '/vi/phan-anh/PA-2026-000124' });
    });
    await sw.sync('another-tag');
    expect(sw.sent).toHaveLength(0);
    await sw.sync();
    expect(sw.sent).toHaveLength(1);
    expect(rows.size).toBe(0);
  });
});
