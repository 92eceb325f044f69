import 'server-only';
import { db } from '../db';
import { AppError } from '../errors';
import { limit } from '../rate-limit';

export const FEEDBACK_LIMIT = { max: 10, windowSeconds: 60 * 60 };

/** Anonymous feedback on a procedure page, at most 10 an hour from one address. */
export async function recordFeedback(code: string, ip: string, input: { helpful: 'yes' | 'no'; comment?: string }) {
  const procedure = await db.procedure.findFirst({
    where: { code, status: 'PUBLISHED' },
    select: { id: true, slug: true },
  });
  if (!procedure) throw new AppError('not_found');
  const rl = await limit(`feedback:${ip}`, FEEDBACK_LIMIT.max, FEEDBACK_LIMIT.windowSeconds);
  if (!rl.ok) throw new AppError('rate_limited', 'rate_limited', { retryAfter: rl.retryAfter });
  await db.procedureFeedback.create({
    data: { procedureId: procedure.id, helpful: input.helpful === 'yes', comment: input.comment ?? null },
  });
  return procedure;
}

/** Counts a view for popularity; one per address and procedure an hour, so reloading adds nothing. */
export async function recordView(code: string, ip: string) {
  const rl = await limit(`view:${ip}:${code}`, 1, 60 * 60);
  if (!rl.ok) return false;
  const { count } = await db.procedure.updateMany({
    where: { code, status: 'PUBLISHED' },
    data: { views: { increment: 1 } },
  });
  return count === 1;
}
