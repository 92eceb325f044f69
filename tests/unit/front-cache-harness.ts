// The front cache's tests over real HTTP: a stand-in for Next.js's handler behind a FrontCache,
// and a client (tests/unit/front-cache*.test.ts).
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import type { FrontCache } from '@/server/http/front-cache';
import { publicPageLocale } from '@/i18n/public-routes';

export const PAGE = '/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh';
export const BODY = `<!DOCTYPE html><html lang="vi"><body>${'Đăng ký khai sinh. '.repeat(500)}</body></html>`;

export type Upstream = {
  calls: number;
  status: number;
  cacheControl: string;
  nextjsCache?: string;
  cookie?: string;
  release?: Promise<void>;
  breakOff?: boolean;
  /** The answer's Content-Security-Policy (default: a static one). */
  policy?: string;
};

// The hosts the portal serves in these tests: its public one, and the loopback address the tests use.
export const hostServed = (host: string) => host === 'congdanso.example.gov.vn' || /^127\.0\.0\.1:\d+$/.test(host);
export const options = { localeOf: publicPageLocale, hostServed };

let servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  servers = [];
});

/** A stand-in for Next.js's handler: the headers it sends for a cached page, then the body in two writes. */
export async function start(upstream: Upstream, cache: FrontCache) {
  const handler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    upstream.calls++;
    await upstream.release;
    res.statusCode = upstream.status;
    res.setHeader('Content-Security-Policy', upstream.policy ?? "default-src 'self'");
    // As next-intl's middleware did: an address built from the request's Host.
    res.setHeader(
      'Link',
      `<http://${req.headers.host}/en/procedures/dang-ky-khai-sinh>; rel="alternate"; hreflang="en"`,
    );
    res.setHeader('Vary', 'rsc, next-router-state-tree');
    if (upstream.nextjsCache) res.setHeader('x-nextjs-cache', upstream.nextjsCache);
    res.setHeader('Cache-Control', upstream.cacheControl);
    res.setHeader('ETag', '"abc123"');
    if (upstream.cookie) res.setHeader('Set-Cookie', [upstream.cookie]);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    // As Next.js's compression does when the client accepts gzip; the cache asks for identity.
    if (/gzip/.test(req.headers['accept-encoding'] ?? '')) res.setHeader('X-Would-Compress', '1');
    res.write(BODY.slice(0, 100));
    if (upstream.breakOff) {
      res.destroy(); // the server's answer to an error half-way (scripts/serve.ts)
      return;
    }
    res.end(Buffer.from(BODY.slice(100)));
  };
  const server = http.createServer((req, res) => void cache.handle(req, res, handler));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const req = http.request(
        `${base}${path}`,
        { method, headers: { 'accept-encoding': 'gzip, deflate, br', ...headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res
            .on('data', (c: Buffer) => chunks.push(c))
            .on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        },
      );
      req
        .on('error', (error) =>
          headers['x-expect-error'] ? resolve({ status: 0, headers: {}, body: Buffer.alloc(0) }) : reject(error),
        )
        .end();
    });
}

export const cachedPage = (): Upstream => ({
  calls: 0,
  status: 200,
  cacheControl: 's-maxage=3600, stale-while-revalidate=31532400',
  nextjsCache: 'HIT',
});
export const text = (r: { headers: http.IncomingHttpHeaders; body: Buffer }) =>
  (r.headers['content-encoding'] === 'gzip'
    ? gunzipSync(r.body)
    : r.headers['content-encoding'] === 'br'
      ? brotliDecompressSync(r.body)
      : r.body
  ).toString('utf8');
