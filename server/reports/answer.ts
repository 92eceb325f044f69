import 'server-only';
import { can, isOfficial } from '@/server/permissions';
import { createHash } from 'node:crypto';
import type { Locale } from '@/i18n/routing';
import { photoAltError, reportAnswer, type ReportAnswer } from '@/lib/validation/reports/report';
import { issueFieldErrors, portalError, type ErrorCode, type PortalError } from '@/lib/errors';
import { audit } from '@/server/audit';
import { AppError } from '@/server/errors';
import { db } from '@/server/db';
import { isSameOrigin } from '@/server/http/request';
import { limit } from '@/server/rate-limit';
import { requestLocale } from '@/server/responses';
import { OUTAGE_RETRY_AFTER_SECONDS } from '@/server/http/outage';
import type { PhotoStorage } from '@/server/storage';
import type { Role } from '@/generated/prisma/client';
import { getStorage } from '@/server/storage';
import { PendingPhotos, type PhotoInput } from './create';
import { findStoredAnswer, isDatabaseUnavailable } from './outcome';
import { REPORT_CODE_PATTERN } from './codes';
import { UploadError, type ParsedUpload } from './multipart';
import { notifyReport } from './notify';
import { readPhotos, settlePhotos, type PhotoOutcome } from './upload';
import {
  failureOf,
  fieldFailure,
  firstErrors,
  idempotencyConflict,
  jsonFailure,
  htmlFailure,
  localePath,
  seeOther,
  uploadFailure,
  wantsJson,
  type UploadFailure,
} from './upload-http';

export const ANSWERS_PER_HOUR = 120;

/** The report's page says these in the back office's own words. */
const ON_REPORT_PAGE: Partial<Record<ErrorCode, ErrorCode>> = {
  reportNotFound: 'adminReportNotFound',
  uploadInternal: 'adminInternal',
};

type Official = { id: string; role: Role; agencyId: string | null };
type AnswerResult = { eventId: string; status: string; created: boolean };

function answerHash(fields: ReportAnswer, photos: PhotoInput[]): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        body: fields.body,
        resolve: fields.resolve,
        photos: photos.map((p) => [p.sourceHash, p.altText]),
      }),
    )
    .digest('hex');
}

/** The answer already recorded for this key (kept in the audit entry), if any. */
async function previousAnswer(
  reportId: string,
  idempotencyKey: string | undefined,
): Promise<{ eventId: string; status: string; requestHash: string } | null> {
  if (!idempotencyKey) return null;
  const entry = await db.auditLog.findFirst({
    where: {
      entityType: 'Report',
      entityId: reportId,
      action: 'report.answer',
      after: { path: ['idempotencyKey'], equals: idempotencyKey },
    },
    select: { after: true },
  });
  if (!entry) return null;
  const after = entry.after as { eventId: string; status: string; requestHash: string };
  return after;
}

/**
 * Records an official's answer in one transaction: an ANSWERED event with its photos, the first
 * answer time, optionally RESOLVED with a STATUS_CHANGED event, and the audit entry. Photo files are
 * made visible after the commit; the author and followers are notified.
 */
export async function answerReport(input: {
  actor: Official;
  reportId: string;
  fields: ReportAnswer;
  photos: PhotoInput[];
  storage?: PhotoStorage;
}): Promise<AnswerResult> {
  const { actor, reportId, fields, photos } = input;
  const requestHash = answerHash(fields, photos);
  const previous = await previousAnswer(reportId, fields.idempotencyKey);
  if (previous) {
    if (previous.requestHash !== requestHash) throw new AppError('unprocessable', 'idempotencyConflict');
    return { eventId: previous.eventId, status: previous.status, created: false };
  }
  const pending = new PendingPhotos(input.storage ?? getStorage(), photos, 'answers');
  let result: AnswerResult;
  let commitSent = false;
  try {
    await pending.writeTemp();
    result = await db.$transaction(async (tx) => {
      // Row lock: two answers at once queue up instead of both setting answeredAt or status.
      await tx.$queryRaw`SELECT id FROM "Report" WHERE id = ${reportId} FOR UPDATE`;
      const before = await tx.report.findUniqueOrThrow({
        where: { id: reportId },
        select: { status: true, answeredAt: true, agencyId: true, closedAt: true },
      });
      const now = new Date();
      const event = await tx.reportEvent.create({
        data: {
          reportId,
          kind: 'ANSWERED',
          status: before.status,
          agencyId: before.agencyId,
          actorId: actor.id,
          note: fields.body,
          createdAt: now,
          photos: { create: pending.rows().map((row) => ({ ...row, reportId })) },
        },
        select: { id: true },
      });
      const resolve = fields.resolve && before.status !== 'RESOLVED';
      const after = await tx.report.update({
        where: { id: reportId },
        data: {
          answeredAt: before.answeredAt ?? now,
          ...(resolve ? { status: 'RESOLVED' as const, closedAt: now } : {}),
        },
        select: { status: true, answeredAt: true, closedAt: true },
      });
      if (resolve) {
        await tx.reportEvent.create({
          data: {
            reportId,
            kind: 'STATUS_CHANGED',
            status: 'RESOLVED',
            agencyId: before.agencyId,
            actorId: actor.id,
            createdAt: now,
          },
        });
      }
      await audit(tx, {
        actorId: actor.id,
        action: 'report.answer',
        entityType: 'Report',
        entityId: reportId,
        before: { status: before.status, answeredAt: before.answeredAt, closedAt: before.closedAt },
        after: {
          ...after,
          eventId: event.id,
          photos: pending.items.length,
          idempotencyKey: fields.idempotencyKey ?? null,
          requestHash,
        },
      });
      // From here on Prisma sends COMMIT: a failure may come after the database committed.
      commitSent = true;
      return { eventId: event.id, status: after.status, created: true };
    });
  } catch (e) {
    if (!commitSent || pending.items.length === 0) {
      // Nothing of this attempt can exist (or it has no files to keep): its temporary files go.
      await pending.discard();
      throw e;
    }
    result = await settleAnswerAfterCommitFailure(e, pending);
  }
  await pending.promote();
  try {
    await notifyReport(reportId, 'answered', actor.id);
  } catch (e) {
    console.error('Notifying about an answer failed', reportId, e);
  }
  return result;
}

/**
 * The COMMIT of an answer with photos was sent and its answer did not arrive. Its first photo's row
 * tells whether it was stored: found, the answer stands and its photos are promoted by the caller;
 * known not stored, the temporary files go; the database out of reach, they stay for the sweep,
 * which deletes only files whose row does not exist after its grace period.
 */
async function settleAnswerAfterCommitFailure(error: unknown, pending: PendingPhotos): Promise<AnswerResult> {
  let stored;
  try {
    stored = await findStoredAnswer(pending.items[0]!.id);
  } catch (lookupError) {
    console.error(
      'Recording an answer: the commit’s answer was lost and the database cannot be asked; its photos wait for the sweep',
      error,
      lookupError,
    );
    throw error;
  }
  if (!stored) {
    await pending.discard();
    throw error;
  }
  console.warn('Recording an answer: the commit’s answer was lost but the answer is stored', stored.eventId);
  return { eventId: stored.eventId, status: stored.status, created: true };
}

/**
 * POST /api/admin/feedback/{code}/answer for the signed-in person (or null). JSON for
 * `Accept: application/json`; a plain form goes back to the report's admin page with
 * ?answered=1 or ?error=<message key>.
 */
export async function handleReportAnswer(
  request: Request,
  user: Official | null,
  rawCode: string,
  options: { storage?: PhotoStorage } = {},
): Promise<Response> {
  const json = wantsJson(request);
  let locale: Locale = requestLocale(request);
  const code = REPORT_CODE_PATTERN.test(rawCode) ? rawCode : '';
  const back = () => localePath('/admin/reports/[code]', locale, { code: code || rawCode.slice(0, 40) });
  // A plain form goes back to the report's page, which shows the error from its code.
  const fail = (f: UploadFailure) =>
    json
      ? jsonFailure(request, locale, f)
      : seeOther(request, `${back()}?error=${encodeURIComponent(ON_REPORT_PAGE[f.error.code] ?? f.error.code)}`);
  const refuse = (f: UploadFailure, href: string) =>
    json ? jsonFailure(request, locale, f) : htmlFailure(locale, f, href);

  if (!isSameOrigin(request)) return refuse(uploadFailure(403, 'uploadOrigin'), back());
  if (!user) {
    if (json) return jsonFailure(request, locale, uploadFailure(401, 'signInRequired'));
    return seeOther(request, `${localePath('/sign-in', locale)}?next=${encodeURIComponent(back())}`);
  }
  if (!isOfficial(user)) return refuse(uploadFailure(403, 'officialsOnly'), localePath('/', locale));
  const report = code ? await db.report.findUnique({ where: { code }, select: { id: true, agencyId: true } }) : null;
  if (!report) return fail(uploadFailure(404, 'reportNotFound'));
  // An official answers for their own agency's reports; an administrator for any.
  if (!can(user, 'report:handle', report)) return refuse(uploadFailure(403, 'otherAgency'), back());
  const rate = await limit(`feedback:answer:${user.id}`, ANSWERS_PER_HOUR, 60 * 60);
  if (!rate.ok) {
    return fail(
      uploadFailure(
        429,
        'answerRateLimited',
        { minutes: Math.max(1, Math.ceil(rate.retryAfter / 60)) },
        rate.retryAfter,
      ),
    );
  }

  let parsed: ParsedUpload<PhotoOutcome>;
  try {
    parsed = await readPhotos(request);
  } catch (e) {
    if (e instanceof UploadError) return fail(failureOf(e));
    throw e;
  }
  locale = requestLocale(request, parsed.fields.locale);
  const result = reportAnswer.safeParse(parsed.fields);
  const altError = photoAltError(parsed.lists.photoAlt ?? []);
  if (!result.success || altError) {
    const refused: Record<string, PortalError> = result.success
      ? {}
      : firstErrors(issueFieldErrors(result.error.issues));
    if (refused.body?.code === 'required') refused.body = portalError('answerRequired');
    if (altError) refused.photoAlt = altError;
    return fail(fieldFailure(refused));
  }
  const settled = await settlePhotos(parsed);
  if (settled.failure) return fail(failureOf(settled.failure.error, settled.failure.number));

  try {
    const answer = await answerReport({
      actor: user,
      reportId: report.id,
      fields: result.data,
      photos: settled.photos,
      storage: options.storage,
    });
    if (!json) return seeOther(request, `${back()}?answered=1`);
    return Response.json(
      { eventId: answer.eventId, status: answer.status },
      { status: answer.created ? 201 : 200, headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (e) {
    if (e instanceof AppError && e.error.code === 'idempotencyConflict') return fail(idempotencyConflict());
    // The database out of reach: try again shortly; a retry with the same key never answers twice.
    if (isDatabaseUnavailable(e)) return fail(uploadFailure(503, 'unavailable', {}, OUTAGE_RETRY_AFTER_SECONDS));
    console.error('Recording an answer failed', e);
    return fail(uploadFailure(500, 'uploadInternal'));
  }
}
