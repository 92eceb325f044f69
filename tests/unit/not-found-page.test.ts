import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressAnswer } from '@/server/http/compression';
import { hashInlineScripts } from '@/server/http/script-hashes';
import { fillEmptyNotFound, notFoundParts, type NotFoundPage } from '@/server/http/not-found-page';

// The production server's order: compression, script hashes, then the not-found filler nearest to
// the page. A stand-in for Next.js answers what each address asks for.
const SHELL =
  '<!DOCTYPE html><html id="__next_error__"><head><meta charSet="utf-8"/><title>Công dân số</title></head><body><div hidden=""></div><script nonce="abc">self.__next_f=[]</script></body></html>';
const PAGE = '<!DOCTYPE html><html lang="vi"><body><main><h1>Không tìm thấy trang</h1></main></body></html>';
const GLOBAL_404 =
  '<!DOCTYPE html><html lang="vi"><head><link rel="stylesheet" href="/_next/static/chunks/site.css"/><script src="/x.js"></script></head>' +
  '<body><main><h1>Không tìm thấy trang</h1><div lang="en"><h2>Page not found</h2></div></main><script>self.__next_f.push([1,"x"])</script></body></html>';
const rendered = notFoundParts(GLOBAL_404)!;
let fallback: NotFoundPage | null = null;
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
        : /^\/(vi|en)\/forbidden$/.test(req.url ?? '')
          ? [403, 'text/html; charset=utf-8', SHELL]
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
  it('writes the rendered page into the empty error shell, without its scripts, under the shell’s own policy', async () => {
    fallback = rendered;
    const res = await fetch(`${base}/vi/shell`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('<html id="__next_error__" lang="vi">');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css"/></head>');
    expect(html).toContain(
      '<body><main><h1>Không tìm thấy trang</h1><div lang="en"><h2>Page not found</h2></div></main>',
    );
    expect(html).not.toContain('self.__next_f.push([1,"x"])');
    expect(html).not.toContain('/x.js');
    // The shell's own script (the localized page, rendered by the browser when it runs scripts) stays.
    expect(html).toContain('<script nonce="abc">self.__next_f=[]</script>');
    expect(res.headers.get('content-security-policy')).toContain("'nonce-abc'");
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

  it('writes the "no access" text of the address’s language into a 403 shell, inside the rendered page', async () => {
    fallback = rendered;
    for (const [locale, title, lead] of [
      ['vi', 'Không có quyền truy cập', 'Tài khoản của bạn không có quyền xem trang này.'],
      ['en', 'You do not have access', 'Your account is not allowed to see this page.'],
    ] as const) {
      const res = await fetch(`${base}/${locale}/forbidden`);
      expect(res.status).toBe(403);
      const html = await res.text();
      expect(html).toContain(`<html id="__next_error__" lang="${locale}">`);
      expect(html).toContain(`<title>${title} – Công dân số</title>`);
      expect(html.match(/<title>/g)).toHaveLength(1);
      expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css"/>');
      expect(html).toContain(`<main><div class="max-w-prose"><h1 class="text-3xl font-bold">${title}</h1>`);
      expect(html).toContain(lead);
      expect(html).toContain(`<a href="/${locale}">`);
      expect(html).not.toContain('Không tìm thấy trang');
    }
  });
});
