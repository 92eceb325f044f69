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
  return (
    Boolean(header(req, 'next-action')) ||
    (header(req, 'content-type') ?? '').toLowerCase().startsWith('multipart/form-data')
  );
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

function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  reason: Parameters<typeof refusedFormPage>[1],
) {
  preparePlainPage(res, status);
  // The rest of a refused body is not read: the connection closes after the answer.
  res.setHeader('Connection', 'close');
  res.end(refusedFormPage(pathLocale(req.url), reason));
}

/**
 * Checks a server action post before Next.js sees it. Returns the request to hand on (with its
 * body replayed), or null when the answer has been sent.
 */
export async function checkServerAction(
  req: IncomingMessage,
  res: ServerResponse,
  bodyLimit: number,
): Promise<IncomingMessage | null> {
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
  // Wrappers stay in place for the whole answer and call what they replaced: Next.js wraps these
  // methods again (compression), so they must never be put back.
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  let state: 'undecided' | 'pass' | 'swapped' = 'undecided';
  let sending = false;
  /** Decided before the first byte goes out: true once the page has been swapped (and sent). */
  const swapped = (): boolean => {
    if (state === 'undecided') {
      const failedPage =
        !res.headersSent &&
        res.statusCode >= 500 &&
        databaseOutage.isDown() &&
        /^text\/html/i.test(String(res.getHeader('content-type') ?? ''));
      state = failedPage ? 'swapped' : 'pass';
      if (failedPage) {
        preparePlainPage(res, 503, { 'Retry-After': String(OUTAGE_RETRY_AFTER_SECONDS) });
        const path = (req.url ?? '/').split('#')[0]!;
        sending = true;
        // Headers written here, directly: Next.js's compression would otherwise add its own on the way.
        (original.writeHead as (status: number) => ServerResponse).call(res, 503);
        (original.end as (chunk: string) => ServerResponse).call(
          res,
          unavailablePage(pathLocale(req.url), /^\/(?![/\\])/.test(path) ? path : '/'),
        );
        sending = false;
      }
    }
    return state === 'swapped';
  };
  // Once swapped, Next.js's own bytes go nowhere.
  const done = (args: unknown[]) => {
    const cb = args.find((a) => typeof a === 'function') as (() => void) | undefined;
    if (cb) queueMicrotask(cb);
  };
  const call = <K extends keyof typeof original>(key: K, args: unknown[]) =>
    (original[key] as (...a: unknown[]) => unknown).apply(res, args);
  res.flushHeaders = function (...args: unknown[]) {
    if (sending || !swapped()) call('flushHeaders', args);
  } as ServerResponse['flushHeaders'];
  res.writeHead = function (...args: unknown[]) {
    if (sending) return call('writeHead', args);
    if (!res.headersSent && state === 'undecided') res.statusCode = args[0] as number;
    return swapped() ? res : call('writeHead', args);
  } as ServerResponse['writeHead'];
  res.write = function (...args: unknown[]) {
    if (sending) return call('write', args);
    if (swapped()) return (done(args), true);
    return call('write', args);
  } as ServerResponse['write'];
  res.end = function (...args: unknown[]) {
    if (sending) return call('end', args);
    if (swapped()) return (done(args), res);
    return call('end', args);
  } as ServerResponse['end'];
}

/**
 * A route handler's address with a broken percent-escape (`/api/procedures/%ff`) makes Next.js
 * answer a plain-text 500 before any handler runs. It is the client's mistake: 400 in the portal's
 * error shape. Page addresses are left to Next.js, which answers them with the 404 page.
 */
export function malformedApiAddress(req: IncomingMessage): boolean {
  const path = (req.url ?? '/').split('?')[0]!;
  if (!path.startsWith('/api/')) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}
