import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { answerField } from '@/lib/consultations/rules';
import { submitResponse } from '@/server/consultations/respond';
import { countResults, resultsData } from '@/server/consultations/results';
import { consultationBySlug } from '@/server/consultations/queries';
import { tallyStream } from '@/server/consultations/tally';
import { recount, type TallyJson } from '../support/tally';
import { errorOf } from '../support/errors';
import { loadTestConsultation } from '../support/data';

// Trust under load against real PostgreSQL (issue 11): 1,000 different accounts answer one
// consultation at the same moment, each retrying what the database could not take at once (no
// free connection, a transaction that could not start); exactly 1,000 responses remain, each
// with its own answers, and the published counts, and a recount of the published tally, equal them.

const PEOPLE = 1000;
const tag = randomBytes(3).toString('hex');
let consultationId = '';
let userIds: string[] = [];

/** Failures a client may simply try again: the pool or the database was busy. */
function transient(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  if (code === 'P2028' || code === 'P2034' || code === 'P1001' || code === 'P1017') return true;
  // The portal's own word for a database it could not reach in time (a 503 with Retry-After to a client).
  if ((e as { name?: unknown })?.name === 'ServiceUnavailableError') return true;
  return /timeout|timed out|Unable to start a transaction|connection|not reachable/i.test(String(e));
}

async function withRetries<T>(attempt: () => Promise<T>): Promise<{ value: T; tries: number }> {
  for (let tries = 1; ; tries++) {
    try {
      return { value: await attempt(), tries };
    } catch (e) {
      if (tries >= 30 || !transient(e)) throw e;
      // As a client told "503, Retry-After: 5" would: come back in a few seconds, not all at once.
      await new Promise((r) => setTimeout(r, 500 + Math.random() * 4500));
    }
  }
}

beforeAll(async () => {
  await seed(db as never);
  const now = new Date();
  const users = Array.from({ length: PEOPLE }, (_, i) => ({
    id: `trust-${tag}-${i}`,
    name: `Người thử tải ${i}`,
    email: `trust.${tag}.${i}@example.com`,
    role: 'CITIZEN' as const,
    wardCode: ['mau-phuong-sai-gon', 'mau-phuong-ben-thanh', 'mau-phuong-thu-duc'][i % 3]!,
    emailVerified: now,
  }));
  await db.user.createMany({ data: users });
  userIds = users.map((u) => u.id);
  const row = await loadTestConsultation(db, `nghin-nguoi-${tag}`);
  consultationId = row.id;
});

afterAll(async () => {
  if (consultationId) await db.consultation.deleteMany({ where: { id: consultationId } });
  await db.user.deleteMany({ where: { id: { in: userIds } } });
});

describe('1,000 accounts answering at once', () => {
  it('leave exactly 1,000 responses, and the published counts and a recount of the tally equal them', async () => {
    const slug = `nghin-nguoi-${tag}`;
    const c = (await consultationBySlug(slug))!;
    const [single, scale] = c.questions;
    const choice = (i: number) => i % 3;
    const started = Date.now();
    let done = 0;
    const progress = setInterval(
      () => console.log(`${done} answers stored after ${(Date.now() - started) / 1000} s`),
      5000,
    );
    const outcomes = await Promise.allSettled(
      userIds.map((userId, i) =>
        withRetries(() =>
          submitResponse({
            userId,
            slug,
            values: {
              [answerField(single!.id)]: single!.options[choice(i)]!.id,
              [answerField(scale!.id)]: String((i % 5) + 1),
            },
          }),
        ).finally(() => done++),
      ),
    );
    clearInterval(progress);
    const seconds = (Date.now() - started) / 1000;
    const failed = outcomes.filter((o) => o.status === 'rejected');
    const retried = outcomes.filter((o) => o.status === 'fulfilled' && o.value.tries > 1).length;
    console.log(`1,000 answers in ${seconds.toFixed(1)} s, ${retried} after a retry, ${failed.length} failed`);
    expect(failed.map((f) => String((f as PromiseRejectedResult).reason))).toEqual([]);

    // Exactly one response per account, each with its own two answers.
    const stored = await db.$queryRaw<{ responses: bigint; people: bigint; answers: bigint; receipts: bigint }[]>(
      Prisma.sql`SELECT COUNT(*) AS responses, COUNT(DISTINCT r."userId") AS people,
        (SELECT COUNT(*) FROM "ConsultationAnswer" a JOIN "ConsultationResponse" x ON x.id = a."responseId"
          WHERE x."consultationId" = ${consultationId}) AS answers,
        COUNT(DISTINCT r."receiptCode") AS receipts
      FROM "ConsultationResponse" r WHERE r."consultationId" = ${consultationId}`,
    );
    expect(stored[0]).toEqual({ responses: 1000n, people: 1000n, answers: 2000n, receipts: 1000n });

    // The published counts equal what is stored, and what each person sent.
    await db.consultation.update({ where: { id: consultationId }, data: { closesAt: new Date(Date.now() - 1000) } });
    const closed = (await consultationBySlug(slug))!;
    const results = await countResults(closed);
    expect(results.respondents).toBe(PEOPLE);
    expect(results.questions[0]!.rows.map((r) => r.count)).toEqual([334, 333, 333]);
    expect(results.questions[1]!.rows.map((r) => r.count)).toEqual([200, 200, 200, 200, 200]);
    expect(results.wards.shown.map((w) => w.respondents).sort()).toEqual([333, 333, 334]);

    // And anyone recounting the published tally finds the same numbers.
    const text = await new Response(tallyStream(closed, { format: 'json', locale: 'vi', full: false })).text();
    const tally = JSON.parse(text) as TallyJson;
    expect(tally.responses).toHaveLength(PEOPLE);
    const counted = recount(tally.questions, tally.responses);
    const published = resultsData(closed, results);
    for (const q of published.questions) {
      const mine = counted.find((r) => r.number === q.position)!;
      expect(mine.answered).toBe(q.answered);
      expect(Object.values(mine.counts)).toEqual(q.results.map((r) => r.count));
    }

    // The window has closed: one more answer changes nothing.
    const late = await errorOf(
      submitResponse({
        userId: userIds[0]!,
        slug,
        values: { [answerField(single!.id)]: single!.options[0]!.id, [answerField(scale!.id)]: '1' },
      }),
    );
    expect(late.error.code).toBe('consultationClosed');
    expect(await db.consultationResponse.count({ where: { consultationId } })).toBe(PEOPLE);
  }, 120_000);
});
