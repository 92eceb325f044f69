// "Is this request from a browser on this very machine?", answered where it can be: the
// production server (scripts/serve.ts) sees the socket, Next.js's pages only see headers, and
// Next.js fills X-Forwarded-For from the socket only when the client sent none (so a remote
// client can claim 127.0.0.1 there). The server therefore stamps each direct loopback request with
// a header carrying a secret of this process, after removing any copy the client sent; pages
// compare it. Under `next dev` or `next start` nothing stamps, so no request counts as local.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const LOCAL_CLIENT_HEADER = 'x-cds-local-client';
const TOKEN_KEY = Symbol.for('congdanso.localClientToken');

// Any of these means a proxy (or someone pretending to be one) stands between the browser and us.
const FORWARDING_HEADERS = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-forwarded-server',
  'x-real-ip',
  'x-client-ip',
  'x-cluster-client-ip',
  'true-client-ip',
  'cf-connecting-ip',
  'fastly-client-ip',
  'via',
];

type Store = Record<symbol, unknown>;

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || /^(?:::ffff:)?127(?:\.\d{1,3}){3}$/i.test(address);
}

/** Called once by the production server; the pages of the same process read the secret. */
export function enableLocalClientStamp(): void {
  (globalThis as Store)[TOKEN_KEY] ??= randomBytes(32).toString('base64url');
}

/** Every request, before Next.js sees it: only a direct loopback connection keeps the stamp. */
export function stampLocalClient(req: { headers: IncomingHttpHeaders; socket: { remoteAddress?: string } }): void {
  delete req.headers[LOCAL_CLIENT_HEADER];
  const token = (globalThis as Store)[TOKEN_KEY];
  if (typeof token !== 'string') return;
  if (!isLoopbackAddress(req.socket.remoteAddress)) return;
  if (FORWARDING_HEADERS.some((name) => req.headers[name] !== undefined)) return;
  req.headers[LOCAL_CLIENT_HEADER] = token;
}

/** True only for a request stamped by this process's production server. */
export function isLocalClient(headers: Headers): boolean {
  const token = (globalThis as Store)[TOKEN_KEY];
  const given = headers.get(LOCAL_CLIENT_HEADER);
  if (typeof token !== 'string' || !given) return false;
  const a = Buffer.from(token);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Every request, after the stamp: who the client is, for rate limits (`clientIp` in
 * server/http/request.ts reads the last X-Forwarded-For entry). Without TRUST_PROXY this server is
 * the first to see the request, so any forwarding header arrived from the client itself and could
 * name anyone: they are all dropped and X-Forwarded-For is the socket's address. With TRUST_PROXY a
 * proxy in front appends the address it saw, and its headers are kept.
 */
export function setClientAddress(
  req: { headers: IncomingHttpHeaders; socket: { remoteAddress?: string } },
  trustProxy: boolean,
): void {
  if (trustProxy) return;
  for (const name of FORWARDING_HEADERS) delete req.headers[name];
  req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? 'unknown';
}
