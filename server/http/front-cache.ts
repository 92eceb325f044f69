// A short-lived cache of compressed public pages in front of Next.js, in the same process
// (docs/decisions/013-front-cache.md). Next.js already keeps these pages rendered (the full-route
// cache), but answering one still costs its router, its page handler, an ETag over the whole page
// and gzip on every request: about three times a static file. Here the gzip bytes of a page Next.js
// marked as shareable are kept for a second or two, and while they are, a request for it is
// answered from memory.
//
// What is kept: only answers to plain GET requests for the public routes (no query string, no
// React Server Components or prefetch request), with status 200, `x-nextjs-cache` and a
// `Cache-Control` with `s-maxage` (Next.js's own mark of a page that is the same for everyone), and
// no cookie at all (a shareable answer never sets one: server/http/shared-answers.ts), asked for by
// a host the portal serves. Pages are kept per host, and a request with any other `Host` (or
// `X-Forwarded-Host`) neither reads nor fills the cache (docs/decisions/015-csp-without-unsafe-inline.md).
// How long: `ttlMs` at most; any editor save in this process empties it at once (publicPagesChanged()
// in lib/public-pages-changed.ts), so a page is never stale after a save on this instance; other
// instances see the change within `ttlMs` of their own Next.js cache seeing it.
import type { IncomingMessage, ServerResponse, OutgoingHttpHeaders } from 'node:http';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { negotiate } from './compression';
import { isAnonymousCookie, type AnonymousRoute } from '../../lib/anonymous-pages';

export const FRONT_CACHE_KEY = Symbol.for('congdanso.frontCache');

type Entry = {
  status: number;
  headers: [string, string | string[]][];
  gzip: Buffer;
  br: Buffer;
  etag?: string;
  expires: number;
  group: string;
};
/** `group`: '' for public pages and searches, else the shared group of a page kept for anonymous visitors. */
type Key = { key: string; ttlMs: number; query: boolean; group: string };

/** An address whose answer depends on its query string only (a search): which parameters, and for how long. */
export type QueryRoute = { params: readonly string[]; ttlMs: number };

export type FrontCacheOptions = {
  /** Is this path (no query string) one of the cached public pages? Returns its language, or null. */
  localeOf: (pathname: string) => string | null;
  /** Is this `Host` (lower case, with its port) one the portal serves? Others never reach the cache. */
  hostServed: (host: string) => boolean;
  ttlMs?: number;
  /**
   * Addresses rendered per request whose answer is nonetheless the same for everyone who sends the
   * same query (the procedure search, its suggestions): kept by their canonical query string for
   * the route's `ttlMs`, and emptied by every save like the pages.
   */
  queryRoute?: (pathname: string) => QueryRoute | null;
  /**
   * Pages of the dynamic sections that are the same for every visitor without a session
   * (lib/anonymous-pages.ts): read and kept only for requests without a session cookie (or any
   * cookie but the harmless ones), by their canonical query, and only an HTML 200 under a policy
   * without a nonce. `clear(group)` empties one group (docs/decisions/040).
   */
  anonymousRoute?: (pathname: string) => AnonymousRoute | null;
  maxEntries?: number;
  /** Pages larger than this are never kept. */
  maxBytes?: number;
  now?: () => number;
};

export type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

// Request headers of client-side navigations and prefetches: their answers differ (Vary).
const NAVIGATION_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'x-middleware-prefetch',
  'range',
];
// Per-connection or per-encoding headers: never replayed.
const DROPPED = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
]);
// After a save, answers Next.js gives during this long are not kept: its revalidation is applied
// a moment after the save returns (when the action or route finishes), and an answer produced
// before that would be the old page.
const HOLD_AFTER_CLEAR_MS = 3000;
// A kept page is compressed once per time to live, but on the request that fills the cache: Brotli
// quality 9 took 150–320 ms of CPU on a 103 KB search page for 3% fewer bytes than quality 6 (3–7 ms)
// on this machine (docs/decisions/030-speed.md, "Compressing the kept copy").
const BROTLI_QUALITY = 6;
const GZIP_LEVEL = 6;

/**
 * The query string with only `params`, each at most once, in that order, empty ones left out and
 * each value encoded one way; null when it holds anything else (the answer is then not kept).
 */
export function canonicalQuery(query: string, params: readonly string[]): string | null {
  // A malformed escape could be read two ways: such a query is not kept.
  if (query.length > 512 || /%(?![0-9A-Fa-f]{2})/.test(query)) return null;
  let parsed: URLSearchParams;
  try {
    parsed = new URLSearchParams(query);
  } catch {
    return null;
  }
  const out = new URLSearchParams();
  for (const name of new Set(parsed.keys())) if (!params.includes(name)) return null;
  for (const name of params) {
    const values = parsed.getAll(name);
    if (values.length > 1) return null;
    if (values[0]) out.set(name, values[0]);
  }
  return out.toString();
}

export class FrontCache {
  private entries = new Map<string, Entry>();
  private generation = 0;
  private groupGenerations = new Map<string, number>();
  private holdUntil = 0;
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly now: () => number;
  readonly stats = { hits: 0, stored: 0 };

  constructor(private readonly options: FrontCacheOptions) {
    this.ttlMs = options.ttlMs ?? 2000;
    this.maxEntries = options.maxEntries ?? 2000;
    this.maxBytes = options.maxBytes ?? 1024 * 1024;
    this.now = options.now ?? Date.now;
  }

  /**
   * Forget every page (an editor saved something), and keep none of the answers of the next moments;
   * or, with a group, only the anonymous visitors' pages of that group (a report changed), and none
   * of that group's answers under way.
   */
  clear(group?: string): void {
    if (group !== undefined) {
      this.groupGenerations.set(group, (this.groupGenerations.get(group) ?? 0) + 1);
      for (const [key, entry] of this.entries) if (entry.group === group) this.entries.delete(key);
      return;
    }
    this.generation++;
    this.holdUntil = this.now() + HOLD_AFTER_CLEAR_MS;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Registers this cache as the one publicPagesChanged() empties. */
  register(): this {
    (globalThis as Record<symbol, unknown>)[FRONT_CACHE_KEY] = this;
    return this;
  }

  /** Answers from the cache, or passes the request to `next` (and keeps its answer if it may). */
  handle(req: IncomingMessage, res: ServerResponse, next: Handler): unknown {
    const key = this.ttlMs > 0 ? this.keyOf(req) : null;
    if (key === null) return next(req, res);
    const entry = this.entries.get(key.key);
    if (entry && entry.expires > this.now()) {
      this.stats.hits++;
      this.send(req, res, entry);
      return undefined;
    }
    if (entry) this.entries.delete(key.key);
    return this.fill(key, req, res, next);
  }

  private keyOf(req: IncomingMessage): Key | null {
    if (req.method !== 'GET') return null;
    const url = req.url ?? '';
    if (!negotiate(req.headers['accept-encoding'])) return null;
    for (const h of NAVIGATION_HEADERS) if (req.headers[h] !== undefined) return null;
    const cut = url.indexOf('?');
    const pathname = cut < 0 ? url : url.slice(0, cut);
    const anonymous = this.options.anonymousRoute?.(pathname) ?? null;
    if (anonymous && !isAnonymousCookie(req.headers.cookie)) return null;
    const route = anonymous ?? this.options.queryRoute?.(pathname) ?? null;
    let key: string;
    if (route) {
      const query = canonicalQuery(cut < 0 ? '' : url.slice(cut + 1), route.params);
      if (query === null) return null;
      key = query ? `${pathname}?${query}` : pathname;
    } else {
      if (cut >= 0 || this.options.localeOf(url) === null) return null;
      key = url;
    }
    const host = req.headers.host?.toLowerCase();
    if (!host || !this.options.hostServed(host)) return null;
    const forwarded = req.headers['x-forwarded-host'];
    if (forwarded !== undefined && (Array.isArray(forwarded) || !this.options.hostServed(forwarded.toLowerCase())))
      return null;
    return {
      key: `${host}\0${key}`,
      ttlMs: route ? route.ttlMs : this.ttlMs,
      query: !!route,
      group: anonymous?.group ?? '',
    };
  }

  private send(req: IncomingMessage, res: ServerResponse, entry: Entry) {
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    res.setHeader('x-front-cache', 'hit');
    if (entry.etag && req.headers['if-none-match'] === entry.etag) {
      res.statusCode = 304;
      res.removeHeader('content-type');
      res.end();
      return;
    }
    res.statusCode = entry.status;
    const body = negotiate(req.headers['accept-encoding']) === 'br' ? entry.br : entry.gzip;
    res.setHeader('content-encoding', body === entry.br ? 'br' : 'gzip');
    res.setHeader('content-length', body.length);
    res.end(body);
  }

  /**
   * Lets Next.js answer uncompressed (the compression around the whole server, compression.ts,
   * compresses this one answer for its visitor) and keeps a Brotli and a gzip copy.
   */
  private fill(key: Key, req: IncomingMessage, res: ServerResponse, next: Handler): unknown {
    const generation = this.generation;
    const groupGeneration = this.groupGenerations.get(key.group) ?? 0;
    const held = this.now() < this.holdUntil;
    req.headers['accept-encoding'] = 'identity';
    // The whole page, so that it can be kept (this visitor gets a 200 instead of a 304, once).
    delete req.headers['if-none-match'];
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (tooBig || chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const buf = Buffer.isBuffer(chunk)
        ? Buffer.from(chunk)
        : typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : chunk instanceof Uint8Array
            ? Buffer.from(chunk)
            : null;
      if (!buf) return;
      size += buf.length;
      if (size > this.maxBytes) tooBig = true;
      else chunks.push(buf);
    };
    const extraHeaders: OutgoingHttpHeaders = {};
    // The head as Next.js wrote it, before the compression around the server changed it.
    let written: OutgoingHttpHeaders | null = null;
    const write = res.write;
    const end = res.end;
    const writeHead = res.writeHead;
    res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    } as ServerResponse['write'];
    res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    } as ServerResponse['end'];
    res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
      const headers = rest.find((x) => x && typeof x === 'object');
      if (Array.isArray(headers)) {
        for (let i = 0; i + 1 < headers.length; i += 2)
          extraHeaders[String(headers[i]).toLowerCase()] = headers[i + 1] as string;
      } else if (headers) {
        for (const [k, v] of Object.entries(headers as OutgoingHttpHeaders)) extraHeaders[k.toLowerCase()] = v;
      }
      written = { ...this.getHeaders(), ...extraHeaders };
      return (writeHead as (...a: unknown[]) => ServerResponse).call(this, status, ...rest);
    } as ServerResponse['writeHead'];
    res.once('finish', () => {
      if (tooBig || held || generation !== this.generation) return;
      if (groupGeneration !== (this.groupGenerations.get(key.group) ?? 0)) return;
      const headers = written ?? { ...res.getHeaders(), ...extraHeaders };
      this.store(key, res.statusCode, headers, Buffer.concat(chunks, size));
    });
    return next(req, res);
  }

  private store(key: Key, status: number, headers: OutgoingHttpHeaders, body: Buffer) {
    if (status !== 200 || !body.length) return;
    if (key.query) {
      // A search rendered per request: an HTML page under a policy without a nonce (the same for
      // everyone), or JSON. An anonymous visitor's page: HTML with such a policy, nothing else.
      const type = String(headers['content-type'] ?? '');
      const policy = String(headers['content-security-policy'] ?? '');
      if (!/^(?:text\/html|application\/json)\b/i.test(type) || /'nonce-/.test(policy)) return;
      if (key.group && (!/^text\/html\b/i.test(type) || !policy)) return;
    } else if (
      // A page from Next.js's cache (not a stale copy being refreshed), shareable, complete.
      !['HIT', 'MISS'].includes(String(headers['x-nextjs-cache'])) ||
      !/\bs-maxage=\d+/.test(String(headers['cache-control'] ?? ''))
    )
      return;
    if (headers['content-encoding'] !== undefined && headers['content-encoding'] !== 'identity') return;
    if (headers['content-length'] !== undefined && Number(headers['content-length']) !== body.length) return;
    if (headers['set-cookie'] !== undefined) return;
    const kept: [string, string | string[]][] = [];
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined || DROPPED.has(name)) continue;
      // Replayed answers come from Next.js's cache too, whether this one was rendered or not.
      if (name === 'x-nextjs-cache') kept.push([name, 'HIT']);
      else kept.push([name, Array.isArray(value) ? value.map(String) : String(value)]);
    }
    const vary = String(headers.vary ?? '');
    if (!/accept-encoding/i.test(vary)) {
      const i = kept.findIndex(([n]) => n === 'vary');
      const value = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
      if (i >= 0) kept[i] = ['vary', value];
      else kept.push(['vary', value]);
    }
    if (this.entries.size >= this.maxEntries && !this.entries.has(key.key)) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    const etag = headers.etag === undefined ? undefined : String(headers.etag);
    this.entries.set(key.key, {
      status,
      headers: kept,
      gzip: gzipSync(body, { level: GZIP_LEVEL }),
      br: brotliCompressSync(body, {
        params: {
          [zlibConstants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
          [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
          [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
      etag,
      expires: this.now() + key.ttlMs,
      group: key.group,
    });
    this.stats.stored++;
  }
}
