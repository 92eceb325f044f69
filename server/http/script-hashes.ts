// The Content-Security-Policy of pages that cannot carry a nonce (the cached public pages, 404s):
// the production server lists in `script-src` the SHA-256 hashes of the framework's inline scripts
// of the exact HTML it sends (docs/decisions/015-csp-without-unsafe-inline.md). A hash computed at
// build time would not do: a cached page is rendered again after every editor's save, and its
// inline React Server Components payload changes with its content.
//
// Only scripts of the framework's two shapes are hashed, and both are pure data (a JSON value
// handed to a function the framework defined): the payload chunks `self.__next_f.push([...])` and
// Turbopack's list of the build's own chunk files. Any other inline script in a page (which only an
// injection could put there: React escapes text, and nothing renders raw HTML) gets no hash, so
// the browser refuses to run it, and the server says so in its log.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { staticCsp } from '../../lib/security-headers';
import { headersOf, holdAnswer } from './held-answer';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const PAYLOAD_START = '(self.__next_f=self.__next_f||[]).push([0])';
const PAYLOAD_CHUNK = /^self\.__next_f\.push\((\[[\s\S]*\])\)$/;
const CHUNK_LIST = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[\s\S]*\})\);?$/;
const CHUNK_FILE = /^static\/chunks\/[A-Za-z0-9_.~-]+\.(?:js|css)$/;
// `type` values under which a script runs (anything else, such as JSON-LD, is data the policy ignores).
const SCRIPT_TYPE = /^\s*(?:|text\/javascript|application\/javascript|module)\s*$/i;

function json(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Is this inline script's text one of the framework's data scripts? */
export function isFrameworkScript(text: string): boolean {
  if (text === PAYLOAD_START) return true;
  const chunk = PAYLOAD_CHUNK.exec(text);
  if (chunk) {
    const value = json(chunk[1]!);
    return Array.isArray(value) && typeof value[0] === 'number';
  }
  const list = CHUNK_LIST.exec(text);
  if (list) {
    const value = json(list[1]!) as { otherChunks?: unknown; runtimeModuleIds?: unknown } | undefined;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
    const { otherChunks, runtimeModuleIds, ...rest } = value;
    return (
      Object.keys(rest).length === 0 &&
      Array.isArray(otherChunks) &&
      otherChunks.every((c) => typeof c === 'string' && CHUNK_FILE.test(c)) &&
      (runtimeModuleIds === undefined ||
        (Array.isArray(runtimeModuleIds) && runtimeModuleIds.every((n) => typeof n === 'number')))
    );
  }
  return false;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The CSP hash sources of a page's framework scripts, and the inline scripts left without one. */
export function inlineScriptHashes(html: string): { hashes: string[]; refused: string[] } {
  const hashes = new Set<string>();
  const refused: string[] = [];
  for (const m of html.matchAll(SCRIPT)) {
    const attributes = m[1]!;
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
    if (type && !SCRIPT_TYPE.test(type[1] ?? type[2] ?? type[3] ?? '')) continue;
    // The browser hashes the text after the HTML parser turned CR LF and lone CR into LF.
    const text = m[2]!.replace(/\r\n?/g, '\n');
    if (isFrameworkScript(text)) hashes.add(sha256(text));
    else refused.push(text);
  }
  return { hashes: [...hashes], refused };
}

/** `policy` with these hash sources added to its `script-src`. */
export function withScriptHashes(policy: string, hashes: string[]): string {
  if (!hashes.length) return policy;
  return policy
    .split(';')
    .map((d) => (/^\s*script-src\s/i.test(d) ? `${d.trimEnd()} ${hashes.join(' ')}` : d))
    .join(';');
}

const WITH_NONCE = /'nonce-/;
let warned = 0;

function decode(body: Buffer, encoding: string | undefined): string | null {
  try {
    const e = (encoding ?? 'identity').trim().toLowerCase();
    if (e === 'identity' || e === '') return body.toString('utf8');
    if (e === 'gzip' || e === 'x-gzip') return gunzipSync(body).toString('utf8');
    if (e === 'br') return brotliDecompressSync(body).toString('utf8');
    if (e === 'deflate') return inflateSync(body).toString('utf8');
    return null;
  } catch {
    return null;
  }
}

/**
 * Holds back an HTML answer that carries a policy without a nonce until it is complete, then adds
 * the hashes of its framework scripts to that policy and sends it unchanged. A `304` carries no
 * body to hash, so it carries no policy either: the browser keeps the one it stored with the page.
 * An answer with no policy at all gets the static one first. Other answers pass through untouched.
 */
export function hashInlineScripts(req: IncomingMessage, res: ServerResponse): void {
  holdAnswer(res, {
    decide(args) {
      const status = typeof args[0] === 'number' ? args[0] : res.statusCode;
      const extra = headersOf(args.slice(1));
      const header = (name: string) => extra[name] ?? res.getHeader(name);
      let policy = header('content-security-policy');
      if (policy === undefined) {
        // Addresses no header rule reaches (a 404 for a path with a dot, robots.txt) still get a policy.
        policy = staticCsp;
        res.setHeader('content-security-policy', staticCsp);
      }
      if (typeof policy !== 'string' || WITH_NONCE.test(policy)) return false;
      if (status === 304) {
        res.removeHeader('content-security-policy');
        return false;
      }
      return /^text\/html\b/i.test(String(header('content-type') ?? '')) && req.method !== 'HEAD';
    },
    passHead(args) {
      if (args[0] !== 304 || args.length < 2) return args;
      const extra = headersOf(args.slice(1));
      delete extra['content-security-policy'];
      return [304, ...(typeof args[1] === 'string' ? [args[1]] : []), extra];
    },
    release(body, send) {
      const text = decode(body, res.getHeader('content-encoding') as string | undefined);
      if (text !== null) {
        const { hashes, refused } = inlineScriptHashes(text);
        res.setHeader(
          'content-security-policy',
          withScriptHashes(String(res.getHeader('content-security-policy')), hashes),
        );
        if (refused.length && warned < 20) {
          warned++;
          console.warn(
            `Content-Security-Policy: ${refused.length} inline script(s) on ${req.url} are not the framework's and get no hash; browsers will block them.`,
          );
        }
      }
      send(body);
    },
  });
}
