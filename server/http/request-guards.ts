// What the production server (scripts/serve.ts) checks and fixes around Next.js's own handler:
//   - a form post to a page (a server action) from another site, from `Origin: null`, with a body
//     that cannot be read or that is too large: refused here with a 4xx and a clear page, where
//     Next.js 16 would run into its own refusal and answer an empty 500
//     (next/dist/server/app-render/action-handler.js);
//   - a page that fails as a whole while the database is out of reach: Next.js's empty 500 error
//     shell is replaced by the localized "temporarily unavailable" page, 503 with Retry-After.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import busboy from 'busboy';
import { databaseOutage, OUTAGE_RETRY_AFTER_SECONDS } from './outage';
import { pathLocale, preparePlainPage, refusedFormPage, unavailablePage } from './plain-pages';

const isPagePath = (url: string | undefined) => {
  const path = (url ?? '/').split('?')[0]!;
  return !path.startsWith('/api/') && !path.startsWith('/_next/');
};

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Would Next.js treat this request as a server action (next-action header or a multipart post)? */
export function isServerActionPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || !isPagePath(req.url)) return false;
  return Boolean(header(req, 'next-action')) || (header(req, 'content-type') ?? '').toLowerCase().startsWith('multipart/form-data');
}

/**
 * The same comparison Next.js makes (the Origin's host against X-Forwarded-Host, else Host), so
 * that every action it would refuse is refused here first. A request without Origin passes, as
 * it does in Next.js: browsers always send one with a form post.
 */
export function actionOriginAllowed(req: IncomingMessage): boolean {
  const origin = header(req, 'origin');
  if (origin === undefined) return true;
  if (origin === 'null') return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const forwarded = header(req, 'x-forwarded-host')?.split(',')[0]?.trim();
  const host = forwarded || header(req, 'host');
  return Boolean(host) && originHost === host;
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large' | 'unreadable'> {
  if (Number(header(req, 'content-length') ?? 0) > limit) return 'too-large';
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > limit) return 'too-large';
      chunks.push(chunk as Buffer);
    }
  } catch {
    return 'unreadable';
  }
  return Buffer.concat(chunks);
}

function multipartReadable(req: IncomingMessage, body: Buffer): Promise<boolean> {
  return new Promise((resolve) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8' });
    } catch {
      resolve(false);
      return;
    }
    parser.on('file', (_name, stream) => stream.resume());
    parser.on('error', () => resolve(false));
    parser.on('close', () => resolve(true));
    parser.end(body);
  });
}

/**
 * Gives the request its body back, read again from memory: the way Next.js itself hands a body
 * its proxy has read on to the page (getCloneableBody in next/dist/server/body-streams.js).
 */
function withBody(req: IncomingMessage, body: Buffer): IncomingMessage {
  const replay = new PassThrough();
  replay.end(body);
  const target = req as unknown as Record<string, unknown>;
  for (const key in replay) {
    const value = (replay as unknown as Record<string, unknown>)[key];
    target[key] = typeof value === 'function' ? value.bind(req) : value;
  }
  return req;
}

function refuse(req: IncomingMessage, res: ServerResponse, status: number, reason: Parameters<typeof refusedFormPage>[1]) {
  preparePlainPage(res, status);
  // The rest of a refused body is not read: the connection closes after the answer.
  res.setHeader('Connection', 'close');
  res.end(refusedFormPage(pathLocale(req.url), reason));
}

/**
 * Checks a server action post before Next.js sees it. Returns the request to hand on (with its
 * body replayed), or null when the answer has been sent.
 */
export async function checkServerAction(req: IncomingMessage, res: ServerResponse, bodyLimit: number): Promise<IncomingMessage | null> {
  if (!isServerActionPost(req)) return req;
  if (!actionOriginAllowed(req)) {
    refuse(req, res, 403, 'refusedOrigin');
    return null;
  }
  const body = await readBody(req, bodyLimit);
  if (body === 'too-large') {
    refuse(req, res, 413, 'refusedTooLarge');
    return null;
  }
  const type = (header(req, 'content-type') ?? '').toLowerCase();
  let readable = false;
  if (body === 'unreadable') readable = false;
  else if (type.startsWith('multipart/form-data')) readable = await multipartReadable(req, body);
  else {
    // A fetch action without files sends its arguments as one JSON text (React's encodeReply).
    try {
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
      readable = true;
    } catch {
      readable = false;
    }
  }
  if (!readable || typeof body === 'string') {
    refuse(req, res, 400, 'refusedBody');
    return null;
  }
  return withBody(req, body);
}

/**
 * While the database is out of reach, a page Next.js answers with a 500 HTML document (its empty
 * error shell) is answered with the "temporarily unavailable" page instead: 503, Retry-After,
 * in the page's language. Installed on the response before Next.js writes anything.
 */
export function unavailablePageOnFailure(req: IncomingMessage, res: ServerResponse): void {
  if ((req.method !== 'GET' && req.method !== 'HEAD' && !isServerActionPost(req)) || !isPagePath(req.url)) return;
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  let decided = false;
  // Next.js's own bytes go nowhere once the page has been swapped.
  const swallow = () => {
    const done = (args: unknown[]) => {
      const cb = args.find((a) => typeof a === 'function') as (() => void) | undefined;
      if (cb) queueMicrotask(cb);
    };
    res.flushHeaders = () => {};
    res.writeHead = (() => res) as unknown as ServerResponse['writeHead'];
    res.write = ((...args: unknown[]) => (done(args), true)) as ServerResponse['write'];
    res.end = ((...args: unknown[]) => (done(args), res)) as ServerResponse['end'];
  };
  /** Called before the first byte goes out: true when the page was swapped (and sent). */
  const swapped = (): boolean => {
    if (decided) return false;
    decided = true;
    Object.assign(res, original);
    if (res.headersSent || res.statusCode < 500 || !databaseOutage.isDown()) return false;
    if (!/^text\/html/i.test(String(res.getHeader('content-type') ?? ''))) return false;
    preparePlainPage(res, 503, { 'Retry-After': String(OUTAGE_RETRY_AFTER_SECONDS) });
    const path = (req.url ?? '/').split('#')[0]!;
    res.end(unavailablePage(pathLocale(req.url), /^\/(?![/\\])/.test(path) ? path : '/'));
    swallow();
    return true;
  };
  res.flushHeaders = function () {
    if (!swapped()) res.flushHeaders();
  };
  res.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (!res.headersSent) res.statusCode = statusCode;
    if (swapped()) return res;
    return (res.writeHead as (...a: unknown[]) => ServerResponse)(statusCode, ...rest);
  } as ServerResponse['writeHead'];
  res.write = function (...args: unknown[]) {
    if (swapped()) return res.write(...(args as [string]));
    return (res.write as (...a: unknown[]) => boolean)(...args);
  } as ServerResponse['write'];
  res.end = function (...args: unknown[]) {
    if (swapped()) return res.end();
    return (res.end as (...a: unknown[]) => ServerResponse)(...args);
  } as ServerResponse['end'];
}
