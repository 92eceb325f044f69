// Compression of every answer the production server sends (docs/decisions/030-speed.md): Brotli
// when the client accepts it, gzip otherwise, for every text answer (pages, React Server Components
// payloads, JSON, feeds, SVG) whoever produced it — Next.js, the front cache's replay of a page it
// keeps compressed already (left as it is), or the server's own error pages. Next.js's own
// compression (gzip only, and none of the pages the front cache fills) is off in next.config.ts.
//
// The stream is flushed whenever the producer flushes (Next.js calls `res.flush()` after each chunk
// of a streamed page), so a page that streams still reaches the browser part by part.
import type { IncomingMessage, ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import { headersOf } from './held-answer';

export type Encoding = 'br' | 'gzip';

/** Content types worth compressing (images, fonts in woff2, archives are compressed already). */
const COMPRESSIBLE =
  /^\s*(?:text\/|image\/svg\+xml|application\/(?:json|javascript|ecmascript|xml|rss\+xml|atom\+xml|manifest\+json|ld\+json|geo\+json|problem\+json|x-javascript|wasm|vnd\.api\+json))/i;
/** Below this many bytes compression saves less than it costs. */
export const MIN_BYTES = 1024;

/** The encoding to use for this `Accept-Encoding`: Brotli first, then gzip; null for none. */
export function negotiate(header: string | string[] | undefined): Encoding | null {
  if (!header) return null;
  const q = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const p = params.map((x) => x.trim()).find((x) => x.startsWith('q='));
    const value = p ? Number(p.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (name: string) => q.get(name) ?? q.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return null;
}

export function isCompressible(contentType: unknown): boolean {
  return typeof contentType === 'string' && COMPRESSIBLE.test(contentType);
}

/** Adds Accept-Encoding to a Vary header value (unless it says `*` or names it already). */
export function varyWithEncoding(vary: unknown): string {
  const value = Array.isArray(vary) ? vary.join(', ') : vary === undefined ? '' : String(vary);
  if (/(?:^|,)\s*(?:\*|accept-encoding)\s*(?:,|$)/i.test(value)) return value;
  return value ? `${value}, Accept-Encoding` : 'Accept-Encoding';
}

/** A compressor for answers made per request: cheap settings (Brotli 4 beats gzip 6 in size and time). */
function encoder(encoding: Encoding, sizeHint?: number): zlib.BrotliCompress | zlib.Gzip {
  if (encoding === 'br')
    return zlib.createBrotliCompress({
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        ...(sizeHint ? { [zlib.constants.BROTLI_PARAM_SIZE_HINT]: sizeHint } : {}),
      },
    });
  return zlib.createGzip({ level: 6 });
}

/**
 * Compresses this answer if it is worth it: decided when its head is written, from its status,
 * `Content-Type`, `Content-Length`, `Content-Encoding` and `Cache-Control: no-transform`, and from
 * the `Accept-Encoding` the request had on arrival (call this before anything rewrites it).
 */
export function compressAnswer(req: IncomingMessage, res: ServerResponse): void {
  const accepted = negotiate(req.headers['accept-encoding']);
  const head = req.method === 'HEAD';
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  let decided = false;
  let stream: zlib.BrotliCompress | zlib.Gzip | null = null;

  const decide = (args: unknown[]) => {
    if (decided) return;
    decided = true;
    const status = typeof args[0] === 'number' ? args[0] : res.statusCode;
    const obj = args.findIndex((x) => x && typeof x === 'object');
    // Raw header lists (which may repeat a name) are left alone, and so is their answer.
    if (obj > 0 && Array.isArray(args[obj])) return;
    const extra = headersOf(args.slice(1));
    const header = (name: string) => extra[name] ?? res.getHeader(name);
    if (!isCompressible(header('content-type'))) return;
    // Headers passed to writeHead() win over setHeader(): move them over so that ours apply.
    for (const [k, v] of Object.entries(extra)) if (v !== undefined) res.setHeader(k, v);
    if (obj > 0) args.splice(obj, 1);
    // The answer differs by Accept-Encoding whether or not this one is compressed.
    res.setHeader('vary', varyWithEncoding(res.getHeader('vary')));
    const encoded = res.getHeader('content-encoding');
    const length = res.getHeader('content-length');
    if (
      !accepted ||
      head ||
      status < 200 ||
      status === 204 ||
      status === 206 ||
      status === 304 ||
      (encoded !== undefined && String(encoded).toLowerCase() !== 'identity') ||
      (length !== undefined && Number(length) < MIN_BYTES) ||
      /\bno-transform\b/i.test(String(res.getHeader('cache-control') ?? ''))
    )
      return;
    res.removeHeader('content-length');
    res.setHeader('content-encoding', accepted);
    const s = encoder(accepted, length !== undefined ? Number(length) : undefined);
    stream = s;
    s.on('data', (chunk: Buffer) => {
      if ((write as (c: Buffer) => boolean).call(res, chunk) === false) s.pause();
    });
    s.on('end', () => (end as () => ServerResponse).call(res));
    s.on('drain', () => res.emit('drain'));
    s.on('error', (error) => res.destroy(error));
    res.on('drain', () => s.resume());
    res.once('close', () => {
      if (!res.writableFinished) s.destroy();
    });
  };

  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    decide(args);
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['writeHead'];
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (!this.headersSent) this.writeHead(this.statusCode);
    if (!stream) return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    const encoding = typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : undefined;
    const callback = rest.find((x) => typeof x === 'function') as ((e?: Error | null) => void) | undefined;
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return true;
    return encoding
      ? stream.write(chunk as string, encoding, callback)
      : stream.write(chunk as Buffer, callback as (e?: Error | null) => void);
  } as ServerResponse['write'];
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    const callback = [chunk, ...rest].find((x) => typeof x === 'function') as (() => void) | undefined;
    const data = typeof chunk === 'function' ? undefined : chunk;
    if (!this.headersSent && !stream) {
      // A whole answer given at once: its length decides whether it is worth compressing.
      if (data !== undefined && data !== null && this.getHeader('content-length') === undefined && !decided) {
        const size =
          typeof data === 'string' ? Buffer.byteLength(data) : data instanceof Uint8Array ? data.byteLength : 0;
        if (size < MIN_BYTES) this.setHeader('content-length', size);
      }
      this.writeHead(this.statusCode);
    }
    if (!stream) return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    if (callback) this.once('finish', callback);
    const encoding = typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : undefined;
    if (data === undefined || data === null) stream.end();
    else if (encoding) stream.end(data as string, encoding);
    else stream.end(data as Buffer);
    return this;
  } as ServerResponse['end'];
  // Next.js calls this after each chunk of a streamed answer.
  (res as ServerResponse & { flush?: () => void }).flush = () => {
    if (stream) stream.flush();
  };
}
