// The one template of every failure page written without React: the pages the production server
// writes itself (the "temporarily unavailable" page while the database is out of reach, the
// refusal of a form that Next.js would have answered with an empty 500) and the small pages route
// handlers answer to a form posted without JavaScript (server/responses.ts). Every text comes from
// the message files. Plain HTML, no script: they work in any browser and touch nothing the
// browser keeps (the report form's draft on the device stays as it was).
import type { ServerResponse } from 'node:http';
import { catalogs } from '../../messages';

export type PageLocale = keyof typeof catalogs;
type Refusal = 'refusedOrigin' | 'refusedBody' | 'refusedTooLarge';

/** The language of a page address: English under /en, Vietnamese everywhere else. */
export function pathLocale(url: string | undefined): PageLocale {
  const segment = (url ?? '/').split('?')[0]!.split('/')[1];
  return segment === 'en' ? 'en' : 'vi';
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Security headers of Next.js's answer that still apply; everything else it set is dropped.
const KEPT_HEADERS = new Set([
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'strict-transport-security',
  'permissions-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
]);

const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** A failure page: the site's name, a heading, paragraphs and links (address, text), all escaped. */
export function failurePage(
  locale: PageLocale,
  title: string,
  paragraphs: string[],
  links: [string, string][],
): string {
  const site = catalogs[locale].Metadata.siteName;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)} · ${escape(site)}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:0 1rem 3rem;line-height:1.5;color:#1b1b1b}header{background:#0b4a8b;color:#fff;margin:0 -1rem 2rem;padding:1rem}h1{font-size:1.75rem}a{color:#0b4a8b}</style></head><body><header>${escape(site)}</header><main><h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}<p>${links.map(([href, text]) => `<a href="${escape(href)}">${escape(text)}</a>`).join(' · ')}</p></main></body></html>`;
}

/** The page shown while the database is out of reach (503). */
export function unavailablePage(locale: PageLocale, retryHref: string): string {
  const t = catalogs[locale].Unavailable;
  return failurePage(
    locale,
    t.title,
    [t.lead, t.draftKept],
    [
      [retryHref, t.retry],
      [`/${locale}`, t.home],
    ],
  );
}

/** The page shown for a form post refused before it reached the application. */
export function refusedFormPage(locale: PageLocale, reason: Refusal): string {
  const t = catalogs[locale].Unavailable;
  return failurePage(locale, t.refusedTitle, [t[reason]], [[`/${locale}`, t.back]]);
}

/** The refusal of a plain form by a route handler, its one message as heading, and a way back. */
export function refusalPage(locale: PageLocale, message: string, backHref: string): string {
  return failurePage(locale, message, [], [[backHref, catalogs[locale].Unavailable.goBack]]);
}

/**
 * The portal's JSON error answer, `{ error: { code, message } }`, for the production server's own
 * refusals (server/responses.ts writes it inside Next.js). Codes whose text takes no parameters.
 */
export function plainJsonError(locale: PageLocale, code: 'not_found' | 'forbidden' | 'bad_request'): string {
  return JSON.stringify({ error: { code, message: catalogs[locale].Errors[code] } });
}

/** Replaces whatever headers were prepared with the plain page's own. */
export function preparePlainPage(res: ServerResponse, status: number, extra: Record<string, string> = {}): void {
  for (const name of res.getHeaderNames()) if (!KEPT_HEADERS.has(name)) res.removeHeader(name);
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Security-Policy', PAGE_CSP);
  for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
}
