import 'server-only';
import { pollShapeOk } from '@/lib/consultations/comments';
import { answerField } from '@/lib/consultations/rules';
import { db } from '../db';
import { AppError } from '../errors';
import { submitResponse, type SubmittedResponse } from './respond';

// Quick polls (docs/decisions/024): consultations of kind POLL with one single-choice question,
// placed on the home page or under a news article. Answering one is answering the consultation:
// the same one-response key, window, verification, ward scope and sealing rules.

export type QuickPoll = {
  id: string;
  slug: string;
  titleVi: string;
  titleEn: string;
  closesAt: Date;
  question: { id: string; textVi: string; textEn: string };
  options: { id: string; textVi: string; textEn: string }[];
};

/** The open quick poll at a placement (the latest opened), or null. The same for everyone: cacheable. */
export async function pollAt(placement: string, now = new Date()): Promise<QuickPoll | null> {
  if (placement.length > 200) return null;
  const rows = await db.consultation.findMany({
    where: { status: 'PUBLISHED', kind: 'POLL', placement, opensAt: { lte: now }, closesAt: { gt: now } },
    orderBy: [{ opensAt: 'desc' }, { id: 'asc' }],
    take: 5,
    select: {
      id: true,
      slug: true,
      titleVi: true,
      titleEn: true,
      closesAt: true,
      questions: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          kind: true,
          textVi: true,
          textEn: true,
          options: { orderBy: { position: 'asc' }, select: { id: true, textVi: true, textEn: true } },
        },
      },
    },
  });
  // A poll whose questions were changed into something a tap cannot answer is left out.
  const row = rows.find((r) => pollShapeOk(r.questions));
  if (!row) return null;
  const [q] = row.questions;
  return {
    id: row.id,
    slug: row.slug,
    titleVi: row.titleVi,
    titleEn: row.titleEn,
    closesAt: row.closesAt,
    question: { id: q!.id, textVi: q!.textVi, textEn: q!.textEn },
    options: q!.options,
  };
}

/** One tap: the chosen option as the person's whole response to the poll. */
export async function answerPoll(input: {
  userId: string;
  slug: string;
  optionId: string;
  now?: Date;
}): Promise<SubmittedResponse> {
  const poll = await db.consultation.findFirst({
    where: { slug: input.slug, status: 'PUBLISHED', kind: 'POLL' },
    select: { questions: { select: { id: true, kind: true, options: { select: { id: true } } } } },
  });
  if (!poll || !pollShapeOk(poll.questions)) throw new AppError('not_found');
  return submitResponse({
    userId: input.userId,
    slug: input.slug,
    values: { [answerField(poll.questions[0]!.id)]: input.optionId },
    now: input.now,
  });
}
