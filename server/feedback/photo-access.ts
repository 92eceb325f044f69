import 'server-only';
import type { Role } from '@/generated/prisma/client';
import { db } from '@/server/db';
import { getStorage, type PhotoStorage } from '@/server/storage';
import { displayKey, thumbKey } from './create';

export type PhotoVariant = 'display' | 'thumb';
export type PhotoViewer = { id: string; role: Role } | null;

// hasRole(user, 'OFFICIAL') of server/session.ts (ADMIN holds every role), restated here so this
// module does not load Auth.js: tests and the benchmark import it without a Next.js request.
const isOfficial = (user: { role: Role }) => user.role === 'OFFICIAL' || user.role === 'ADMIN';

/** The address of a report photo; the route checks who may see it on every request. */
export function photoUrl(id: string, variant: PhotoVariant = 'display'): string {
  return `/api/feedback/photos/${encodeURIComponent(id)}/${variant}`;
}

/**
 * Who may see a photo: officials always; nobody else when the report or the photo was hidden by a
 * moderator; everyone for a public report; only its author for a private one.
 */
export function canSeePhoto(
  user: PhotoViewer,
  report: { authorId: string | null; isPublic: boolean; hiddenAt: Date | null },
  photo: { hiddenAt: Date | null },
): boolean {
  if (user && isOfficial(user)) return true;
  if (report.hiddenAt || photo.hiddenAt) return false;
  if (report.isPublic) return true;
  return Boolean(user && report.authorId && user.id === report.authorId);
}

const PUBLIC_MAX_AGE = 24 * 60 * 60;

/**
 * GET /api/feedback/photos/{id}/{variant} for a viewer (or null): the re-encoded WebP, or 404 for
 * anything the viewer may not see, so the answer never tells whether a photo exists.
 */
export async function servePhoto(user: PhotoViewer, id: string, variant: string, storage: PhotoStorage = getStorage()): Promise<Response> {
  const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } });
  if ((variant !== 'display' && variant !== 'thumb') || !/^[a-z0-9]{10,60}$/.test(id)) return notFound();
  const photo = await db.reportPhoto.findUnique({
    where: { id },
    select: {
      storageKey: true, hiddenAt: true, promotedAt: true,
      report: { select: { authorId: true, isPublic: true, hiddenAt: true } },
      event: { select: { internal: true } },
    },
  });
  if (!photo || !photo.promotedAt) return notFound();
  if (!canSeePhoto(user, photo.report, photo)) return notFound();
  // Photos of officials-only events are for officials alone.
  if (photo.event?.internal && !(user && isOfficial(user))) return notFound();
  const object = await storage.get(variant === 'thumb' ? thumbKey(photo.storageKey) : displayKey(photo.storageKey));
  if (!object) return notFound();
  const shared = photo.report.isPublic && !photo.report.hiddenAt && !photo.hiddenAt;
  return new Response(object.body, {
    status: 200,
    headers: {
      'Content-Type': 'image/webp',
      'Content-Length': String(object.size),
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': 'inline',
      // A moderator may hide a public photo later: shared caches keep it at most a day.
      'Cache-Control': shared ? `public, max-age=${PUBLIC_MAX_AGE}, immutable` : 'private, no-store',
      ...(shared ? {} : { Vary: 'Cookie' }),
    },
  });
}
