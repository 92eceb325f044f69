import 'server-only';
import { routing, type Locale, type AppPathname } from '@/i18n/routing';
import { PHOTO_MAX_ASPECT, PHOTO_MIN_SIDE, REPORT_MAX_PHOTO_BYTES, REPORT_MAX_PHOTOS } from '@/lib/validation/reports/report';
import { translator } from '@/server/i18n';
import { UploadError } from './multipart';
import { publicUrl } from '@/server/http/request';
import { PHOTO_MAX_PIXELS, PhotoError } from './photos';

// What the upload route handlers answer: JSON for the form's script, redirects and a small page for
// a form posted without JavaScript. Messages are whole sentences in the person's language.

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

type MessageValues = Record<string, string | number>;

/** A message key as stored for forms ("tooLong:5000", "ReportUpload.photoNotImage:2") in words. */
export function messageText(locale: Locale, key: string): string {
  const [name, arg] = key.split(':') as [string, string | undefined];
  if (name.startsWith('ReportUpload.')) return uploadText(locale, name.slice('ReportUpload.'.length), arg ? { n: Number(arg) } : {});
  const t = translator(locale, 'Validation');
  const k = (t.has(name as never) ? name : 'invalid') as Parameters<typeof t>[0];
  return t(k, (arg ? { max: Number(arg) } : undefined) as never);
}

const defaults: MessageValues = {
  max: REPORT_MAX_PHOTOS,
  mb: REPORT_MAX_PHOTO_BYTES / 1024 / 1024,
  megapixels: PHOTO_MAX_PIXELS / 1_000_000,
  minSide: PHOTO_MIN_SIDE,
  maxAspect: PHOTO_MAX_ASPECT,
};

export function uploadText(locale: Locale, key: string, values: MessageValues = {}): string {
  const t = translator(locale, 'ReportUpload');
  return t(key as Parameters<typeof t>[0], { ...defaults, ...values } as never);
}

export type UploadFailure = {
  status: number;
  /** Machine-readable code, e.g. "photoNotImage" or "categoryUnknown". */
  error: string;
  message: string;
  /** Field → sentence, for the script; field → message key, for drafts. */
  fields?: Record<string, string>;
  fieldKeys?: Record<string, string>;
  retryAfter?: number;
};

export function failureOf(locale: Locale, error: UploadError | PhotoError, photoNumber?: number): UploadFailure {
  if (error instanceof UploadError) {
    return { status: error.status, error: error.key, message: uploadText(locale, error.key, error.photo ? { n: error.photo } : {}) };
  }
  return { status: 422, error: error.key, message: uploadText(locale, error.key, { n: photoNumber ?? 1 }) };
}

/** The portal's one JSON error shape, `{ error: { code, message, fields? } }`, as every route handler answers. */
export function jsonFailure(f: UploadFailure): Response {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (f.retryAfter) headers['Retry-After'] = String(f.retryAfter);
  const error = { code: f.error, message: f.message, ...(f.fields ? { fields: f.fields } : {}) };
  return Response.json({ error }, { status: f.status, headers });
}

/** The same idempotency key sent again with different content: one answer for both upload handlers. */
export function idempotencyConflict(locale: Locale): UploadFailure {
  return { status: 422, error: 'idempotencyConflict', message: uploadText(locale, 'idempotencyConflict') };
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small page for a plain form that cannot be sent back to its page with errors (403, 413, 429). */
export function htmlFailure(locale: Locale, f: UploadFailure, backHref: string): Response {
  const back = uploadText(locale, 'back');
  const body = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(f.message)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1 style="font-size:1.5rem">Công dân số</h1><p role="alert">${escape(f.message)}</p><p><a href="${escape(backHref)}">${escape(back)}</a></p></body></html>`;
  const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };
  if (f.retryAfter) headers['Retry-After'] = String(f.retryAfter);
  return new Response(body, { status: f.status, headers });
}

export function seeOther(request: Request, path: string): Response {
  return new Response(null, { status: 303, headers: { Location: publicUrl(path).toString(), 'Cache-Control': 'no-store' } });
}

/** Field → first message key, from zod issues (keys as the shared schema writes them). */
export function issueKeys(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '_form');
    out[field] ??= issue.message;
  }
  return out;
}

/** A validation failure (400) from field → message key; the first field names the error. */
export function fieldFailure(locale: Locale, fieldKeys: Record<string, string>, status = 400): UploadFailure {
  const fields = Object.fromEntries(Object.entries(fieldKeys).map(([f, k]) => [f, messageText(locale, k)]));
  const first = Object.values(fieldKeys)[0] ?? 'invalid';
  const count = Object.keys(fieldKeys).length;
  return {
    status,
    error: first.split(':')[0]!.replace(/^ReportUpload\./, ''),
    message: count === 1 ? Object.values(fields)[0]! : uploadText(locale, 'invalidFields', { count }),
    fields,
    fieldKeys,
  };
}
