// Editor saves reach every instance (docs/decisions/013-front-cache.md, "Several instances").
// The instance that handled a save refreshes its own page caches at once (revalidatePath() and
// publicPagesChanged()), then sends a PostgreSQL notification. Every production server listens
// (scripts/serve.ts); on a notification from another instance it empties its front cache and asks
// its own Next.js, through POST /api/internal/pages-changed on the loopback address with a token
// derived from AUTH_SECRET, to run the same revalidatePath() calls.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const PAGES_CHANGED_CHANNEL = 'cds_public_pages_changed';
/** Sent by the database's triggers (migration shared_pages_changed) with 'reports' or 'consultations'. */
export const SHARED_PAGES_CHANNEL = 'cds_shared_pages_changed';
export const PAGES_CHANGED_PATH = '/api/internal/pages-changed';
export const PAGES_CHANGED_HEADER = 'x-pages-changed-token';
const INSTANCE_KEY = Symbol.for('congdanso.instanceId');

/** The token the internal route accepts: only holders of AUTH_SECRET (the instances) know it. */
export function pagesChangedToken(secret: string): string {
  return createHmac('sha256', secret).update('public-pages-changed').digest('base64url');
}

export function isPagesChangedToken(secret: string, given: string | null): boolean {
  if (!given) return false;
  const expected = Buffer.from(pagesChangedToken(secret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** This process's id in notifications (set by the production server; absent under `next dev`). */
export function instanceId(): string {
  return ((globalThis as Record<symbol, unknown>)[INSTANCE_KEY] as string | undefined) ?? 'unregistered';
}

export function setInstanceId(id: string): void {
  (globalThis as Record<symbol, unknown>)[INSTANCE_KEY] = id;
}
