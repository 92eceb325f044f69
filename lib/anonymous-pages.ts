// Pages of the dynamic sections whose answer to a visitor without a session is the same for every
// such visitor (docs/decisions/040-pages-shared-by-anonymous-visitors.md): the report list with its
// filters, a report page, the sign-in page and a consultation's results. For a GET of one of these
// addresses by a request that carries no cookie but those below, proxy.ts gives the static policy
// (the production server hashes the framework's inline scripts, record 015) and sets no language
// cookie, and the front cache keeps the answer by its canonical query (server/http/front-cache.ts).
// Pure: used by the proxy and the production server alike.
import { routing, locales } from '../i18n/routing';
import { localized } from '../i18n/public-routes';

/** What empties a kept page besides every editor's save: a report change, a consultation change. */
export type SharedGroup = 'reports' | 'consultations' | 'sign-in';

export type AnonymousRoute = {
  group: SharedGroup;
  /** The query parameters that may change the page; any other one means the answer is not kept. */
  params: readonly string[];
  ttlMs: number;
};

// Report pages change when an official acts, which empties them at once everywhere; the time to
// live bounds what no write announces (a deadline passing, a renamed author, a lost notification).
const REPORT_TTL_MS = 10_000;
const SIGN_IN_TTL_MS = 60_000;

/** The report list's filters (lib/validation/reports/query.ts, in reportQueryString's order). */
const REPORT_LIST_PARAMS = ['status', 'category', 'ward', 'period', 'from', 'to', 'sort', 'page'] as const;
const REPORT_CODE = /^PA-\d{4}-\d{6,}$/;
const SLUG = /^[A-Za-z0-9_-]+$/;

type Pattern = { path: string; param?: RegExp; route: AnonymousRoute };
const patterns: Pattern[] = [];
const add = (key: keyof typeof routing.pathnames, route: AnonymousRoute, param?: RegExp) => {
  for (const locale of locales) {
    // A parameter segment (`[code]`, or `[slug]` before /ket-qua) must match `param`.
    patterns.push({ path: `/${locale}${localized(key, locale)}`, route, ...(param ? { param } : {}) });
  }
};
add('/reports', { group: 'reports', params: REPORT_LIST_PARAMS, ttlMs: REPORT_TTL_MS });
add('/reports/[code]', { group: 'reports', params: [], ttlMs: REPORT_TTL_MS }, REPORT_CODE);
add('/sign-in', { group: 'sign-in', params: ['next', 'notice'], ttlMs: SIGN_IN_TTL_MS });
add('/consultations/[slug]/results', { group: 'consultations', params: [], ttlMs: REPORT_TTL_MS }, SLUG);

function matches(pattern: string, pathname: string, param: RegExp | undefined): boolean {
  const want = pattern.split('/');
  const got = pathname.split('/');
  if (want.length !== got.length) return false;
  return want.every((w, i) => (/^\[[^\]]+\]$/.test(w) ? !!param && param.test(got[i]!) : w === got[i]));
}

/** The shared route of this path (no query string), or null. */
export function anonymousRoute(pathname: string): AnonymousRoute | null {
  for (const p of patterns) if (matches(p.path, pathname, p.param)) return p.route;
  return null;
}

// Cookies that change none of these pages: the language one (the address names the language), and
// Auth.js's sign-in helpers, which a signed-out browser keeps after visiting the sign-in flow.
const HARMLESS = /^(?:NEXT_LOCALE|(?:__Host-|__Secure-)?authjs\.(?:csrf-token|callback-url))$/;

/**
 * Does this `Cookie` header leave the page as every visitor without a session sees it? Any other
 * cookie — a session (`authjs.session-token`, `__Secure-…`, chunked `.0`, `.1`), the sign-in page's
 * remembered address, anything unknown — means no.
 */
export function isAnonymousCookie(header: string | string[] | undefined | null): boolean {
  if (header === undefined || header === null) return true;
  const text = Array.isArray(header) ? header.join('; ') : header;
  for (const part of text.split(';')) {
    const name = part.split('=')[0]!.trim();
    if (name && !HARMLESS.test(name)) return false;
  }
  return true;
}
