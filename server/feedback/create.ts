import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Locale } from '@/i18n/routing';
import type { ReportFields } from '@/lib/validation/feedback';
import { cityDay } from '@/lib/feedback/deadline';
import { db } from '@/server/db';
import { AppError } from '@/server/errors';
import { getStorage, type PhotoStorage } from '@/server/storage';
import { answerDeadline } from './calendar';
import { nextReportCode } from './codes';
import type { ProcessedPhoto } from './photos';
import { displayKey, thumbKey } from '@/lib/feedback/photo-keys';

export type PhotoInput = ProcessedPhoto & { altText: string };
export type CreatedReport = { id: string; code: string; created: boolean };

const WARD_LEVELS = ['WARD', 'COMMUNE', 'SPECIAL_ZONE'] as const;

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
    for (const p of photos) this.items.push({ ...p, ...(({ id, key }) => ({ id, storageKey: key }))(newPhotoKey(prefix)) });
  }

  async writeTemp(): Promise<void> {
    for (const p of this.items) {
      for (const [key, data] of [[displayKey(p.storageKey), p.display], [thumbKey(p.storageKey), p.thumb]] as const) {
        this.written.push(key);
        await this.storage.putTemp(key, data, 'image/webp');
      }
    }
  }

  async discard(): Promise<void> {
    await Promise.all(this.written.map((k) => this.storage.discardTemp(k).catch((e: unknown) => console.error('Discarding a temporary photo failed', k, e))));
  }

  /** After the commit. A failure here is logged and left to sweepUploads(): the rows are already there. */
  async promote(): Promise<void> {
    const done: string[] = [];
    for (const p of this.items) {
      try {
        await this.storage.promote(displayKey(p.storageKey));
        await this.storage.promote(thumbKey(p.storageKey));
        done.push(p.id);
      } catch (e) {
        console.error('Promoting a photo failed; the sweep will retry', p.storageKey, e);
      }
    }
    if (done.length) await db.reportPhoto.updateMany({ where: { id: { in: done } }, data: { promotedAt: new Date() } });
  }
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

async function existingFor(authorId: string, idempotencyKey: string, requestHash: string): Promise<CreatedReport | null> {
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
 * returns the report already filed; with different content it is refused (422).
 */
export async function createReport(input: {
  user: { id: string };
  fields: ReportFields;
  photos: PhotoInput[];
  locale: Locale;
  storage?: PhotoStorage;
}): Promise<CreatedReport> {
  const { user, fields, photos } = input;
  const requestHash = reportRequestHash(fields, photos);
  const before = await existingFor(user.id, fields.idempotencyKey, requestHash);
  if (before) return before;

  const now = new Date();
  const dueAt = await answerDeadline(now);
  const pending = new PendingPhotos(input.storage ?? getStorage(), photos, 'reports');
  let report: { id: string; code: string };
  try {
    await pending.writeTemp();
    report = await db.$transaction(async (tx) => {
      const category = await tx.reportCategory.findUnique({ where: { code: fields.category }, select: { defaultAgencyId: true } });
      const ward = await tx.administrativeUnit.findUnique({ where: { code: fields.ward }, select: { level: true } });
      const fieldErrors: Record<string, string[]> = {};
      if (!category) fieldErrors.category = ['categoryUnknown'];
      if (!ward || !(WARD_LEVELS as readonly string[]).includes(ward.level)) fieldErrors.ward = ['wardUnknown'];
      if (!category || Object.keys(fieldErrors).length) {
        throw new AppError('bad_request', Object.values(fieldErrors)[0]![0], { fieldErrors });
      }
      const code = await nextReportCode(tx, now);
      const [titleRow] = await tx.$queryRaw<{ t: string }[]>`SELECT lower(public.f_unaccent(${fields.title})) AS t`;
      return tx.report.create({
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
          events: { create: { kind: 'CREATED', status: 'RECEIVED', agencyId: category.defaultAgencyId, actorId: user.id, createdAt: now } },
          followers: { create: { userId: user.id } },
          photos: {
            create: pending.items.map((p, position) => ({
              id: p.id,
              storageKey: p.storageKey,
              width: p.width,
              height: p.height,
              thumbWidth: p.thumbWidth,
              thumbHeight: p.thumbHeight,
              bytes: p.display.length,
              altText: p.altText,
              position,
            })),
          },
        },
        select: { id: true, code: true },
      });
    });
  } catch (e) {
    await pending.discard();
    // Two submissions with the same key at the same moment: the second finds the first.
    if (isUniqueViolation(e)) {
      const other = await existingFor(user.id, fields.idempotencyKey, requestHash);
      if (other) return other;
    }
    throw e;
  }
  await pending.promote();
  return { id: report.id, code: report.code, created: true };
}
