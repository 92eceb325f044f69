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
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
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
export function filledShell(shell: string, page: NotFoundPage): string {
  return shell
    .replace('<html id="__next_error__"', '<html id="__next_error__" lang="vi"')
    .replace('</head>', `${page.head}</head>`)
    .replace(/<body([^>]*)>/, (tag) => `${tag}${page.body}`);
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
 * Holds back a 404 HTML answer to a page address in a language; sends it unchanged unless it is
 * Next.js's empty shell, into which it writes the rendered not-found page (when that can be had).
 * Every other answer passes through untouched.
 */
export function fillEmptyNotFound(
  req: IncomingMessage,
  res: ServerResponse,
  notFoundPage: (locale: string) => Promise<NotFoundPage | null>,
): void {
  const locale = req.method === 'GET' ? LOCALE_PATH.exec(req.url ?? '')?.[1] : undefined;
  if (!locale) return;
  holdAnswer(res, {
    decide(args) {
      const status = typeof args[0] === 'number' ? args[0] : res.statusCode;
      const type = headersOf(args.slice(1))['content-type'] ?? res.getHeader('content-type');
      return status === 404 && /^text\/html\b/i.test(String(type ?? ''));
    },
    async release(body, send) {
      const page = EMPTY_SHELL.test(body.toString('utf8', 0, 2000)) ? await notFoundPage(locale) : null;
      if (!page) return send(body);
      res.removeHeader('content-length');
      send(Buffer.from(filledShell(body.toString('utf8'), page)));
    },
  });
}
