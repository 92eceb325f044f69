// The "page not found" page for visitors without JavaScript. When a page calls `notFound()` (an
// unknown procedure, article, report, consultation or place), Next.js answers 404 with an empty
// `<html id="__next_error__">` shell: the localized not-found page travels only in the React
// Server Components payload, which the browser's script renders into the page (it replaces the
// whole document of such a shell, vercel/next.js#62228). Without JavaScript the screen stays blank.
// An address that matches no route gets the bilingual not-found page rendered on the server. So
// the production server holds back a 404 HTML answer, and when it is the empty shell it writes that
// page's content and stylesheets into it: read without JavaScript, replaced by the localized page
// with it. The answer keeps its own headers; the content added carries no script. The rendered page
// is kept 30 s, so that an alert's banner on it stays current.
// A 403 (`forbidden()`: a resident on an officials' page) comes as the same empty shell: it gets the
// same page around it, with the "no access" text of the address's language in its main content.
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import vi from '../../messages/vi.json';
import en from '../../messages/en.json';
import { headersOf, holdAnswer } from './held-answer';

/** The rendered not-found page's stylesheet links and its content without scripts. */
export type NotFoundPage = { head: string; body: string };

const EMPTY_SHELL = /<html id="__next_error__"/;
const LOCALE_PATH = /^\/(vi|en)(?:[/?#]|$)/;
/** An address no route matches: it renders the localized not-found page on the server. */
export const UNMATCHED_PATH = 'trang-khong-ton-tai';
const KEEP_MS = 30_000;

/** The parts of a rendered page that go into the empty shell; null when it has none. */
export function notFoundParts(html: string): NotFoundPage | null {
  const head =
    (/<head[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '').match(/<link\b[^>]*rel="stylesheet"[^>]*>/gi) ?? [];
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1];
  if (!body || !/<main\b/i.test(body)) return null;
  return { head: head.join(''), body: body.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '') };
}

/** The empty shell with the rendered page's stylesheets and content written in. */
export function filledShell(shell: string, page: NotFoundPage, lang = 'vi'): string {
  // The page's own title, when it brings one, replaces the shell's.
  const titled = /<title>/.test(page.head) ? shell.replace(/<title>[\s\S]*?<\/title>/, '') : shell;
  return titled
    .replace('<html id="__next_error__"', `<html id="__next_error__" lang="${lang}"`)
    .replace('</head>', `${page.head}</head>`)
    .replace(/<body([^>]*)>/, (tag) => `${tag}${page.body}`);
}

const FORBIDDEN = { vi: vi.Forbidden, en: en.Forbidden };
const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The rendered page with the "no access" text in place of its main content (components/layout/StatusPage.tsx). */
export function forbiddenParts(page: NotFoundPage, locale: 'vi' | 'en'): NotFoundPage | null {
  const t = FORBIDDEN[locale];
  const content =
    `<div class="max-w-prose"><h1 class="text-3xl font-bold">${escapeHtml(t.title)}</h1>` +
    `<p class="mt-4 text-lg">${escapeHtml(t.lead)}</p><p class="mt-6"><a href="/${locale}">${escapeHtml(t.home)}</a></p></div>`;
  const main = /(<main\b[^>]*>)[\s\S]*<\/main>/i;
  if (!main.test(page.body)) return null;
  return {
    head: `${page.head}<title>${escapeHtml(`${t.title} – Công dân số`)}</title>`,
    body: page.body.replace(main, (_, open: string) => `${open}${content}</main>`),
  };
}

/** The not-found page of each language, read from this server over loopback and kept a while. */
export function notFoundPages(port: number): (locale: string) => Promise<NotFoundPage | null> {
  const kept = new Map<string, { page: NotFoundPage; until: number }>();
  return (locale) => {
    const hit = kept.get(locale);
    if (hit && hit.until > Date.now()) return Promise.resolve(hit.page);
    return new Promise((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path: `/${locale}/${UNMATCHED_PATH}`, timeout: 5000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const page = res.statusCode === 404 ? notFoundParts(Buffer.concat(chunks).toString('utf8')) : null;
          if (page) kept.set(locale, { page, until: Date.now() + KEEP_MS });
          resolve(page);
        });
        res.on('error', () => resolve(null));
      });
      req.on('timeout', () => req.destroy());
      req.on('error', () => resolve(null));
    });
  };
}

/**
 * Holds back a 404 or 403 HTML answer to a page address in a language; sends it unchanged unless it
 * is Next.js's empty shell, into which it writes the rendered not-found page (when that can be had),
 * for a 403 with the "no access" text in its main content.
 * Every other answer passes through untouched.
 */
export function fillEmptyNotFound(
  req: IncomingMessage,
  res: ServerResponse,
  notFoundPage: (locale: string) => Promise<NotFoundPage | null>,
): void {
  const locale = req.method === 'GET' ? (LOCALE_PATH.exec(req.url ?? '')?.[1] as 'vi' | 'en' | undefined) : undefined;
  if (!locale) return;
  let status = 0;
  holdAnswer(res, {
    decide(args) {
      status = typeof args[0] === 'number' ? args[0] : res.statusCode;
      const type = headersOf(args.slice(1))['content-type'] ?? res.getHeader('content-type');
      return (status === 404 || status === 403) && /^text\/html\b/i.test(String(type ?? ''));
    },
    async release(body, send) {
      const found = EMPTY_SHELL.test(body.toString('utf8', 0, 2000)) ? await notFoundPage(locale) : null;
      const page = found && status === 403 ? forbiddenParts(found, locale) : found;
      if (!page) return send(body);
      res.removeHeader('content-length');
      send(Buffer.from(filledShell(body.toString('utf8'), page, page === found ? 'vi' : locale)));
    },
  });
}
