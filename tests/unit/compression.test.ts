// The production server's compression (server/http/compression.ts) over real HTTP: Brotli when
// accepted, gzip otherwise, nothing for small or already compressed answers, streamed answers still
// arriving part by part; and how the front cache keys a search (canonicalQuery).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { compressAnswer, negotiate } from '@/server/http/compression';
import { canonicalQuery } from '@/server/http/front-cache';
import { workerCount } from '@/scripts/lib/web-concurrency';

const PAGE = `<!DOCTYPE html><html lang="vi"><body>${'Đăng ký khai sinh. '.repeat(400)}</body></html>`;
let servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  servers = [];
});

async function serve(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  const server = http.createServer((req, res) => {
    compressAnswer(req, res);
    handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return (headers: Record<string, string>, method = 'GET') =>
    new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer; chunks: number[] }>((resolve, reject) => {
      const started = Date.now();
      http
        .request({ host: '127.0.0.1', port, method, headers }, (res) => {
          const parts: Buffer[] = [];
          const chunks: number[] = [];
          res.on('data', (c: Buffer) => {
            parts.push(c);
            chunks.push(Date.now() - started);
          });
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(parts), chunks }));
        })
        .on('error', reject)
        .end();
    });
}

const text = (r: { headers: http.IncomingHttpHeaders; body: Buffer }) =>
  (r.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(r.body)
    : r.headers['content-encoding'] === 'gzip'
      ? gunzipSync(r.body)
      : r.body
  ).toString('utf8');

describe('compression', () => {
  it('picks Brotli, then gzip, by the client’s Accept-Encoding and its weights', () => {
    expect(negotiate('gzip, deflate, br')).toBe('br');
    expect(negotiate('gzip, deflate')).toBe('gzip');
    expect(negotiate('br;q=0, gzip')).toBe('gzip');
    expect(negotiate('gzip;q=0, br;q=0, deflate')).toBeNull();
    expect(negotiate('identity')).toBeNull();
    expect(negotiate(undefined)).toBeNull();
    expect(negotiate('*')).toBe('br');
  });

  it('compresses a page given with writeHead and end, and says so in Vary', async () => {
    const get = await serve((_req, res) => {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        Vary: 'rsc',
        'Content-Length': Buffer.byteLength(PAGE),
      });
      res.end(PAGE);
    });
    const br = await get({ 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-length']).toBeUndefined();
    expect(br.headers.vary).toBe('rsc, Accept-Encoding');
    expect(text(br)).toBe(PAGE);
    expect(br.body.length).toBeLessThan(PAGE.length / 10);
    const gzip = await get({ 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(text(gzip)).toBe(PAGE);
    const none = await get({});
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.headers.vary).toBe('rsc, Accept-Encoding');
    expect(text(none)).toBe(PAGE);
    const head = await get({ 'accept-encoding': 'br' }, 'HEAD');
    expect(head.headers['content-encoding']).toBeUndefined();
  });

  it('leaves alone what is small, already compressed, not text, or marked no-transform', async () => {
    const cases: [Record<string, string>, string | Buffer][] = [
      [{ 'Content-Type': 'application/json' }, '{"items":[]}'],
      [{ 'Content-Type': 'image/webp' }, Buffer.alloc(5000, 1)],
      [{ 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, Buffer.alloc(5000, 2)],
      [{ 'Content-Type': 'text/html', 'Cache-Control': 'no-transform' }, PAGE],
    ];
    for (const [headers, body] of cases) {
      const get = await serve((_req, res) => {
        for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
        res.end(body);
      });
      const r = await get({ 'accept-encoding': 'br, gzip' });
      expect(r.headers['content-encoding'] ?? null, JSON.stringify(headers)).toBe(headers['Content-Encoding'] ?? null);
      expect(r.body.equals(Buffer.from(body)), JSON.stringify(headers)).toBe(true);
    }
  });

  it('sends a streamed answer part by part: each flush reaches the client before the end', async () => {
    const get = await serve((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.flushHeaders();
      res.write('<!DOCTYPE html><html><body><p>Đầu trang</p>');
      (res as http.ServerResponse & { flush: () => void }).flush();
      setTimeout(() => res.end(`${'<p>Phần sau</p>'.repeat(200)}</body></html>`), 300);
    });
    const r = await get({ 'accept-encoding': 'br' });
    expect(r.headers['content-encoding']).toBe('br');
    expect(text(r)).toContain('Đầu trang');
    expect(text(r)).toContain('Phần sau');
    // The first part arrived well before the rest was written.
    expect(r.chunks[0]!).toBeLessThan(250);
    expect(r.chunks.at(-1)!).toBeGreaterThanOrEqual(250);
  });
});

describe('search keys of the front cache', () => {
  const params = ['q', 'field', 'level', 'online', 'page'];
  it('one key however the query is written; none for unknown, repeated or malformed parameters', () => {
    expect(canonicalQuery('q=khai+sinh', params)).toBe('q=khai+sinh');
    expect(canonicalQuery('q=khai%20sinh', params)).toBe('q=khai+sinh');
    expect(canonicalQuery('page=2&q=khai+sinh', params)).toBe('q=khai+sinh&page=2');
    expect(canonicalQuery('q=&field=ho-tich', params)).toBe('field=ho-tich');
    expect(canonicalQuery('', params)).toBe('');
    expect(canonicalQuery('q=a&utm_source=x', params)).toBeNull();
    expect(canonicalQuery('q=a&q=b', params)).toBeNull();
    expect(canonicalQuery('q=%E0%A4%A', params)).toBeNull();
    expect(canonicalQuery(`q=${'a'.repeat(600)}`, params)).toBeNull();
  });
});

describe('WEB_CONCURRENCY', () => {
  it('one worker per core unless set; a clear refusal for anything but 1–64', () => {
    expect(workerCount(undefined, 2)).toBe(2);
    expect(workerCount('', 8)).toBe(8);
    expect(workerCount('3', 2)).toBe(3);
    for (const bad of ['0', '65', 'two', '1.5', '-1'])
      expect(() => workerCount(bad, 2), bad).toThrow(/WEB_CONCURRENCY must be a whole number of workers from 1 to 64/);
  });
});
