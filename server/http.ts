import 'server-only';
import { headers } from 'next/headers';
import { env } from './env';

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
    const proto = env().TRUST_PROXY ? (request.headers.get('x-forwarded-proto') ?? 'http') : new URL(request.url).protocol.replace(':', '');
    allowed.add(`${proto}://${host}`);
  }
  return allowed.has(origin);
}

/** The client's address: the first X-Forwarded-For hop only behind a trusted proxy. */
export function clientIp(h: Headers): string {
  if (env().TRUST_PROXY) {
    const forwarded = h.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return h.get('x-real-ip') ?? h.get('x-forwarded-for')?.split(',').pop()?.trim() ?? 'unknown';
}

export async function currentIp(): Promise<string> {
  return clientIp(await headers());
}

/** A redirect target from a form: only a path on this site, never another origin. */
export function safeRedirectPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
