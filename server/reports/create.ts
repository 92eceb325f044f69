import 'server-only';
import type { ErrorCode } from '@/lib/errors';
import { createHash, randomBytes } from 'node:crypto';
import type { Locale } from '@/i18n/routing';
import type { ReportFields } from '@/lib/validation/reports/report';
import { cityDay } from '@/lib/reports/deadline';
import { db } from '@/server/db';
import { AppError } from '@/server/errors';
import { getStorage, type PhotoStorage } from '@/server/storage';
import { MissingObjectError } from '@/server/storage/types';
import { answerDeadline } from './calendar';
import { nextReportCode } from './codes';
import { sendReportReceipt } from './notify';
import { findFiledReport, isDatabaseUnavailable, ReportOutcomeError } from './outcome';
import type { ProcessedPhoto } from './photos';
import { displayKey, thumbKey } from '@/lib/reports/photo-keys';

export type PhotoInput = ProcessedPhoto & { altText: string };
export type CreatedReport = { id: string; code: string; created: boolean };

const WARD_LEVELS = ['WARD', 'COMMUNE', 'SPECIAL_ZONE'] as const;
/** Reports a person may file in an hour; replays of a filed report and refused attempts do not count. */
export const REPORTS_PER_HOUR = 10;
const HOUR_MS = 60 * 60 * 1000;

/** A storage key of ours, e.g. reports/2026/11/c…: never derived from anything the person sent. */
export function newPhotoKey(prefix: 'reports' | 'answers', at = new Date()): { id: string; key: string } {
  const id = `c${at.getTime().toString(36)}${randomBytes(10).toString('hex')}`;
  const [year, month] = cityDay(at).split('-');
  return { id, key: `${prefix}/${year}/${month}/${id}` };
}

export { displayKey, thumbKey };

/** Photos in storage for a transaction: temporary files first, visible only after the commit. */
export class PendingPhotos {
  readonly items: (PhotoInput & { id: string; storageKey: string })[] = [];
  private written: string[] = [];
  constructor(
    private readonly storage: PhotoStorage,
    photos: PhotoInput[],
    prefix: 'reports' | 'answers',
  ) {
    for (const p of photos)
      this.items.push({ ...p, ...(({ id, key }) => ({ id, storageKey: key }))(newPhotoKey(prefix)) });
  }

  /** The rows of these photos for the transaction that stores them, in the order they were given. */
  rows() {
    return this.items.map((p, position) => ({
      id: p.id,
      storageKey: p.storageKey,
      width: p.width,
      height: p.height,
      thumbWidth: p.thumbWidth,
      thumbHeight: p.thumbHeight,
      bytes: p.display.length,
      altText: p.altText,
      position,
    }));
  }

  async writeTemp(): Promise<void> {
    for (const p of this.items) {
      for (const [key, data] of [
        [displayKey(p.storageKey), p.display],
        [thumbKey(p.storageKey), p.thumb],
      ] as const) {
        this.written.push(key);
        await this.storage.putTemp(key, data, 'image/webp');
      }
    }
  }

  async discard(): Promise<void> {
    await Promise.all(
      this.written.map((k) =>
        this.storage.discardTemp(k).catch((e: unknown) => console.error('Discarding a temporary photo failed', k, e)),
      ),
    );
  }

  /** After the commit. A failure here is logged and left to a replay or sweepUploads(): the rows are already there. */
  async promote(): Promise<void> {
    await promotePhotos(this.storage, this.items);
  }
}

/**
 * Makes committed photos' files visible and marks their rows. Idempotent; a failure is logged and
 * left for the next replay of the same key or the sweep.
 */
export async function promotePhotos(
  storage: PhotoStorage,
  photos: { id: string; storageKey: string }[],
): Promise<void> {
  const done: string[] = [];
  for (const p of photos) {
    try {
      await storage.promote(displayKey(p.storageKey));
      await storage.promote(thumbKey(p.storageKey));
      done.push(p.id);
    } catch (e) {
      if (e instanceof MissingObjectError)
        console.error('A committed photo has no files; the sweep will mark it unavailable', p.storageKey);
      else console.error('Promoting a photo failed; the sweep will retry', p.storageKey, e);
    }
  }
  if (!done.length) return;
  await db.reportPhoto
    .updateMany({ where: { id: { in: done } }, data: { promotedAt: new Date() } })
    .catch((e: unknown) => console.error('Marking promoted photos failed; a replay or the sweep will retry', e));
}

/** A filed report's unfinished work (photos still in temporary storage), done before a replay answers. */
async function completeReport(reportId: string, storage: PhotoStorage): Promise<void> {
  const pending = await db.reportPhoto.findMany({
    where: { reportId, promotedAt: null, filesMissingAt: null },
    select: { id: true, storageKey: true },
  });
  if (pending.length) await promotePhotos(storage, pending);
}

/** Seconds until the person may file again, or 0 while under REPORTS_PER_HOUR. */
async function hourlyWait(client: Pick<typeof db, 'report'>, authorId: string, now: Date): Promise<number> {
  const recent = await client.report.findMany({
    where: { authorId, createdAt: { gt: new Date(now.getTime() - HOUR_MS) } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
    take: REPORTS_PER_HOUR,
  });
  if (recent.length < REPORTS_PER_HOUR) return 0;
  const oldest = recent[recent.length - 1]!.createdAt;
  return Math.max(1, Math.ceil((oldest.getTime() + HOUR_MS - now.getTime()) / 1000));
}

function rateLimited(retryAfter: number): AppError {
  return new AppError('rate_limited', 'rateLimited', { retryAfter });
}

/** What identifies a submission's content, for "same key, same body". */
export function reportRequestHash(fields: ReportFields, photos: PhotoInput[]): string {
  const { idempotencyKey: _, ...rest } = fields;
  const canonical = JSON.stringify({
    ...Object.fromEntries(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b))),
    photos: photos.map((p) => [p.sourceHash, p.altText]),
  });
  return createHash('sha256').update(canonical).digest('hex');
}

async function existingFor(
  authorId: string,
  idempotencyKey: string,
  requestHash: string,
): Promise<CreatedReport | null> {
  const existing = await db.report.findUnique({
    where: { authorId_idempotencyKey: { authorId, idempotencyKey } },
    select: { id: true, code: true, requestHash: true },
  });
  if (!existing) return null;
  if (existing.requestHash !== requestHash) throw new AppError('unprocessable', 'idempotencyConflict');
  return { id: existing.id, code: existing.code, created: false };
}

function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && (e as { code: unknown }).code === 'P2002';
}

/**
 * Files a resident's report with its photos, all or nothing: one transaction for the report, its
 * CREATED event, the author following it and the photo rows; photo files written before the commit
 * under temporary names and made visible after it. The same idempotency key with the same content
 * returns the report already filed (finishing its photos if needed) and never counts toward the
 * hourly limit; with different content it is refused (422). A failure once the COMMIT was sent is
 * settled by looking the report up: found, it is a success; otherwise ReportOutcomeError.
 */
export async function createReport(input: {
  user: { id: string };
  fields: ReportFields;
  photos: PhotoInput[];
  locale: Locale;
  storage?: PhotoStorage;
}): Promise<CreatedReport> {
  const { user, fields, photos } = input;
  const storage = input.storage ?? getStorage();
  const requestHash = reportRequestHash(fields, photos);
  const before = await existingFor(user.id, fields.idempotencyKey, requestHash);
  if (before) {
    await completeReport(before.id, storage);
    return before;
  }

  const now = new Date();
  // Checked again inside the transaction; this early answer spares writing the photos.
  const wait = await hourlyWait(db, user.id, now);
  if (wait) throw rateLimited(wait);
  const dueAt = await answerDeadline(now);
  const pending = new PendingPhotos(storage, photos, 'reports');
  try {
    await pending.writeTemp();
  } catch (e) {
    await pending.discard();
    throw e;
  }
  let commitSent = false;
  let report: { id: string; code: string };
  try {
    report = await db.$transaction(async (tx) => {
      // One filing at a time per person, so the hourly count below is exact.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`report-filing:${user.id}`}))`;
      const waitInside = await hourlyWait(tx, user.id, now);
      if (waitInside) throw rateLimited(waitInside);
      const category = await tx.reportCategory.findUnique({
        where: { code: fields.category },
        select: { defaultAgencyId: true },
      });
      const ward = await tx.administrativeUnit.findUnique({ where: { code: fields.ward }, select: { level: true } });
      const refused: Record<string, ErrorCode> = {};
      if (!category) refused.category = 'categoryUnknown';
      if (!ward || !(WARD_LEVELS as readonly string[]).includes(ward.level)) refused.ward = 'wardUnknown';
      if (!category || Object.keys(refused).length) {
        throw new AppError('bad_request', Object.values(refused)[0], { fields: refused });
      }
      const code = await nextReportCode(tx, now);
      const [titleRow] = await tx.$queryRaw<{ t: string }[]>`SELECT lower(public.f_unaccent(${fields.title})) AS t`;
      const created = await tx.report.create({
        data: {
          code,
          source: 'WEB',
          authorId: user.id,
          categoryCode: fields.category,
          agencyId: category.defaultAgencyId,
          title: fields.title,
          description: fields.description,
          wardCode: fields.ward,
          address: fields.address,
          lat: fields.lat ?? null,
          lng: fields.lng ?? null,
          isPublic: fields.isPublic,
          hideAuthorName: fields.hideName,
          dueAt,
          idempotencyKey: fields.idempotencyKey,
          requestHash,
          searchTitle: titleRow?.t ?? '',
          createdAt: now,
          events: {
            create: {
              kind: 'CREATED',
              status: 'RECEIVED',
              agencyId: category.defaultAgencyId,
              actorId: user.id,
              createdAt: now,
            },
          },
          followers: { create: { userId: user.id } },
          photos: { create: pending.rows() },
        },
        select: { id: true, code: true },
      });
      // From here on Prisma sends COMMIT: a failure may come after the database committed.
      commitSent = true;
      return created;
    });
  } catch (e) {
    if (commitSent) return settleAfterCommitFailure(e, user.id, fields.idempotencyKey, requestHash, pending);
    // The COMMIT was never sent: nothing of this attempt can exist.
    await pending.discard();
    // Two submissions with the same key at the same moment: the second finds the first.
    if (isUniqueViolation(e)) {
      const other = await existingFor(user.id, fields.idempotencyKey, requestHash);
      if (other) {
        await completeReport(other.id, storage);
        return other;
      }
    }
    if (isDatabaseUnavailable(e)) throw new ReportOutcomeError('notSaved', true, { cause: e });
    throw e;
  }
  await pending.promote();
  await sendReportReceipt(report.id, input.locale);
  return { id: report.id, code: report.code, created: true };
}

/**
 * The COMMIT was sent and its answer did not arrive. The report is looked up by its key: found,
 * its photos are promoted and it is a success; not found, it was not saved; the database out of
 * reach, the outcome is unknown. Temporary files are never discarded here: a row may still name
 * them, and the sweep deletes only files whose row does not exist after its grace period.
 */
async function settleAfterCommitFailure(
  error: unknown,
  authorId: string,
  idempotencyKey: string,
  requestHash: string,
  pending: PendingPhotos,
): Promise<CreatedReport> {
  let found;
  try {
    found = await findFiledReport(authorId, idempotencyKey);
  } catch (lookupError) {
    console.error(
      'Filing a report: the commit’s answer was lost and the database cannot be asked; outcome unknown',
      idempotencyKey,
      error,
      lookupError,
    );
    throw new ReportOutcomeError('unknown', true, { cause: error });
  }
  if (!found) {
    console.error('Filing a report: the commit failed and no report was stored', idempotencyKey, error);
    throw new ReportOutcomeError('notSaved', isDatabaseUnavailable(error), { cause: error });
  }
  if (found.requestHash !== requestHash) throw new AppError('unprocessable', 'idempotencyConflict');
  console.warn('Filing a report: the commit’s answer was lost but the report is stored', found.code);
  await pending.promote();
  return { id: found.id, code: found.code, created: true };
}
