import 'server-only';
import { routing, type Locale, type AppPathname } from '@/i18n/routing';
import { portalError, type ErrorCode, type ErrorParams, type FieldErrors, type PortalError } from '@/lib/errors';
import {
  PHOTO_MAX_ASPECT,
  PHOTO_MIN_SIDE,
  REPORT_MAX_PHOTO_BYTES,
  REPORT_MAX_PHOTOS,
} from '@/lib/validation/reports/report';
import { publicUrl } from '@/server/http/request';
import { htmlFailure as htmlPage, jsonFailure as jsonAnswer, type Failure } from '@/server/responses';
import { UploadError } from './multipart';
import { PHOTO_MAX_PIXELS, PhotoError } from './photos';

// What the upload route handlers answer: the portal's JSON error shape for the form's script,
// redirects and the failure page for a form posted without JavaScript. Errors are the portal's
// (lib/errors.ts), written in the person's language when the answer is made.

export type UploadFailure = Failure;

export function wantsJson(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('application/json');
}

/** A localized path of the site, e.g. ('/reports/[code]', 'vi', { code }) → /vi/phan-anh/PA-2026-000001. */
export function localePath(pathname: AppPathname, locale: Locale, params: Record<string, string> = {}): string {
  const entry = routing.pathnames[pathname] as string | Record<Locale, string>;
  const template = typeof entry === 'string' ? entry : entry[locale];
  const path = template.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  return `/${locale}${path === '/' ? '' : path}`;
}

/** The limits the upload errors' texts name: photos per report, megabytes, pixels, shape. */
const UPLOAD_LIMITS: ErrorParams = {
  max: REPORT_MAX_PHOTOS,
  mb: REPORT_MAX_PHOTO_BYTES / 1024 / 1024,
  megapixels: PHOTO_MAX_PIXELS / 1_000_000,
  minSide: PHOTO_MIN_SIDE,
  maxAspect: PHOTO_MAX_ASPECT,
};

/** An upload error with the limits its text names (and the photo's number as `n`). */
export function uploadError(code: ErrorCode, params: ErrorParams = {}): PortalError {
  return portalError(code, { ...UPLOAD_LIMITS, ...params });
}

/** A failure with its status, showing `code`. */
export function uploadFailure(
  status: number,
  code: ErrorCode,
  params?: ErrorParams,
  retryAfter?: number,
): UploadFailure {
  return { status, error: uploadError(code, params), ...(retryAfter ? { retryAfter } : {}) };
}

export function failureOf(error: UploadError | PhotoError, photoNumber?: number): UploadFailure {
  if (error instanceof UploadError)
    return uploadFailure(error.status, error.key, error.photo ? { n: error.photo } : {});
  return uploadFailure(422, error.key, { n: photoNumber ?? 1 });
}

/** The portal's one JSON error shape, `{ error: { code, message, fields? } }`, in the person's language. */
export function jsonFailure(request: Request, locale: Locale, f: UploadFailure): Response {
  return jsonAnswer(request, f, locale);
}

/** The same idempotency key sent again with different content: one answer for both upload handlers. */
export function idempotencyConflict(): UploadFailure {
  return uploadFailure(422, 'idempotencyConflict');
}

/** The failure page for a plain form that cannot be sent back to its page with errors (403, 413, 429). */
export function htmlFailure(locale: Locale, f: UploadFailure, backHref: string): Response {
  return htmlPage(locale, f, backHref);
}

export function seeOther(request: Request, path: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: publicUrl(path).toString(), 'Cache-Control': 'no-store' },
  });
}

/** Field → its first error, from the errors of several checks. */
export function firstErrors(fields: FieldErrors): Record<string, PortalError> {
  return Object.fromEntries(Object.entries(fields).flatMap(([name, errors]) => (errors[0] ? [[name, errors[0]]] : [])));
}

/** A validation failure (400) from field → error: the field's own error, or "correct N errors". */
export function fieldFailure(fields: Record<string, PortalError>, status = 400): UploadFailure {
  const errors = Object.values(fields);
  const error = errors.length === 1 ? errors[0]! : portalError('invalidFields', { count: errors.length });
  return { status, error, fields: Object.fromEntries(Object.entries(fields).map(([name, e]) => [name, [e]])) };
}
