import 'server-only';
import { db } from '@/server/db';
import { can, reportFacts, reportFactsSelect, type Subject } from '@/server/permissions';
import { getStorage, type PhotoStorage } from '@/server/storage';
import { displayKey, thumbKey } from '@/lib/reports/photo-keys';

export type PhotoVariant = 'display' | 'thumb';
export type PhotoViewer = Subject;

/** The address of a report photo; the route checks who may see it on every request. */
export function photoUrl(id: string, variant: PhotoVariant = 'display'): string {
  return `/api/feedback/photos/${encodeURIComponent(id)}/${variant}`;
}

const PUBLIC_MAX_AGE = 24 * 60 * 60;

/**
 * GET /api/feedback/photos/{id}/{variant} for a viewer (or null): the re-encoded WebP, or 404 for
 * anything the viewer may not see, so the answer never tells whether a photo exists.
 */
export async function servePhoto(
  user: PhotoViewer,
  id: string,
  variant: string,
  storage: PhotoStorage = getStorage(),
  /** The request's If-None-Match: a copy the client holds is confirmed with a 304, once it may see it. */
  ifNoneMatch?: string | null,
): Promise<Response> {
  const notFound = () =>
    new Response('Not found', {
      status: 404,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  if ((variant !== 'display' && variant !== 'thumb') || !/^[a-z0-9]{10,60}$/.test(id)) return notFound();
  const photo = await db.reportPhoto.findUnique({
    where: { id },
    select: {
      storageKey: true,
      hiddenAt: true,
      promotedAt: true,
      report: { select: reportFactsSelect },
      event: { select: { internal: true } },
    },
  });
  if (!photo || !photo.promotedAt) return notFound();
  const report = reportFacts(photo.report);
  const facts = { hiddenAt: photo.hiddenAt, internal: Boolean(photo.event?.internal) };
  if (!can(user, 'photo:view', { report, photo: facts })) return notFound();
  // Shareable only when anyone at all may see it.
  const shared = can(null, 'photo:view', { report, photo: facts });
  // A photo's files never change once stored (a new photo gets a new id): its id, variant and the
  // moment it was stored name its content.
  const etag = `"${id}-${variant}-${photo.promotedAt.getTime().toString(36)}"`;
  const headers = {
    'X-Content-Type-Options': 'nosniff',
    // A moderator may hide a public photo later: shared caches keep it at most a day.
    'Cache-Control': shared ? `public, max-age=${PUBLIC_MAX_AGE}, immutable` : 'private, no-store',
    ETag: etag,
    'Last-Modified': photo.promotedAt.toUTCString(),
    ...(shared ? {} : { Vary: 'Cookie' }),
  };
  if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag))
    return new Response(null, { status: 304, headers });
  const object = await storage.get(variant === 'thumb' ? thumbKey(photo.storageKey) : displayKey(photo.storageKey));
  if (!object) return notFound();
  return new Response(object.body, {
    status: 200,
    headers: {
      'Content-Type': 'image/webp',
      'Content-Length': String(object.size),
      'Content-Disposition': 'inline',
      ...headers,
    },
  });
}
