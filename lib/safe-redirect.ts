// The one check for every return address the portal follows (`next=` after sign-in, the address
// of a new report, Auth.js's callback URL): used by route handlers, pages, server actions and the
// browser alike, so it imports nothing from the server.
import { locales } from '@/i18n/routing';

const MAX_LENGTH = 2048;
// Raw control characters (tab, LF, CR…), spaces and backslashes: browsers drop or rewrite them,
// which is how `/\t/evil.example` becomes `//evil.example`.
const RAW_FORBIDDEN = /[\u0000-\u0020\u007f-\u009f\\\u2028\u2029]/;
// Their percent-encoded forms, plus an encoded slash or percent sign, which a second decoding
// (by a proxy, a framework or the browser) could turn into any of the above.
const ENCODED_FORBIDDEN = /%(?:[01][0-9a-f]|7f|2f|5c|25)/i;

/**
 * A same-site path to go to, or null. `value` is accepted only when it is a path of the portal
 * (`/vi…` or `/en…`) that stays on `base`'s origin once resolved against it; the answer is the
 * normalised path with its query and fragment, never an absolute address.
 */
export function safeReturnPath(value: unknown, base: string | URL): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return null;
  if (!value.startsWith('/') || value.startsWith('//')) return null;
  if (RAW_FORBIDDEN.test(value) || ENCODED_FORBIDDEN.test(value)) return null;
  let origin: string;
  let url: URL;
  try {
    origin = new URL(base).origin;
    url = new URL(value, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin || url.username || url.password) return null;
  const first = url.pathname.split('/')[1] ?? '';
  if (!(locales as readonly string[]).includes(first)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
