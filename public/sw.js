// The portal's service worker (docs/decisions/028): hand-written, no library, no build step.
// - Public pages the person opens are kept on the device (network first, so they are fresh when
//   online) and shown offline with the notice "you are offline, this page is from <time>".
// - Any other address asked offline gets the offline page of its language.
// - Personal and back-office pages are never kept: not the sections below, and not any answer
//   marked private or no-store (every page rendered per person is).
// - The framework's files (/_next/static/, content-hashed) and the icons are kept cache-first.
// It writes no script into a page: the notice is an element every page already has (hidden), so
// the pages' Content-Security-Policy (records 004 and 015) is untouched.
const VERSION = 'cds-1';
const PAGES = `${VERSION}-pages`;
const FILES = `${VERSION}-files`;
const MAX_PAGES = 60;
const TIMEOUT_MS = 6000;
const SAVED_AT = 'x-cds-saved-at';
const OFFLINE_PAGES = { vi: '/vi/ngoai-tuyen', en: '/en/offline' };
const PERSONAL =
  /^\/(vi|en)\/(tai-khoan|account|quan-tri|admin|thong-bao|notifications|dang-nhap|sign-in|dang-ky|sign-up|xac-thuc-email|verify-email|quen-mat-khau|forgot-password|dat-lai-mat-khau|reset-password|dev|phan-anh|feedback|lay-y-kien|consultations)(\/|$)/;
const FILE = /^\/(_next\/static\/|icons\/|manifest(-en)?\.webmanifest$)/;

const langOf = (pathname) => (pathname.startsWith('/en') ? 'en' : 'vi');

/** May this answer to this address be kept on the device? */
function keepable(url, response) {
  if (url.origin !== self.location.origin || PERSONAL.test(url.pathname)) return false;
  if (!/^\/(vi|en)(\/|$)/.test(url.pathname)) return false;
  if (!response || response.status !== 200 || response.type !== 'basic' || response.redirected) return false;
  if (!(response.headers.get('content-type') || '').startsWith('text/html')) return false;
  return !/private|no-store/i.test(response.headers.get('cache-control') || '');
}

/** A page as kept: the same bytes and headers, plus the time it was kept. */
async function stamped(response, now = Date.now()) {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT, new Date(now).toISOString());
  return new Response(await response.blob(), { status: response.status, headers });
}

/** The kept page with its offline notice shown and the time it was kept written in. */
function withNotice(html, savedAt, lang) {
  const time = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(savedAt));
  const safe = time.replace(/[^\p{L}\p{N} ,:/.-]/gu, '');
  return html
    .replace(/(<div[^>]*\bid="offline-notice"[^>]*?)\s+hidden(="")?/, '$1')
    // A <span> (an empty <time> is not valid HTML); pages kept by an earlier version have a <time>.
    .replace(/<(span|time)([^>]*\bdata-saved-at="")/, (_, tag, rest) => `<${tag} data-time="${safe}"${rest}`);
}

async function fromDevice(request, url) {
  const kept = await caches.open(PAGES).then((c) => c.match(request, { ignoreVary: true }));
  if (kept) {
    const headers = new Headers(kept.headers);
    headers.delete('content-length');
    const html = withNotice(await kept.text(), kept.headers.get(SAVED_AT) || '', langOf(url.pathname));
    return new Response(html, { status: 200, headers });
  }
  const offline = await caches.open(FILES).then((c) => c.match(OFFLINE_PAGES[langOf(url.pathname)]));
  return offline || new Response('Offline', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

async function keep(url, response) {
  const cache = await caches.open(PAGES);
  await cache.put(url.href, await stamped(response));
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) await cache.delete(old);
}

async function page(event, url) {
  try {
    // `no-cache`: the browser's HTTP cache may otherwise answer with a stale copy offline
    // (stale-while-revalidate), without the notice.
    const response = await Promise.race([
      fetch(new Request(event.request, { cache: 'no-cache' })),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS)),
    ]);
    if (keepable(url, response)) event.waitUntil(keep(url, response.clone()));
    return response;
  } catch {
    return fromDevice(event.request, url);
  }
}

async function file(request) {
  const cache = await caches.open(FILES);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(FILES)
      .then((c) => c.addAll(Object.values(OFFLINE_PAGES)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => !n.startsWith(`${VERSION}-`)).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(event, url));
  else if (FILE.test(url.pathname)) event.respondWith(file(request));
});

// The page that registered this worker was loaded before it: it sends its own address and files.
self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type !== 'keep' || !Array.isArray(data.urls)) return;
  const urls = data.urls.slice(0, 100).map((u) => new URL(u, self.location.origin));
  event.waitUntil(
    Promise.all(
      urls.map(async (url) => {
        if (url.origin !== self.location.origin) return;
        if (FILE.test(url.pathname)) return file(new Request(url.href)).catch(() => undefined);
        const response = await fetch(url.href, { credentials: 'omit' }).catch(() => null);
        if (response && keepable(url, response)) await keep(url, response);
      }),
    ),
  );
});

// Reports kept on the device (components/app-shell/report-outbox.ts, same database and records):
// Background Sync wakes the worker when the connection is back, even with no page open. Each is
// sent with its idempotency key (a page sending it too files it once) and the session cookie; the
// outcome replaces its fields, for the next page to show the tracking code and forget the draft.
function outbox(mode, work) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('cds-outbox', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('reports', { keyPath: 'key' });
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('reports', mode);
      const req = work(tx.objectStore('reports'));
      tx.oncomplete = () => (db.close(), resolve(req && req.result));
      tx.onerror = tx.onabort = () => (db.close(), reject(tx.error));
    };
  });
}

async function sendKept(entry) {
  const body = new FormData();
  for (const [name, value] of entry.fields) body.append(name, value);
  const headers = { Accept: 'application/json', 'Idempotency-Key': entry.key };
  const response = await fetch(entry.action, { method: 'POST', body, credentials: 'same-origin', headers });
  const json = await response.json().catch(() => null);
  if (response.status === 401 || response.status === 429 || response.status >= 500) throw new Error('waiting');
  if ((response.status === 200 || response.status === 201) && json && typeof json.code === 'string')
    return { kind: 'sent', code: json.code, url: typeof json.url === 'string' ? json.url : '' };
  const message = json && json.error && json.error.message;
  return { kind: 'refused', message: typeof message === 'string' ? message : null };
}

async function sendOutbox() {
  const entries = (await outbox('readonly', (s) => s.getAll())) || [];
  const results = await Promise.allSettled(
    entries
      .filter((e) => !e.outcome)
      .map(async (entry) => {
        const outcome = await sendKept(entry);
        await outbox('readwrite', (s) => {
          const kept = s.get(entry.key); // Still there: no page has settled it meanwhile.
          kept.onsuccess = () => kept.result && s.put({ ...entry, fields: [], outcome });
        });
      }),
  );
  for (const client of await self.clients.matchAll()) client.postMessage({ type: 'cds-outbox' });
  // A failure makes the browser try this sync again later.
  if (results.some((r) => r.status === 'rejected')) throw new Error('Reports still waiting');
}

self.addEventListener('sync', (event) => {
  if (event.tag === 'cds-outbox') event.waitUntil(sendOutbox());
});

// For the unit tests (tests/unit/service-worker.test.ts), which run this file in a sandbox.
self.__cds = { keepable, withNotice, stamped, PERSONAL, sendOutbox };
