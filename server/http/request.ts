import 'server-only';
import { headers } from 'next/headers';
import { env } from '../env';

/**
 * A state-changing request must come from a page of this site: the Origin header has to be
 * present and equal to the public address (or the address the request was sent to).
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  const allowed = new Set([new URL(env().PUBLIC_URL).origin]);
  const host = request.headers.get('host');
  if (host) {
    const proto = env().TRUST_PROXY
      ? (request.headers.get('x-forwarded-proto') ?? 'http')
      : new URL(request.url).protocol.replace(':', '');
    allowed.add(`${proto}://${host}`);
  }
  return allowed.has(origin);
}

/** An absolute address on the portal: always on PUBLIC_URL, never on the request's Host, which anyone can set. */
export function publicUrl(path: string): URL {
  return new URL(path, env().PUBLIC_URL);
}

/**
 * The client's address for rate limits: the last X-Forwarded-For entry, which is the one added by
 * the nearest proxy (or, without a proxy, by the Next.js server from the socket when the client
 * sent none). Behind a load balancer that appends the client address this is the real client.
 */
export function clientIp(h: Headers): string {
  const forwarded = h
    .get('x-forwarded-for')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? h.get('x-real-ip') ?? 'unknown';
}

export async function currentIp(): Promise<string> {
  return clientIp(await headers());
}
