import 'server-only';
import { randomInt, randomUUID } from 'node:crypto';
import { Prisma } from '@/generated/prisma/client';
import { answerRefusal, readAnswers, type AnswerRow } from '@/lib/consultations/rules';
import type { ErrorCode } from '@/lib/errors';
import { db } from '../db';
import { can } from '../permissions';
import { AppError } from '../errors';
import type { ErrorKind } from '../errors';
import { answererFacts, answerTarget, questionRules } from './queries';

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
 *
 * Everything, reads included, runs on one connection in one transaction: under a burst of answers
 * each one waits for the pool once and then finishes, instead of queueing again for every query
 * (with a thousand at once, answers needing several turns in a long queue never got through).
 */
export async function submitResponse(input: {
  userId: string;
  slug: string;
  values: Readonly<Record<string, unknown>>;
  now?: Date;
}): Promise<SubmittedResponse> {
  const now = input.now ?? new Date();
  const attempt = () =>
    db.$transaction(
      async (tx) => {
        const consultation = await answerTarget(input.slug, tx);
        if (!consultation) throw new AppError('not_found');
        const person = await answererFacts(input.userId, tx);
        const facts = {
          person,
          consultation: { ...consultation, wardCodes: consultation.wards.map((w) => w.wardCode) },
          now,
        };
        if (!can(person ? { id: input.userId, role: person.role } : null, 'consultation:answer', facts)) {
          // The rule names the missing fact, for the person to read.
          const refusal = answerRefusal(facts) ?? 'consultationSignIn';
          throw new AppError(refusalKind[refusal] ?? 'forbidden', refusal);
        }
        const read = readAnswers(questionRules(consultation.questions), input.values);
        if (!read.ok) {
          throw new AppError('unprocessable', 'invalidFields', {
            fields: Object.fromEntries(
              Object.entries(read.errors).map(([f, e]) => [f, { code: e.code, params: e.params }]),
            ),
          });
        }
        return store(tx, consultation.id, input.userId, person?.wardCode ?? null, read.rows, now);
      },
      { maxWait: 10_000, timeout: 20_000 },
    );
  try {
    return await attempt();
  } catch (error) {
    // A receipt code already taken (one chance in a trillion): once more with another code.
    if (typeof error === 'object' && error && (error as { code?: unknown }).code === 'P2002') return attempt();
    throw error;
  }
}

type Stored = { id: string; createdAt: Date; updatedAt: Date; receiptCode: string };

/**
 * (1) INSERT … ON CONFLICT DO UPDATE on (consultationId, userId), only while the consultation is
 * open, which takes the response's row lock: a second submission waits for the first to commit,
 * then takes its row; (2) in a fresh snapshot that sees the first's answers, delete the response's
 * answers and insert the new ones.
 */
async function store(
  tx: Prisma.TransactionClient,
  consultationId: string,
  userId: string,
  wardCode: string | null,
  rows: readonly AnswerRow[],
  now: Date,
): Promise<SubmittedResponse> {
  const receiptCode = newReceiptCode();
  const [response] = await tx.$queryRaw<Stored[]>(Prisma.sql`
    INSERT INTO "ConsultationResponse" (id, "consultationId", "userId", "wardCode", "receiptCode", "createdAt", "updatedAt")
    SELECT ${randomUUID()}, c.id, ${userId}, ${wardCode}, ${receiptCode}, ${now}, ${now}
    FROM "Consultation" c
    WHERE c.id = ${consultationId} AND c."opensAt" <= ${now} AND c."closesAt" > ${now}
    ON CONFLICT ("consultationId", "userId") DO UPDATE
      SET "wardCode" = EXCLUDED."wardCode", "receiptCode" = EXCLUDED."receiptCode", "updatedAt" = EXCLUDED."updatedAt"
    RETURNING id, "createdAt", "updatedAt", "receiptCode"`);
  // Nothing written: the consultation closed (or had not opened) by the time the answer arrived.
  if (!response) throw new AppError('conflict', 'consultationClosed');
  await tx.$executeRaw(Prisma.sql`
    WITH d AS (DELETE FROM "ConsultationAnswer" WHERE "responseId" = ${response.id})
    INSERT INTO "ConsultationAnswer" (id, "responseId", "questionId", "optionId", scale, rank, text)
    SELECT gen_random_uuid()::text, ${response.id}, v.q, v.o, v.s, v.k, v.t
    FROM unnest(
      ${rows.map((a) => a.questionId)}::text[], ${rows.map((a) => a.optionId ?? null)}::text[],
      ${rows.map((a) => a.scale ?? null)}::int[], ${rows.map((a) => a.rank ?? null)}::int[],
      ${rows.map((a) => a.text ?? null)}::text[]
    ) AS v(q, o, s, k, t)`);
  return {
    receiptCode: response.receiptCode,
    createdAt: response.createdAt,
    updatedAt: response.updatedAt,
    replaced: response.createdAt.getTime() !== now.getTime(),
  };
}
