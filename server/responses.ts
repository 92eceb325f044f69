import 'server-only';
import { NextResponse } from 'next/server';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import type { ErrorCode, FieldErrors, PortalError } from '@/lib/errors';
import { AppError, errorStatus, type ErrorKind } from './errors';
import { errorTextIn, fieldTexts } from './i18n';
import { refusalPage } from './http/plain-pages';

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

/** A failure as a route handler answers it: the HTTP status, the error shown, its fields. */
export type Failure = { status: number; error: PortalError; fields?: FieldErrors; retryAfter?: number };

/** The failure an AppError stands for. */
export function failureOf(error: AppError): Failure {
  return {
    status: error.status,
    error: error.error,
    fields: error.details.fields,
    retryAfter: error.details.retryAfter,
  };
}

/** A failure of the given kind showing `code` (the kind's own text by default). */
export function failure(
  kind: ErrorKind,
  code: ErrorCode = kind,
  extra: Omit<Failure, 'status' | 'error'> & { params?: PortalError['params'] } = {},
): Failure {
  return failureOf(
    new AppError(kind, code, { retryAfter: extra.retryAfter, params: extra.params, fields: extra.fields }),
  );
}

function noStore(retryAfter?: number): Record<string, string> {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (retryAfter) headers['Retry-After'] = String(retryAfter);
  return headers;
}

/**
 * The portal's one JSON error answer, `{ error: { code, message, fields? } }`, in the person's
 * language: `fields` maps a field name to the text of its first error.
 */
export function jsonFailure(
  request: Request,
  f: Failure | AppError,
  locale: Locale = requestLocale(request),
): Response {
  const { status, error, fields, retryAfter } = f instanceof AppError ? failureOf(f) : f;
  const body = {
    error: {
      code: error.code,
      message: errorTextIn(locale, error),
      ...(fields && Object.keys(fields).length ? { fields: fieldTexts(locale, fields) } : {}),
    },
  };
  return NextResponse.json(body, { status, headers: noStore(retryAfter) });
}

/** `jsonFailure` for a kind and a code: `jsonError(request, 'forbidden', 'origin')`. */
export function jsonError(
  request: Request,
  kind: ErrorKind,
  code: ErrorCode = kind,
  extra: { retryAfter?: number; locale?: Locale; fields?: FieldErrors } = {},
) {
  return jsonFailure(
    request,
    failure(kind, code, { retryAfter: extra.retryAfter, fields: extra.fields }),
    extra.locale,
  );
}

/** The failure page (server/http/plain-pages.ts) for people whose browser posted a plain form and cannot be sent back (e.g. 429). */
export function htmlFailure(locale: Locale, f: Failure | AppError, backHref: string): Response {
  const { status, error, retryAfter } = f instanceof AppError ? failureOf(f) : f;
  const headers = { ...noStore(retryAfter), 'Content-Type': 'text/html; charset=utf-8' };
  return new NextResponse(refusalPage(locale, errorTextIn(locale, error), backHref), { status, headers });
}

/** `htmlFailure` for a kind and a code. */
export function htmlError(locale: Locale, kind: ErrorKind, code: ErrorCode, backHref: string, retryAfter?: number) {
  return htmlFailure(locale, failure(kind, code, { retryAfter }), backHref);
}

export { errorStatus };
