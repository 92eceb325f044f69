// The build's hashed files (`/_next/static/…`: scripts, stylesheets, fonts, images), served by the
// production server from memory with their Brotli and gzip copies written at build time
// (compressStaticAssets(), run by scripts/lib/build.ts), instead of read and gzipped per request by
// Next.js (docs/decisions/030-speed.md). Their names change with their content, so browsers may keep
// them for a year without asking again (`immutable`). Anything not found here goes on to Next.js.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { baseSecurityHeaders, staticCsp } from '../../lib/security-headers';
import { MIN_BYTES, negotiate } from './compression';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
const PREFIX = '/_next/static/';

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
};
const COMPRESSED_KINDS = new Set(['.js', '.mjs', '.css', '.json', '.map', '.txt', '.svg', '.ttf']);

function walk(dir: string, out: string[]) {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir)) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
}

/** Writes `<file>.br` (quality 11) and `<file>.gz` (level 9) beside every compressible build file. */
export function compressStaticAssets(distDir: string): { files: number; bytes: number; br: number; gzip: number } {
  const files: string[] = [];
  walk(path.join(distDir, 'static'), files);
  const totals = { files: 0, bytes: 0, br: 0, gzip: 0 };
  for (const file of files) {
    if (!COMPRESSED_KINDS.has(path.extname(file))) continue;
    const body = readFileSync(file);
    if (body.length < MIN_BYTES) continue;
    const br = brotliCompressSync(body, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    const gz = gzipSync(body, { level: 9 });
    writeFileSync(`${file}.br`, br);
    writeFileSync(`${file}.gz`, gz);
    totals.files++;
    totals.bytes += body.length;
    totals.br += br.length;
    totals.gzip += gz.length;
  }
  return totals;
}

type Asset = { type: string; raw: Buffer; br?: Buffer; gzip?: Buffer };

export class StaticAssets {
  private readonly assets = new Map<string, Asset | null>();
  private readonly root: string;
  private readonly headers: [string, string][];

  constructor(distDir: string) {
    this.root = path.resolve(distDir, 'static');
    this.headers = [
      ...baseSecurityHeaders.map(({ key, value }) => [key, value] as [string, string]),
      ['Content-Security-Policy', staticCsp],
      ['Cache-Control', IMMUTABLE],
    ];
  }

  private load(relative: string): Asset | null {
    if (this.assets.has(relative)) return this.assets.get(relative)!;
    let asset: Asset | null = null;
    const file = path.resolve(this.root, relative);
    const type = TYPES[path.extname(file)];
    if (type && file.startsWith(this.root + path.sep) && existsSync(file) && statSync(file).isFile()) {
      const read = (p: string) => (existsSync(p) ? readFileSync(p) : undefined);
      asset = { type, raw: readFileSync(file), br: read(`${file}.br`), gzip: read(`${file}.gz`) };
    }
    // Only files of the build are remembered (a bounded set); unknown names are not.
    if (asset) this.assets.set(relative, asset);
    return asset;
  }

  /** Answers a request for a build file it has; returns false to let Next.js answer. */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '';
    if (!url.startsWith(PREFIX) || url.includes('?') || url.includes('%') || url.includes('..')) return false;
    const asset = this.load(url.slice(PREFIX.length));
    if (!asset) return false;
    for (const [k, v] of this.headers) res.setHeader(k, v);
    res.setHeader('Content-Type', asset.type);
    let body = asset.raw;
    if (asset.br || asset.gzip) {
      res.setHeader('Vary', 'Accept-Encoding');
      const encoding = negotiate(req.headers['accept-encoding']);
      if (encoding === 'br' && asset.br) {
        body = asset.br;
        res.setHeader('Content-Encoding', 'br');
      } else if (encoding && asset.gzip) {
        body = asset.gzip;
        res.setHeader('Content-Encoding', 'gzip');
      }
    }
    res.setHeader('Content-Length', body.length);
    res.statusCode = 200;
    if (req.method === 'HEAD') res.end();
    else res.end(body);
    return true;
  }
}
