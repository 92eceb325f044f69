import 'server-only';
import { db } from '@/server/db';
import { getStorage, type PhotoStorage } from '@/server/storage';
import { displayKey, thumbKey } from './create';

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
 * whose files were not made visible are promoted; temporary files of uploads that never committed
 * are deleted. Safe to run at any time and from several instances (every step is idempotent).
 */
export async function sweepUploads(options: { storage?: PhotoStorage; now?: Date } = {}): Promise<{ promoted: number; deleted: number; failed: number }> {
  const storage = options.storage ?? getStorage();
  const now = options.now ?? new Date();
  let promoted = 0;
  let deleted = 0;
  let failed = 0;

  const stranded = await db.reportPhoto.findMany({
    where: { promotedAt: null, createdAt: { lt: new Date(now.getTime() - PROMOTE_GRACE_MS) } },
    select: { id: true, storageKey: true },
    take: 500,
  });
  for (const photo of stranded) {
    try {
      await storage.promote(displayKey(photo.storageKey));
      await storage.promote(thumbKey(photo.storageKey));
      await db.reportPhoto.update({ where: { id: photo.id }, data: { promotedAt: new Date() } });
      promoted++;
    } catch (e) {
      failed++;
      console.error('Sweep: promoting a photo failed', photo.storageKey, e);
    }
  }

  const old = await storage.listTemp(new Date(now.getTime() - TEMP_MAX_AGE_MS));
  if (old.length) {
    const owned = new Set(
      (await db.reportPhoto.findMany({ where: { storageKey: { in: [...new Set(old.map(storageKeyOf))] } }, select: { storageKey: true } })).map((p) => p.storageKey),
    );
    for (const key of old) {
      // A row exists: its promotion failed above and is retried next time, never deleted.
      if (owned.has(storageKeyOf(key))) continue;
      await storage.discardTemp(key);
      deleted++;
    }
  }
  return { promoted, deleted, failed };
}

let timer: NodeJS.Timeout | undefined;

/** Runs the sweep shortly after start-up and then every 15 minutes (instrumentation.ts). */
export function scheduleUploadSweep(intervalMs = 15 * 60 * 1000): void {
  if (timer) return;
  const run = () => {
    sweepUploads().catch((e: unknown) => console.error('Upload sweep failed', e));
  };
  setTimeout(run, 30_000).unref();
  timer = setInterval(run, intervalMs);
  timer.unref();
}
