import 'server-only';
import { repeatInBackground } from '@/server/background';
import { db } from '@/server/db';
import { getStorage, type PhotoStorage } from '@/server/storage';
import { MissingObjectError } from '@/server/storage/types';
import { displayKey, thumbKey } from '@/lib/reports/photo-keys';

/** Temporary files older than this belong to no request still running. */
export const TEMP_MAX_AGE_MS = 60 * 60 * 1000;
/** A committed photo not promoted after this long was left behind by a crash or a storage error. */
const PROMOTE_GRACE_MS = 5 * 60 * 1000;

/** The photo row a file key belongs to: "<storageKey>.webp" or "<storageKey>-thumb.webp". */
function storageKeyOf(fileKey: string): string {
  return fileKey.replace(/(-thumb)?\.webp$/, '');
}

/**
 * Repairs what a crash between the steps of an upload can leave: photos whose rows committed but
 * whose files were not made visible are promoted (a photo whose files are gone for good is marked
 * so, once, and the page says "photo unavailable"); temporary files no row names are deleted once
 * older than TEMP_MAX_AGE_MS. Safe to run at any time and from several instances (every step is
 * idempotent).
 */
export async function sweepUploads(
  options: { storage?: PhotoStorage; now?: Date } = {},
): Promise<{ promoted: number; deleted: number; failed: number; missing: number }> {
  const storage = options.storage ?? getStorage();
  const now = options.now ?? new Date();
  let promoted = 0;
  let deleted = 0;
  let failed = 0;
  let missing = 0;

  const stranded = await db.reportPhoto.findMany({
    where: { promotedAt: null, filesMissingAt: null, createdAt: { lt: new Date(now.getTime() - PROMOTE_GRACE_MS) } },
    select: { id: true, storageKey: true },
    orderBy: { createdAt: 'asc' },
    take: 500,
  });
  for (const photo of stranded) {
    try {
      await storage.promote(displayKey(photo.storageKey));
      await storage.promote(thumbKey(photo.storageKey));
      await db.reportPhoto.update({ where: { id: photo.id }, data: { promotedAt: new Date() } });
      promoted++;
    } catch (e) {
      if (e instanceof MissingObjectError) {
        // Nothing left to promote, now or ever: mark it instead of failing every 15 minutes.
        await db.reportPhoto.update({ where: { id: photo.id }, data: { filesMissingAt: new Date() } });
        console.error('Sweep: a committed photo has no files; marked unavailable', photo.storageKey);
        missing++;
        continue;
      }
      failed++;
      console.error('Sweep: promoting a photo failed', photo.storageKey, e);
    }
  }

  const old = await storage.listTemp(new Date(now.getTime() - TEMP_MAX_AGE_MS));
  if (old.length) {
    const rows = await db.reportPhoto.findMany({
      where: { storageKey: { in: [...new Set(old.map(storageKeyOf))] } },
      select: { id: true, storageKey: true },
    });
    const owned = new Map(rows.map((p) => [p.storageKey, p.id]));
    const toPromote = new Map<string, string>();
    for (const key of old) {
      const id = owned.get(storageKeyOf(key));
      // A row names it: its report committed, so the file is promoted, never deleted.
      if (id) toPromote.set(id, storageKeyOf(key));
      else {
        await storage.discardTemp(key);
        deleted++;
      }
    }
    for (const [id, storageKey] of toPromote) {
      try {
        await storage.promote(displayKey(storageKey));
        await storage.promote(thumbKey(storageKey));
        await db.reportPhoto.update({ where: { id }, data: { promotedAt: new Date(), filesMissingAt: null } });
        promoted++;
      } catch (e) {
        failed++;
        console.error('Sweep: promoting a photo failed', storageKey, e);
      }
    }
  }
  return { promoted, deleted, failed, missing };
}

/** Runs the sweep shortly after start-up and then every 15 minutes (instrumentation.ts). */
export function scheduleUploadSweep(intervalMs = 15 * 60 * 1000): void {
  const run = () => {
    sweepUploads().catch((e: unknown) => console.error('Upload sweep failed', e));
  };
  repeatInBackground('upload-sweep', run, 30_000, intervalMs);
}
