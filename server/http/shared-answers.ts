// A shared cache (a CDN, a caching reverse proxy, the front cache) keeps an answer marked `public`
// or `s-maxage` and hands it, headers included, to everyone who asks for the same address: such an
// answer must never set a cookie, or one visitor's cookie would be given to all. The production
// server applies this to every answer, whichever code produced it (docs/decisions/015-csp-without-unsafe-inline.md).
//   - The language cookie (`NEXT_LOCALE`) is dropped: pages remember the language in the browser
//     (components/layout/RememberLocale.tsx), and a feed does not need to.
//   - Any other cookie is kept and the answer becomes `private, no-store`: a cookie that changes a
//     session matters more than the cacheability of the answer that carries it.
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { LOCALE_COOKIE } from '../../i18n/public-routes';

/** May a shared cache keep an answer with this `Cache-Control`? */
export function isShareable(cacheControl: unknown): boolean {
  const value = Array.isArray(cacheControl) ? cacheControl.join(',') : String(cacheControl ?? '');
  return /(?:^|,)\s*(?:public|s-maxage=\d+)\s*(?:,|$)/i.test(value) && !/(?:^|,)\s*(?:private|no-store)\b/i.test(value);
}

/** The answer's headers, made to follow the rule above (a new object only when something changes). */
export function sharedAnswerHeaders(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  const cookies = headers['set-cookie'];
  if (cookies === undefined || !isShareable(headers['cache-control'])) return headers;
  const list = (Array.isArray(cookies) ? cookies : [String(cookies)]).filter(
    (c) => !c.trimStart().startsWith(`${LOCALE_COOKIE}=`),
  );
  const out: OutgoingHttpHeaders = { ...headers };
  if (list.length) {
    out['set-cookie'] = list;
    out['cache-control'] = 'private, no-store';
  } else delete out['set-cookie'];
  return out;
}

/** Applies the rule to this answer just before its head is written. */
export function noCookieOnSharedAnswers(res: ServerResponse): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const i = args.findIndex((x) => x && typeof x === 'object' && !Array.isArray(x));
    if (i > 0) {
      for (const [k, v] of Object.entries(args[i] as OutgoingHttpHeaders)) if (v !== undefined) this.setHeader(k, v);
      args.splice(i, 1);
    }
    const before = this.getHeaders();
    const after = sharedAnswerHeaders(before);
    if (after !== before) {
      if (after['set-cookie'] === undefined) this.removeHeader('set-cookie');
      else this.setHeader('set-cookie', after['set-cookie']);
      this.setHeader('cache-control', after['cache-control']!);
    }
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['writeHead'];
}
