import 'server-only';
import type { Locale } from '@/i18n/routing';
import {
  PHOTO_CONSENT_ERROR,
  photoAltError,
  REPORT_ADDRESS_MAX,
  REPORT_DESCRIPTION_MAX,
  REPORT_MAX_PHOTO_BYTES,
  REPORT_MAX_PHOTOS,
  REPORT_TITLE_MAX,
  reportFields,
} from '@/lib/validation/reports/report';
import { issueFieldErrors, portalError, type PortalError } from '@/lib/errors';
import { normaliseText } from '@/lib/validation/text';
import { AppError } from '@/server/errors';
import { isSameOrigin } from '@/server/http/request';
import { limit } from '@/server/rate-limit';
import { limiter } from '@/server/concurrency';
import { db } from '@/server/db';
import { requestLocale } from '@/server/responses';
import type { PhotoStorage } from '@/server/storage';
import { createReport, REPORTS_PER_HOUR, type PhotoInput } from './create';
import { isDatabaseUnavailable, ReportOutcomeError } from './outcome';
import { saveReportDraft } from './drafts';
import { parseUpload, UploadError, type ParsedUpload } from './multipart';
import { PhotoError, processPhoto, type ProcessedPhoto } from './photos';
import {
  failureOf,
  fieldFailure,
  firstErrors,
  htmlFailure,
  idempotencyConflict,
  jsonFailure,
  localePath,
  seeOther,
  uploadError,
  uploadFailure,
  wantsJson,
  type UploadFailure,
} from './upload-http';

export { REPORTS_PER_HOUR };
/**
 * Every submission counts here, whatever its outcome, to stop floods before a body is read; far
 * above what a person sends by hand. Replays of a filed report are never refused by it.
 */
export const REPORT_ATTEMPTS_PER_HOUR = 60;
/** Seconds a client is asked to wait when the database is out of reach. */
export const UNAVAILABLE_RETRY_AFTER = 5;
/** Text fields are cut here while reading: far above any allowed length, far below a memory problem. */
export const UPLOAD_FIELD_MAX_BYTES = 64 * 1024;
const FIELD_MAX: Record<string, number> = {
  title: REPORT_TITLE_MAX,
  description: REPORT_DESCRIPTION_MAX,
  address: REPORT_ADDRESS_MAX,
};

export type PhotoOutcome = { ok: true; photo: ProcessedPhoto } | { ok: false; error: PhotoError };

/** Decodes photos as they arrive; a failure is kept as a value so nothing goes unhandled. */
export function readPhotos(request: Request, repeated: string[] = ['photoAlt']): Promise<ParsedUpload<PhotoOutcome>> {
  return parseUpload<PhotoOutcome>(
    request,
    {
      maxFiles: REPORT_MAX_PHOTOS,
      maxFileBytes: REPORT_MAX_PHOTO_BYTES,
      maxFieldBytes: UPLOAD_FIELD_MAX_BYTES,
      fileField: 'photos',
    },
    (bytes) =>
      processPhoto(bytes).then(
        (photo): PhotoOutcome => ({ ok: true, photo }),
        (error: unknown): PhotoOutcome => {
          if (error instanceof PhotoError) return { ok: false, error };
          throw error;
        },
      ),
    repeated,
  );
}

/** The photos in order with their alt texts, or the first photo's failure (numbered from 1). */
export async function settlePhotos(
  parsed: ParsedUpload<PhotoOutcome>,
): Promise<{ photos: PhotoInput[]; failure?: { error: PhotoError; number: number } }> {
  const outcomes = await Promise.all(parsed.files.map(async (f) => ({ index: f.index, outcome: await f.result })));
  const photos: PhotoInput[] = [];
  for (const [i, { index, outcome }] of outcomes.entries()) {
    if (!outcome.ok) return { photos: [], failure: { error: outcome.error, number: i + 1 } };
    // Handlers refuse a description that is too long or carries direction controls (photoAltError).
    photos.push({ ...outcome.photo, altText: normaliseText(parsed.lists.photoAlt?.[index] ?? '') });
  }
  return { photos };
}

type Respond = {
  fail(f: UploadFailure): Response;
};

/**
 * POST /api/feedback, for a signed-in person (or null): the whole handling except reading the
 * session, so tests can drive it with real requests. JSON for `Accept: application/json`,
 * redirects and small pages for a plain form.
 */
export async function handleReportUpload(
  request: Request,
  user: { id: string } | null,
  options: { storage?: PhotoStorage } = {},
): Promise<Response> {
  // The locale may change once the form's own `locale` field has been read.
  const ctx: Context = { json: wantsJson(request), locale: requestLocale(request) };
  const formPath = () => localePath('/reports/new', ctx.locale);
  const respond: Respond = {
    fail: (f) => (ctx.json ? jsonFailure(request, ctx.locale, f) : htmlFailure(ctx.locale, f, formPath())),
  };

  if (!isSameOrigin(request)) return respond.fail(uploadFailure(403, 'uploadOrigin'));
  if (!user) {
    if (ctx.json) return jsonFailure(request, ctx.locale, uploadFailure(401, 'signInRequired'));
    return seeOther(request, `${localePath('/sign-in', ctx.locale)}?next=${encodeURIComponent(formPath())}`);
  }
  try {
    return await filing(() => fileReport(request, user, ctx, respond, options));
  } catch (e) {
    // Failures once a COMMIT was sent are settled inside createReport: this one stored nothing.
    if (!isDatabaseUnavailable(e)) throw e;
    console.error('Filing a report: the database is out of reach', e instanceof Error ? e.message : e);
    return respond.fail(unavailable('notSaved'));
  }
}

type Context = { json: boolean; locale: Locale };

/**
 * Filings handled at once by this process. When many arrive together (people sending again after
 * an outage) the others wait their turn, up to three seconds each (longer than a filing waits to
 * learn whether its commit landed, shorter than a slow phone's upload may hold a turn), so pages
 * keep answering meanwhile (docs/decisions/017-database-outages.md).
 */
export const FILINGS_AT_ONCE = 3;
export const FILING_MAX_WAIT_MS = 3000;
const filing = limiter(FILINGS_AT_ONCE, FILING_MAX_WAIT_MS);

function unavailable(outcome: 'notSaved' | 'unknown'): UploadFailure {
  return uploadFailure(
    503,
    outcome === 'unknown' ? 'outcomeUnknown' : 'uploadUnavailable',
    {},
    UNAVAILABLE_RETRY_AFTER,
  );
}

function rateLimitedFailure(code: 'rateLimited' | 'tooManyAttempts', retryAfter: number): UploadFailure {
  const minutes = Math.max(1, Math.ceil(retryAfter / 60));
  return uploadFailure(429, code, { max: REPORTS_PER_HOUR, minutes }, retryAfter);
}

/** True when the request names, in its Idempotency-Key header, a report this person already filed. */
async function isReplay(request: Request, userId: string): Promise<boolean> {
  const key = request.headers.get('idempotency-key');
  if (!key || key.length > 200) return false;
  return (await db.report.count({ where: { authorId: userId, idempotencyKey: key } })) > 0;
}

async function fileReport(
  request: Request,
  user: { id: string },
  ctx: Context,
  respond: Respond,
  options: { storage?: PhotoStorage },
): Promise<Response> {
  const { json } = ctx;
  let locale = ctx.locale;
  const formPath = () => localePath('/reports/new', locale);
  const attempts = await limit(`feedback:attempts:${user.id}`, REPORT_ATTEMPTS_PER_HOUR, 60 * 60);
  if (!attempts.ok && !(await isReplay(request, user.id))) {
    return respond.fail(rateLimitedFailure('tooManyAttempts', attempts.retryAfter));
  }

  let parsed: ParsedUpload<PhotoOutcome>;
  try {
    parsed = await readPhotos(request);
  } catch (e) {
    if (e instanceof UploadError) return respond.fail(failureOf(e));
    throw e;
  }
  locale = requestLocale(request, parsed.fields.locale);
  ctx.locale = locale;

  // Text fields first, then photos: the person sees every field error at once.
  const result = reportFields.safeParse(parsed.fields);
  const refused: Record<string, PortalError> = result.success ? {} : firstErrors(issueFieldErrors(result.error.issues));
  for (const name of parsed.truncated)
    refused[name] ??= portalError('tooLong', { max: FIELD_MAX[name] ?? UPLOAD_FIELD_MAX_BYTES });
  const altError = photoAltError(parsed.lists.photoAlt ?? []);
  if (altError) refused.photoAlt = altError;
  const settled = await settlePhotos(parsed);
  if (settled.photos.length > 0 && result.success && !result.data.photoConsent)
    refused.photoConsent = portalError(PHOTO_CONSENT_ERROR);

  const draftBack = async (f: UploadFailure) => {
    if (json) return jsonFailure(request, locale, f);
    const errors = f.fields ? firstErrors(f.fields) : { _form: f.error };
    const draft = await saveReportDraft(user.id, draftFields(parsed.fields), errors);
    return seeOther(request, `${formPath()}?draft=${draft}`);
  };

  const photoError = settled.failure && uploadError(settled.failure.error.key, { n: settled.failure.number });
  if (Object.keys(refused).length > 0 || !result.success) {
    if (photoError) refused.photos = photoError;
    return draftBack(fieldFailure(refused));
  }
  if (photoError)
    return draftBack({
      ...failureOf(settled.failure!.error, settled.failure!.number),
      fields: { photos: [photoError] },
    });

  try {
    const report = await createReport({
      user,
      fields: result.data,
      photos: settled.photos,
      locale,
      storage: options.storage,
    });
    const url = localePath('/reports/[code]', locale, { code: report.code });
    // ?sent=1: the report page confirms the filing with its tracking code.
    if (!json) return seeOther(request, `${url}?sent=1`);
    return Response.json(
      { code: report.code, url },
      { status: report.created ? 201 : 200, headers: { 'Cache-Control': 'no-store', Location: url } },
    );
  } catch (e) {
    if (e instanceof AppError && e.code === 'rate_limited') {
      return respond.fail(rateLimitedFailure('rateLimited', e.details.retryAfter ?? 60 * 60));
    }
    if (e instanceof ReportOutcomeError) {
      if (e.databaseUnavailable || e.outcome === 'unknown') return respond.fail(unavailable(e.outcome));
      console.error('Filing a report failed', e.cause);
      return respond.fail(uploadFailure(500, 'notSaved'));
    }
    if (e instanceof AppError && e.details.fields) return draftBack(fieldFailure(firstErrors(e.details.fields)));
    if (e instanceof AppError && e.error.code === 'idempotencyConflict') return draftBack(idempotencyConflict());
    if (isDatabaseUnavailable(e)) throw e;
    console.error('Filing a report failed', e);
    // Whether it was stored is not known here: the message says how to find out, not "not saved".
    return respond.fail(uploadFailure(500, 'uploadInternal'));
  }
}

/** What a draft keeps: the text fields as typed, cut to a sane length (never files). */
function draftFields(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) out[k] = v.slice(0, (FIELD_MAX[k] ?? 200) + 100);
  return out;
}
