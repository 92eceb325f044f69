// The service worker (public/sw.js) run in a sandbox with an in-memory Cache Storage and a fetch
// that can be switched off: what it keeps, what it never keeps, and what it answers offline.
// The same worker runs in Chromium in tests/e2e/app-shell.spec.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const source = readFileSync(path.join(import.meta.dirname, '../../public/sw.js'), 'utf8');
const ORIGIN = 'https://congdanso.example';

class MemoryCache {
  entries = new Map<string, Response>();
  async match(req: Request | string) {
    const r = this.entries.get(typeof req === 'string' ? new URL(req, ORIGIN).href : req.url);
    return r?.clone();
  }
  async put(req: Request | string, res: Response) {
    this.entries.set(typeof req === 'string' ? new URL(req, ORIGIN).href : req.url, res);
  }
  async addAll(urls: string[]) {
    for (const u of urls) await this.put(u, await world.fetch(new Request(new URL(u, ORIGIN).href)));
  }
  async keys() {
    return [...this.entries.keys()].map((k) => new Request(k));
  }
  async delete(req: Request) {
    return this.entries.delete(req.url);
  }
}

type Handler = (event: unknown) => void;
const world = {
  online: true,
  pages: new Map<string, { body: string; headers: Record<string, string> }>(),
  fetch: async (input: Request | string): Promise<Response> => {
    if (!world.online) throw new TypeError('Failed to fetch');
    const url = new URL(typeof input === 'string' ? input : input.url, ORIGIN);
    const page = world.pages.get(url.pathname);
    if (!page) return new Response('not found', { status: 404, headers: { 'content-type': 'text/html' } });
    const res = new Response(page.body, { status: 200, headers: page.headers });
    Object.defineProperty(res, 'type', { value: 'basic' });
    return res;
  },
};

/** A navigation request (Node's Request cannot be made with mode "navigate"). */
function navigation(url: string): Request {
  const req = new Request(url);
  Object.defineProperty(req, 'mode', { value: 'navigate' });
  return req;
}

function load() {
  const stores = new Map<string, MemoryCache>();
  const handlers = new Map<string, Handler>();
  const self = {
    location: new URL(ORIGIN),
    addEventListener: (type: string, fn: Handler) => handlers.set(type, fn),
    skipWaiting: async () => undefined,
    clients: { claim: async () => undefined },
  } as Record<string, unknown>;
  const caches = {
    open: async (name: string) => stores.get(name) ?? stores.set(name, new MemoryCache()).get(name)!,
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  };
  vm.runInNewContext(source, {
    self,
    caches,
    fetch: world.fetch,
    Request,
    Response,
    Headers,
    URL,
    Intl,
    Date,
    Promise,
    setTimeout,
  });
  /** A navigation to `pathname`, answered as the browser would get it; waits for what the worker keeps. */
  async function navigate(pathname: string): Promise<Response> {
    let answer: Promise<Response> | undefined;
    const waits: Promise<unknown>[] = [];
    handlers.get('fetch')!({
      request: navigation(`${ORIGIN}${pathname}`),
      respondWith: (p: Promise<Response>) => (answer = p),
      waitUntil: (p: Promise<unknown>) => waits.push(p),
    });
    const res = await answer!;
    await Promise.all(waits);
    await Promise.all(waits);
    return res;
  }
  async function install() {
    const waits: Promise<unknown>[] = [];
    handlers.get('install')!({ waitUntil: (p: Promise<unknown>) => waits.push(p) });
    await Promise.all(waits);
  }
  return { navigate, install, stores, rules: self.__cds as { keepable: (u: URL, r: Response) => boolean } };
}

const html = (text: string) =>
  `<html lang="vi"><body><div id="offline-notice" hidden="" role="status">Bạn đang ngoại tuyến. Đây là bản lưu của trang này lúc <span data-saved-at=""></span></div><main>${text}</main></body></html>`;
const shared = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 's-maxage=31536000, stale-while-revalidate',
};
const personal = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'private, no-cache, no-store, max-age=0',
};

world.pages.set('/vi/tin-tuc', { body: html('Tin tức hôm nay'), headers: shared });
world.pages.set('/vi/ngoai-tuyen', { body: html('Bạn đang ngoại tuyến (trang)'), headers: shared });
world.pages.set('/en/offline', { body: html('You are offline (page)'), headers: shared });
world.pages.set('/vi/tai-khoan', { body: html('Tài khoản của Mai'), headers: shared });
world.pages.set('/vi/tro-thanh-cong-dan-so', { body: html('Bảng xếp hạng'), headers: personal });

describe('the service worker', () => {
  it('keeps a public page and shows it offline with the notice and the time it was saved', async () => {
    world.online = true;
    const sw = load();
    await sw.install();
    const online = await sw.navigate('/vi/tin-tuc');
    expect(await online.text()).toContain('<div id="offline-notice" hidden=""');
    world.online = false;
    const offline = await sw.navigate('/vi/tin-tuc');
    const text = await offline.text();
    expect(text).toContain('Tin tức hôm nay');
    expect(text).toMatch(/<div id="offline-notice" role="status">/);
    expect(text).toMatch(/<span data-time="\d\d:\d\d \d\d\/\d\d\/\d{4}" data-saved-at="">/);
  });

  it('never keeps personal or back-office pages, nor any answer marked private', async () => {
    world.online = true;
    const sw = load();
    await sw.install();
    await sw.navigate('/vi/tai-khoan');
    await sw.navigate('/vi/tro-thanh-cong-dan-so');
    const kept = [...sw.stores.values()].flatMap((c) => [...c.entries.keys()]);
    expect(kept.some((k) => k.includes('tai-khoan'))).toBe(false);
    expect(kept.some((k) => k.includes('tro-thanh'))).toBe(false);
    world.online = false;
    expect(await (await sw.navigate('/vi/tai-khoan')).text()).toContain('Bạn đang ngoại tuyến (trang)');
    const res = new Response('x', { status: 200, headers: shared });
    Object.defineProperty(res, 'type', { value: 'basic' });
    for (const p of [
      '/en/admin/users',
      '/vi/quan-tri',
      '/vi/phan-anh/cua-toi',
      '/en/account',
      '/vi/thong-bao',
      '/vi/dev/hop-thu',
    ])
      expect(sw.rules.keepable(new URL(p, ORIGIN), res)).toBe(false);
    expect(sw.rules.keepable(new URL('/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh', ORIGIN), res)).toBe(true);
  });

  it('answers any other address offline with the offline page of its language', async () => {
    world.online = true;
    const sw = load();
    await sw.install();
    world.online = false;
    expect(await (await sw.navigate('/en/news/never-opened')).text()).toContain('You are offline (page)');
    expect(await (await sw.navigate('/vi/thu-tuc-hanh-chinh/chua-mo')).text()).toContain(
      'Bạn đang ngoại tuyến (trang)',
    );
  });

  it('stays under 200 lines', () => {
    expect(source.split('\n').length).toBeLessThan(200);
  });
});
