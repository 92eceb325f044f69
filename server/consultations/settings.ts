import 'server-only';
import { revalidatePath } from 'next/cache';
import { pollShapeOk } from '@/lib/consultations/comments';
import { publicPagesChanged } from '@/lib/public-pages-changed';
import type { ConsultationSettings } from '@/lib/validation/consultation-comments';
import { audit } from '../audit';
import { db } from '../db';
import { AppError } from '../errors';
import { can, type RoleHolder } from '../permissions';

// A consultation's settings (docs/decisions/024): comments on or off, and whether it is a quick
// poll with its placement ("home" or a news article's slug). A quick poll must be answerable in one
// tap, so it needs exactly one single-choice question; the slot shows nothing otherwise.

export async function saveSettings(
  user: (RoleHolder & { id: string }) | null | undefined,
  input: ConsultationSettings,
) {
  if (!user) throw new AppError('unauthorized');
  if (!can(user, 'consultation:manage')) throw new AppError('forbidden');
  await db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "Consultation" WHERE id = ${input.id} FOR UPDATE`;
    if (!locked.length) throw new AppError('not_found');
    const before = await tx.consultation.findUniqueOrThrow({
      where: { id: input.id },
      select: {
        kind: true,
        placement: true,
        commentsEnabled: true,
        questions: { select: { kind: true, options: { select: { id: true } } } },
      },
    });
    if (input.kind === 'POLL' && !pollShapeOk(before.questions))
      throw new AppError('unprocessable', 'invalidFields', { fields: { consultationKind: 'consultationPollShape' } });
    const after = { kind: input.kind, placement: input.placement, commentsEnabled: input.commentsEnabled };
    await tx.consultation.update({ where: { id: input.id }, data: after });
    await audit(tx, {
      actorId: user.id,
      action: 'consultation.settings',
      entityType: 'consultation',
      entityId: input.id,
      before: { kind: before.kind, placement: before.placement, commentsEnabled: before.commentsEnabled },
      after,
    });
  });
  refreshPollPages();
}

/** The pages that show quick polls are cached: refresh them in this instance (others within their minute). */
function refreshPollPages() {
  try {
    revalidatePath('/[locale]', 'page');
    revalidatePath('/[locale]/news/[slug]', 'page');
  } catch {
    // Outside a request (a script or a test) there is no page cache to refresh.
  }
  publicPagesChanged();
}
