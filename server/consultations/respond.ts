import 'server-only';
import { randomInt } from 'node:crypto';
import { answerRefusal, readAnswers, type AnswerRow } from '@/lib/consultations/rules';
import type { ErrorCode } from '@/lib/errors';
import { db } from '../db';
import { can } from '../permissions';
import { AppError } from '../errors';
import type { ErrorKind } from '../errors';
import { answererFacts, consultationBySlug, questionRules } from './queries';

// A resident's response: one per person and consultation (a unique key in the database), replaced
// as a whole while the consultation is open (docs/decisions/021).

const RECEIPT_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** "YK-7KQ2-M9TD": proof of an answer that says nothing about the person. */
export function newReceiptCode(): string {
  const part = () => Array.from({ length: 4 }, () => RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)]).join('');
  return `YK-${part()}-${part()}`;
}

const refusalKind: Partial<Record<ErrorCode, ErrorKind>> = {
  not_found: 'not_found',
  consultationSignIn: 'unauthorized',
  consultationNotOpen: 'conflict',
  consultationClosed: 'conflict',
};

export type SubmittedResponse = { receiptCode: string; createdAt: Date; updatedAt: Date; replaced: boolean };

/**
 * Stores a person's answers to a consultation, replacing their earlier ones in one transaction.
 * Refused, changing nothing: a consultation not open, an unverified account, a ward outside its
 * scope, an answer that breaks a question's rules or names an option of another question.
 */
export async function submitResponse(input: {
  userId: string;
  slug: string;
  values: Readonly<Record<string, unknown>>;
  now?: Date;
}): Promise<SubmittedResponse> {
  const now = input.now ?? new Date();
  const [consultation, person] = await Promise.all([consultationBySlug(input.slug, now), answererFacts(input.userId)]);
  if (!consultation) throw new AppError('not_found');
  const facts = { person, consultation: { ...consultation, wardCodes: consultation.wards.map((w) => w.code) }, now };
  if (!can(person ? { id: input.userId, role: person.role } : null, 'consultation:answer', facts)) {
    // The rule names the missing fact, for the person to read.
    const refusal = answerRefusal(facts) ?? 'consultationSignIn';
    throw new AppError(refusalKind[refusal] ?? 'forbidden', refusal);
  }

  const read = readAnswers(questionRules(consultation.questions), input.values);
  if (!read.ok) {
    throw new AppError('unprocessable', 'invalidFields', {
      fields: Object.fromEntries(Object.entries(read.errors).map(([f, e]) => [f, { code: e.code, params: e.params }])),
    });
  }
  return store(consultation.id, input.userId, person?.wardCode ?? null, read.rows, now);
}

async function store(
  consultationId: string,
  userId: string,
  wardCode: string | null,
  rows: readonly AnswerRow[],
  now: Date,
): Promise<SubmittedResponse> {
  const receiptCode = newReceiptCode();
  const write = () =>
    db.$transaction(async (tx) => {
      // INSERT … ON CONFLICT DO UPDATE on (consultationId, userId): a second submission waits for
      // the first to commit, then takes its row; the closing time is checked again in the same statement's transaction.
      const open = await tx.consultation.count({
        where: { id: consultationId, closesAt: { gt: now }, opensAt: { lte: now } },
      });
      if (!open) throw new AppError('conflict', 'consultationClosed');
      const response = await tx.consultationResponse.upsert({
        where: { consultationId_userId: { consultationId, userId } },
        create: { consultationId, userId, wardCode, receiptCode, createdAt: now, updatedAt: now },
        update: { wardCode, receiptCode, updatedAt: now },
        select: { id: true, createdAt: true, updatedAt: true, receiptCode: true },
      });
      await tx.consultationAnswer.deleteMany({ where: { responseId: response.id } });
      await tx.consultationAnswer.createMany({ data: rows.map((r) => ({ ...r, responseId: response.id })) });
      return { ...response, replaced: response.createdAt.getTime() !== now.getTime() };
    });
  try {
    return await write();
  } catch (error) {
    // Two first submissions at once: the loser of the unique key tries once more, as a change.
    if (typeof error === 'object' && error && (error as { code?: unknown }).code === 'P2002') return write();
    throw error;
  }
}
