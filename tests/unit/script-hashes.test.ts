// What the production server does to every answer before it leaves: the policy of a page without a
// nonce lists the hashes of exactly the framework's inline scripts of that page, and a shareable
// answer sets no cookie. Over real HTTP, with a stand-in for Next.js's handler.
import http from 'node:http';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { hashInlineScripts, inlineScriptHashes, isFrameworkScript } from '@/server/http/script-hashes';
import { isShareable, noCookieOnSharedAnswers } from '@/server/http/shared-answers';
import { FrontCache } from '@/server/http/front-cache';
import { publicPageLocale } from '@/i18n/public-routes';
import { staticCsp, nonceCsp } from '@/lib/security-headers';

const START = '(self.__next_f=self.__next_f||[]).push([0])';
const CHUNK = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[123,[]]\\n<\\/script> Đăng ký"])';
const LOADER =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/0j67i77x0awtp.js"],"runtimeModuleIds":[94553]});';
const INJECTED = 'alert(document.cookie)';
const PAGE = [
  '<!DOCTYPE html><html lang="vi"><head><script src="/_next/static/chunks/a.js" async=""></script>',
  '<script type="application/ld+json">{"@type":"GovernmentService"}</script></head><body>',
  `<script id="_R_">${LOADER}</script><script>${START}</script><script>${CHUNK}</script>`,
  `<p>Thủ tục</p><script>${INJECTED}</script><script>self.__next_f.push([1,alert(1)])</script>`,
  `<script>${CHUNK}</script></body></html>`,
].join('');
const FEED = '<rss version="2.0"><channel><title>Phản ánh</title></channel></rss>';
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

let servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  servers = [];
});

type Answer = {
  status?: number;
  policy?: string | null;
  body?: string;
  gzip?: boolean;
  cacheControl?: string;
  cookies?: string[];
  chunks?: number;
};

/** A server wired as scripts/serve.ts is, in front of a handler that gives `answer`. */
async function serve(answer: Answer, cache?: FrontCache) {
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    res.statusCode = answer.status ?? 200;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    if (answer.policy !== null) res.setHeader('Content-Security-Policy', answer.policy ?? staticCsp);
    res.setHeader('Cache-Control', answer.cacheControl ?? 's-maxage=3600, stale-while-revalidate');
    res.setHeader('x-nextjs-cache', 'HIT');
    if (answer.cookies) res.setHeader('Set-Cookie', answer.cookies);
    if (res.statusCode === 304) return res.end();
    let body: Buffer = Buffer.from(answer.body ?? PAGE);
    if (answer.gzip) {
      res.setHeader('Content-Encoding', 'gzip');
      body = gzipSync(body);
    }
    // Streamed in pieces after the head was flushed, as Next.js streams a page.
    res.flushHeaders();
    const n = answer.chunks ?? 3;
    const size = Math.ceil(body.length / n);
    for (let i = 0; i < n - 1; i++) res.write(body.subarray(i * size, (i + 1) * size));
    res.end(body.subarray((n - 1) * size));
  };
  const answerWith = (req: http.IncomingMessage, res: http.ServerResponse) => {
    hashInlineScripts(req, res);
    handler(req, res);
  };
  const server = http.createServer((req, res) => {
    noCookieOnSharedAnswers(res);
    if (cache) void cache.handle(req, res, answerWith);
    else answerWith(req, res);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return (path = '/vi', headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path, headers }, (res) => {
          const chunks: Buffer[] = [];
          res
            .on('data', (c: Buffer) => chunks.push(c))
            .on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
}

const scriptSrc = (policy: unknown) =>
  String(policy)
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('script-src'))!;

describe('inline scripts of pages without a nonce', () => {
  it('recognises only the framework data scripts', () => {
    expect([START, CHUNK, LOADER].map(isFrameworkScript)).toEqual([true, true, true]);
    for (const other of [
      INJECTED,
      'self.__next_f.push([1,alert(1)])',
      'self.__next_f.push([1,"x"]);alert(1)',
      'self.__next_f.push([1,"x"])//',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["https://evil.example/x.js"]});',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[],"x":1});',
    ]) {
      expect(isFrameworkScript(other), other).toBe(false);
    }
    const { hashes, refused } = inlineScriptHashes(PAGE);
    expect(hashes.sort()).toEqual([START, CHUNK, LOADER].map(hash).sort());
    expect(refused).toEqual([INJECTED, 'self.__next_f.push([1,alert(1)])']);
  });

  it('the production server lists their hashes in the page policy, and nothing allows other inline scripts', async () => {
    for (const gzip of [false, true]) {
      const get = await serve({ gzip });
      const r = await get();
      expect(r.status).toBe(200);
      const src = scriptSrc(r.headers['content-security-policy']);
      expect(src).not.toContain("'unsafe-inline'");
      expect(
        src
          .split(' ')
          .filter((s) => s.startsWith("'sha256-"))
          .sort(),
      ).toEqual([START, CHUNK, LOADER].map(hash).sort());
      expect(src).not.toContain(hash(INJECTED));
      // The page itself is sent unchanged.
      expect(r.body).toEqual(gzip ? gzipSync(Buffer.from(PAGE)) : Buffer.from(PAGE));
    }
  });

  it('gives an answer Next.js sent without any policy (a 404 for an address with a dot) the static one, with its hashes', async () => {
    const r = await (await serve({ status: 404, policy: null }))('/wp-login.php');
    expect(r.status).toBe(404);
    const policy = String(r.headers['content-security-policy']);
    expect(policy).toContain("default-src 'self'");
    expect(scriptSrc(policy)).not.toContain("'unsafe-inline'");
    expect(scriptSrc(policy)).toContain(hash(CHUNK));
    expect(scriptSrc(policy)).not.toContain(hash(INJECTED));
  });

  it('leaves nonce pages, other answers and HEAD alone, and sends no hashless policy with a 304', async () => {
    const nonce = nonceCsp('abc');
    expect((await (await serve({ policy: nonce }))()).headers['content-security-policy']).toBe(nonce);
    expect((await (await serve({ status: 304 }))()).headers['content-security-policy']).toBeUndefined();
    const page = await serve({ body: '<p>Không có script</p>' });
    expect((await page()).headers['content-security-policy']).toBe(staticCsp);
  });

  it('the front cache keeps the policy with the hashes of the page it keeps', async () => {
    const cache = new FrontCache({ localeOf: publicPageLocale, hostServed: () => true });
    const get = await serve({}, cache);
    const first = await get('/vi', { 'accept-encoding': 'gzip' });
    const second = await get('/vi', { 'accept-encoding': 'gzip' });
    expect(second.headers['x-front-cache']).toBe('hit');
    expect(second.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
    expect(scriptSrc(second.headers['content-security-policy'])).toContain(hash(CHUNK));
  });
});

describe('shareable answers', () => {
  it('tells shareable Cache-Control values apart', () => {
    expect(
      ['public, max-age=300', 's-maxage=3600, stale-while-revalidate', 'max-age=60, public'].map(isShareable),
    ).toEqual([true, true, true]);
    expect(['private, no-store', 'no-store', 'public, no-store', 'max-age=60', undefined].map(isShareable)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('never set a cookie: the language cookie is dropped, any other makes the answer private', async () => {
    const feed = await (
      await serve({
        body: FEED,
        cacheControl: 'public, max-age=300',
        cookies: ['NEXT_LOCALE=vi; Path=/; Max-Age=31536000; SameSite=lax'],
      })
    )();
    expect(feed.headers['set-cookie']).toBeUndefined();
    expect(feed.headers['cache-control']).toBe('public, max-age=300');

    const session = await (
      await serve({
        body: FEED,
        cacheControl: 'public, max-age=300',
        cookies: ['NEXT_LOCALE=vi; Path=/', 'authjs.session-token=x; Path=/; HttpOnly'],
      })
    )();
    expect(session.headers['set-cookie']).toEqual(['authjs.session-token=x; Path=/; HttpOnly']);
    expect(session.headers['cache-control']).toBe('private, no-store');

    const personal = await (
      await serve({ body: FEED, cacheControl: 'private, no-store', cookies: ['NEXT_LOCALE=vi; Path=/'] })
    )();
    expect(personal.headers['set-cookie']).toEqual(['NEXT_LOCALE=vi; Path=/']);
  });
});
