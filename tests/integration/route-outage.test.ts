import { NextRequest } from 'next/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

// Every route handler while PostgreSQL is out of reach: the application's connections go through a
// relay (tests/support/db-proxy.ts) that the test cuts and restores, so the outage is exact.

const proxy = await vi.hoisted(async () => {
  const { startDbProxy } = await import('../support/db-proxy');
  const relay = await startDbProxy(process.env.DATABASE_URL!);
  process.env.DATABASE_URL = relay.url;
  delete (globalThis as { db?: unknown }).db;
  return relay;
});

// Auth.js reads the session cookie from the request scope, which a direct call does not have (and
// does not load outside Next.js): it is replaced by a signed-in session here. The person's row is
// still looked up in the database by server/session.ts, which is what fails.
const session = vi.hoisted(() => ({ current: null as null | { userId: string; sv: number } }));
vi.mock('@/server/auth', () => ({
  auth: async () => session.current,
  signIn: async () => undefined,
  createSignInTicket: () => 'ticket',
}));

const { db } = await import('@/server/db');
const { databaseOutage } = await import('@/server/http/outage');
const procedures = await import('@/app/api/procedures/route');
const procedure = await import('@/app/api/procedures/[code]/route');
const suggest = await import('@/app/api/procedures/suggest/route');
const view = await import('@/app/api/procedures/[code]/view/route');
const procedureFeedback = await import('@/app/api/procedures/[code]/feedback/route');
const password = await import('@/app/api/auth/password/route');
const accountData = await import('@/app/api/account/data/route');
const photo = await import('@/app/api/feedback/photos/[id]/[variant]/route');
const nearby = await import('@/app/api/feedback/nearby/route');
const answer = await import('@/app/api/admin/feedback/[code]/answer/route');
const sitemap = await import('@/app/sitemap.xml/route');
const sitemapChunk = await import('@/app/sitemaps/[chunk]/route');
const rss = await import('@/app/[locale]/reports/rss/route');
const open311Services = await import('@/app/api/open311/v2/services.json/route');
const open311Requests = await import('@/app/api/open311/v2/requests.json/route');
const open311RequestsXml = await import('@/app/api/open311/v2/requests.xml/route');

const ORIGIN = 'http://localhost:3000';
let ip = 0;
function req(path: string, init: { method?: string; body?: BodyInit; headers?: Record<string, string> } = {}) {
  return new NextRequest(`${ORIGIN}${path}`, {
    method: init.method ?? 'GET',
    body: init.body,
    headers: { host: 'localhost:3000', 'x-forwarded-for': `198.51.100.${++ip % 250}`, ...init.headers },
  });
}
const params = <T>(p: T) => ({ params: Promise.resolve(p) });
const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
};

/** Every route handler that reads the database, called as a client would. */
const calls = (headers: Record<string, string> = {}): [string, () => Promise<Response>][] => [
  ['GET /api/procedures', () => procedures.GET(req('/api/procedures?q=khai+sinh', { headers }), {})],
  [
    'GET /api/procedures/{code}',
    () => procedure.GET(req('/api/procedures/1.000001', { headers }), params({ code: '1.000001' })),
  ],
  ['GET /api/procedures/suggest', () => suggest.GET(req('/api/procedures/suggest?q=khai', { headers }), {})],
  [
    'POST /api/procedures/{code}/view',
    () =>
      view.POST(
        req('/api/procedures/1.000001/view', { method: 'POST', headers: { origin: ORIGIN, ...headers } }),
        params({ code: '1.000001' }),
      ),
  ],
  [
    'POST /api/procedures/{code}/feedback',
    () =>
      procedureFeedback.POST(
        req('/api/procedures/1.000001/feedback', {
          method: 'POST',
          body: form({ helpful: 'yes' }),
          headers: { origin: ORIGIN, accept: 'application/json', ...headers },
        }),
        params({ code: '1.000001' }),
      ),
  ],
  [
    'POST /api/auth/password',
    () =>
      password.POST(
        req('/api/auth/password', {
          method: 'POST',
          body: JSON.stringify({ email: 'someone@example.com', password: 'mat khau dai du' }),
          headers: { origin: ORIGIN, accept: 'application/json', 'content-type': 'application/json', ...headers },
        }),
        {},
      ),
  ],
  ['GET /api/account/data', () => accountData.GET(req('/api/account/data', { headers }), {})],
  [
    'GET /api/feedback/photos/{id}/display',
    () => photo.GET(req('/api/feedback/photos/x/display', { headers }), params({ id: 'x', variant: 'display' })),
  ],
  ['GET /api/feedback/nearby', () => nearby.GET(req('/api/feedback/nearby?category=giao-thong', { headers }), {})],
  [
    'POST /api/admin/feedback/{code}/answer',
    () =>
      answer.POST(
        req('/api/admin/feedback/PA-1/answer', {
          method: 'POST',
          body: form({ status: 'IN_PROGRESS' }),
          headers: { origin: ORIGIN, accept: 'application/json', ...headers },
        }),
        params({ code: 'PA-1' }),
      ),
  ],
  ['GET /sitemap.xml', () => sitemap.GET(req('/sitemap.xml', { headers }), {})],
  [
    'GET /sitemaps/procedures-1.xml',
    () => sitemapChunk.GET(req('/sitemaps/procedures-1.xml', { headers }), params({ chunk: 'procedures-1.xml' })),
  ],
  ['GET /vi/feedback/rss', () => rss.GET(req('/vi/phan-anh/rss', { headers }), params({ locale: 'vi' }))],
];

const lines: string[] = [];
const errors: unknown[][] = [];

beforeAll(() => {
  databaseOutage.setLogger((line) => lines.push(line));
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args));
});
beforeEach(async () => {
  session.current = { userId: 'someone', sv: 0 };
  await proxy.up();
});
afterAll(async () => {
  await proxy.up();
  await db.$disconnect();
  await proxy.close();
});

async function expectUnavailable(name: string, res: Response, message: string) {
  expect(res.status, name).toBe(503);
  expect(res.headers.get('retry-after'), name).toBe('5');
  expect(res.headers.get('content-type'), name).toMatch(/^application\/json/);
  expect(await res.json(), name).toEqual({ error: { code: 'unavailable', message } });
}

describe('while PostgreSQL refuses connections', () => {
  it('every route handler answers 503 with Retry-After and the usual error shape, in the person’s language; the outage is logged once when it starts and once when it ends, with no stack trace', async () => {
    // A working database first: the session's user does not exist, so these are ordinary answers.
    expect((await procedures.GET(req('/api/procedures?q=khai+sinh'), {})).status).toBe(200);
    lines.length = 0;
    errors.length = 0;

    await proxy.refuse();
    for (const [name, call] of calls()) {
      await expectUnavailable(
        name,
        await call(),
        'Cổng thông tin đang tạm thời gián đoạn. Vui lòng thử lại sau ít phút.',
      );
    }
    for (const [name, call] of calls({ cookie: 'NEXT_LOCALE=en' })) {
      await expectUnavailable(
        name,
        await call(),
        'The portal is temporarily unavailable. Please try again in a few minutes.',
      );
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Database unreachable since \S+ \(.+\): answering 503 until it is back\.$/);

    await proxy.up();
    expect((await procedures.GET(req('/api/procedures?q=khai+sinh'), {})).status).toBe(200);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Database reachable again after [\d.]+ s \(\d+ failed database calls answered 503\)\.$/);
    expect(errors).toEqual([]);
  });

  it('Open311 answers 503 with Retry-After in its own error shape', async () => {
    await proxy.refuse();
    const list = await open311Requests.GET(req('/api/open311/v2/requests.json'));
    const services = await open311Services.GET(req('/api/open311/v2/services.json'));
    for (const res of [list, services]) {
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(await res.json()).toEqual([
        { code: 503, description: 'The service is temporarily unavailable; please try again later' },
      ]);
    }
    const xml = await open311RequestsXml.GET(req('/api/open311/v2/requests.xml'));
    expect(xml.status).toBe(503);
    expect(xml.headers.get('retry-after')).toBe('5');
    expect(xml.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    expect(await xml.text()).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<errors><error><code>503</code>' +
        '<description>The service is temporarily unavailable; please try again later</description></error></errors>\n',
    );
  });

  it('a plain sign-in form gets a page in its language, 503 with Retry-After', async () => {
    await proxy.refuse();
    const res = await password.POST(
      req('/api/auth/password', {
        method: 'POST',
        body: new URLSearchParams({ email: 'a@example.com', password: 'mat khau dai du', locale: 'en' }),
        headers: { origin: ORIGIN },
      }),
      {},
    );
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.text()).toContain('The portal is temporarily unavailable.');
  });
});

describe('while PostgreSQL drops every connection', () => {
  it('a connection cut under the pool, then every new one cut at once, is a 503 too', async () => {
    expect((await procedures.GET(req('/api/procedures?q=khai+sinh'), {})).status).toBe(200);
    await proxy.reset();
    for (const [name, call] of calls().slice(0, 4)) {
      await expectUnavailable(
        name,
        await call(),
        'Cổng thông tin đang tạm thời gián đoạn. Vui lòng thử lại sau ít phút.',
      );
    }
    await proxy.up();
    expect((await procedures.GET(req('/api/procedures?q=khai+sinh'), {})).status).toBe(200);
    expect(errors).toEqual([]);
  });
});
