import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressAnswer } from '@/server/http/compression';
import { hashInlineScripts } from '@/server/http/script-hashes';
import { fillEmptyNotFound, type NotFoundPage } from '@/server/http/not-found-page';

// The production server's order: compression, script hashes, then the not-found filler nearest to
// the page. A stand-in for Next.js answers what each address asks for.
const SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div></body></html>';
const PAGE = '<!DOCTYPE html><html lang="vi"><body><main><h1>Không tìm thấy trang</h1></main></body></html>';
const rendered: NotFoundPage = {
  body: Buffer.from(PAGE),
  headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'self'" },
};
let fallback: NotFoundPage | null = rendered;
let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    compressAnswer(req, res);
    hashInlineScripts(req, res);
    fillEmptyNotFound(req, res, async () => fallback);
    const [status, type, body] =
      req.url === '/vi/shell'
        ? [404, 'text/html; charset=utf-8', SHELL]
        : req.url === '/vi/page'
          ? [404, 'text/html; charset=utf-8', PAGE]
          : req.url === '/vi/json'
            ? [404, 'application/json', '{"error":"not_found"}']
            : [200, 'text/html; charset=utf-8', SHELL];
    res.setHeader('content-type', type);
    res.setHeader('content-security-policy', "script-src 'self' 'nonce-abc'");
    res.writeHead(status);
    res.write(body.slice(0, 20));
    res.end(body.slice(20));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('the not-found page for visitors without JavaScript', () => {
  it('replaces the empty error shell of a 404 with the rendered page and its own policy', async () => {
    fallback = rendered;
    const res = await fetch(`${base}/vi/shell`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('<h1>Không tìm thấy trang</h1>');
    expect(res.headers.get('content-security-policy')).not.toContain('nonce-abc');
  });

  it('sends a 404 that is already a page, a 404 that is not HTML and any other answer unchanged', async () => {
    const page = await fetch(`${base}/vi/page`);
    expect([page.status, await page.text()]).toEqual([404, PAGE]);
    const json = await fetch(`${base}/vi/json`);
    expect([json.status, await json.text()]).toEqual([404, '{"error":"not_found"}']);
    const ok = await fetch(`${base}/vi/ok`);
    expect([ok.status, await ok.text()]).toEqual([200, SHELL]);
  });

  it('keeps the shell when the rendered page cannot be had', async () => {
    fallback = null;
    const res = await fetch(`${base}/vi/shell`);
    expect([res.status, await res.text()]).toEqual([404, SHELL]);
  });
});
