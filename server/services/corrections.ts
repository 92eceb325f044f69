import 'server-only';
import type { z } from 'zod';
import type { placeReportSchema } from '@/lib/validation/services';
import { db } from '../db';
import { AppError } from '../errors';
import { limit } from '../rate-limit';

// Residents' corrections to the directory: anyone may send one, at most 5 an hour from one
// address (counted before anything is stored); they wait in the editors' queue.

export const CORRECTION_LIMIT = { max: 5, windowSeconds: 60 * 60 } as const;

export async function fileCorrection(input: z.output<typeof placeReportSchema>, ip: string) {
  const place = await db.place.findFirst({ where: { slug: input.slug, synthetic: false }, select: { id: true } });
  if (!place) throw new AppError('not_found');
  const allowed = await limit(`place-correction:${ip}`, CORRECTION_LIMIT.max, CORRECTION_LIMIT.windowSeconds);
  if (!allowed.ok) throw new AppError('rate_limited', 'rate_limited', { retryAfter: allowed.retryAfter });
  return db.placeReport.create({
    data: { placeId: place.id, field: input.field, message: input.message },
    select: { id: true },
  });
}
