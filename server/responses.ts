import 'server-only';
import { NextResponse } from 'next/server';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { errorStatus, type ErrorCode } from './errors';
import { translator } from './i18n';

/** The person's language for a route handler: an explicit field, the page they came from, then the cookie. */
export function requestLocale(request: Request, explicit?: unknown): Locale {
  if (isLocale(explicit)) return explicit;
  const referer = request.headers.get('referer');
  if (referer) {
    const segment = new URL(referer, 'http://x').pathname.split('/')[1];
    if (isLocale(segment)) return segment;
  }
  const cookie = request.headers.get('cookie')?.match(/(?:^|;\s*)NEXT_LOCALE=(\w+)/)?.[1];
  return isLocale(cookie) ? cookie : routing.defaultLocale;
}

export function errorMessage(locale: Locale, key: string, values?: Record<string, string | number>): string {
  const t = translator(locale, 'Errors');
  return t(key as Parameters<typeof t>[0], values as never);
}

/** `{ error: { code, message } }` with the code's status, in the person's language. */
export function jsonError(
  request: Request,
  code: ErrorCode,
  messageKey: string = code,
  extra: { retryAfter?: number; locale?: Locale; fieldErrors?: Record<string, string[]> } = {},
) {
  const locale = extra.locale ?? requestLocale(request);
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (extra.retryAfter) headers['Retry-After'] = String(extra.retryAfter);
  return NextResponse.json(
    {
      error: {
        code: messageKey,
        message: errorMessage(locale, messageKey, extra.retryAfter ? { seconds: extra.retryAfter } : undefined),
        ...(extra.fieldErrors ? { fieldErrors: extra.fieldErrors } : {}),
      },
    },
    { status: errorStatus[code], headers },
  );
}

/** A small page for people whose browser posted a plain form and cannot be sent back (e.g. 429). */
export function htmlError(locale: Locale, code: ErrorCode, messageKey: string, backHref: string, retryAfter?: number) {
  const message = errorMessage(locale, messageKey, retryAfter ? { seconds: retryAfter } : undefined);
  const back = locale === 'vi' ? 'Quay lại' : 'Go back';
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const body = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(message)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1 style="font-size:1.5rem">Công dân số</h1><p role="alert">${escape(message)}</p><p><a href="${escape(backHref)}">${back}</a></p></body></html>`;
  const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };
  if (retryAfter) headers['Retry-After'] = String(retryAfter);
  return new NextResponse(body, { status: errorStatus[code], headers });
}
