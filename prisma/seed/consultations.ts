// Demo consultations: one open to the whole city, one open to the wards along a bus route (results
// shown after answering), one upcoming, one closed with results and one closed with its outcome,
// answered by demo resident accounts. Deterministic: fixed texts, fixed ids and a seeded random
// sequence; the dates are days before or after the day the seed runs, so the open one is open
// whenever the demo is made.
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { demoConsultations, respondentWards, type DemoQuestion } from './consultation-texts';

const DAY_MS = 86_400_000;
const RESIDENTS_PER_WEIGHT = 3;

/** mulberry32, as the demo reports use. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const id = (kind: string, ...n: number[]) => `cdemo${kind}${n.map((x) => String(x).padStart(3, '0')).join('')}`;

/** Midnight in Ho Chi Minh City of the day the seed runs. */
export function seedDay(now = new Date()): Date {
  const city = new Date(now.getTime() + 7 * 3_600_000);
  return new Date(Date.UTC(city.getUTCFullYear(), city.getUTCMonth(), city.getUTCDate()) - 7 * 3_600_000);
}

function weighted(rand: () => number, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rand() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/** How many demo respondent accounts the seed makes (they answer the consultations, and cannot sign in). */
export const DEMO_RESPONDENT_COUNT = respondentWards.reduce(
  (sum, [, weight]) => sum + weight * RESIDENTS_PER_WEIGHT,
  0,
);

export async function seedDemoConsultations(db: PrismaClient, now = new Date()): Promise<number> {
  if ((await db.consultation.count({ where: { id: { startsWith: 'cdemo' } } })) > 0) return 0;
  const day = seedDay(now);
  const at = (days: number, hour = 0) => new Date(day.getTime() + days * DAY_MS + hour * 3_600_000);

  // The demo respondents: verified residents without a password (they cannot sign in).
  const residents: { id: string; wardCode: string }[] = [];
  respondentWards.forEach(([ward, weight], w) => {
    for (let k = 0; k < weight * RESIDENTS_PER_WEIGHT; k++)
      residents.push({ id: id('resident', w, k), wardCode: ward });
  });
  // After the demo accounts, so the back office's list of users (oldest first) still opens on them.
  const joined = new Date('2026-02-02T09:00:00+07:00');
  await db.user.createMany({
    data: residents.map((r, i) => ({
      id: r.id,
      name: `Cư dân mẫu ${String(i + 1).padStart(3, '0')}`,
      email: `cu-dan-mau-${String(i + 1).padStart(3, '0')}@congdanso.test`,
      emailVerified: joined,
      wardCode: r.wardCode,
      consentVersion: '2026-01',
      consentAt: joined,
      createdAt: joined,
    })),
    skipDuplicates: true,
  });

  const rand = prng(20261207);
  let responses = 0;
  for (const [ci, c] of demoConsultations.entries()) {
    const consultationId = id('consult', ci);
    const closesAt = at(c.closesIn, 23);
    await db.consultation.create({
      data: {
        id: consultationId,
        slug: c.slug,
        titleVi: c.titleVi,
        titleEn: c.titleEn,
        summaryVi: c.summaryVi,
        summaryEn: c.summaryEn,
        bodyVi: c.bodyVi,
        bodyEn: c.bodyEn,
        topic: c.topic,
        opensAt: at(c.opensIn, 8),
        closesAt,
        resultsRule: c.resultsRule,
        status: 'PUBLISHED',
        ...(c.outcome
          ? {
              outcomeVi: c.outcome.vi,
              outcomeEn: c.outcome.en,
              outcomePublishedAt: at(c.closesIn + c.outcome.daysAfterClose, 10),
            }
          : {}),
        wards: { create: c.wards.map((wardCode) => ({ wardCode })) },
        questions: {
          create: c.questions.map((q, qi) => ({
            id: id('question', ci, qi),
            position: qi + 1,
            kind: q.kind,
            required: q.required ?? true,
            textVi: q.textVi,
            textEn: q.textEn,
            maxChoices: q.maxChoices ?? null,
            maxLength: q.maxLength ?? null,
            options: {
              create: (q.options ?? []).map(([textVi, textEn], oi) => ({
                id: id('option', ci, qi, oi),
                position: oi + 1,
                textVi,
                textEn,
              })),
            },
          })),
        },
      },
    });

    // Respondents: a seeded draw from the residents in the consultation's scope.
    const pool = residents.filter((r) => c.wards.length === 0 || c.wards.includes(r.wardCode));
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    const chosen = pool.slice(0, c.responses);
    const opened = at(c.opensIn, 8).getTime();
    const span = Math.max(DAY_MS, Math.min(closesAt.getTime(), now.getTime()) - opened - 3_600_000);
    const responseRows: Prisma.ConsultationResponseCreateManyInput[] = [];
    const answerRows: Prisma.ConsultationAnswerCreateManyInput[] = [];
    let textTurn = 0;
    chosen.forEach((person, ri) => {
      const responseId = id('response', ci, ri);
      const when = new Date(opened + 3_600_000 + Math.floor(rand() * span));
      responseRows.push({
        id: responseId,
        consultationId,
        userId: person.id,
        wardCode: person.wardCode,
        receiptCode: `YK-DEMO-${String(ci).padStart(2, '0')}${String(ri).padStart(3, '0')}`,
        createdAt: when,
        updatedAt: when,
      });
      c.questions.forEach((q, qi) => {
        const questionId = id('question', ci, qi);
        const option = (oi: number) => id('option', ci, qi, oi);
        answerRows.push(...demoAnswer(q, rand, option).map((a) => ({ ...a, responseId, questionId })));
        if (q.kind === 'TEXT' && c.texts && ri % 9 === 0) {
          const [vi] = c.texts[textTurn % c.texts.length]!;
          textTurn++;
          answerRows.push({
            responseId,
            questionId,
            text: vi,
            // The first written answers were let through by a moderator; the rest wait.
            ...(textTurn <= c.texts.length
              ? { visible: true, moderatedAt: new Date(closesAt.getTime() + DAY_MS) }
              : {}),
          });
        }
      });
    });
    await db.consultationResponse.createMany({ data: responseRows });
    await db.consultationAnswer.createMany({ data: answerRows });
    responses += responseRows.length;
  }
  return responses;
}

/** A demo person's answer to one question, leaning the way the question's weights say. */
function demoAnswer(
  q: DemoQuestion,
  rand: () => number,
  option: (oi: number) => string,
): { optionId?: string; scale?: number; rank?: number }[] {
  const n = q.options?.length ?? 0;
  const weights = q.weights ?? Array.from({ length: q.kind === 'SCALE' ? 5 : n }, () => 1);
  switch (q.kind) {
    case 'SINGLE':
      return [{ optionId: option(weighted(rand, weights)) }];
    case 'SCALE':
      return [{ scale: weighted(rand, weights) + 1 }];
    case 'MULTIPLE': {
      const picks = new Set<number>();
      const count = 1 + Math.floor(rand() * (q.maxChoices ?? n));
      while (picks.size < Math.min(count, n)) picks.add(weighted(rand, weights));
      return [...picks].sort().map((oi) => ({ optionId: option(oi) }));
    }
    case 'RANKING': {
      const left = weights.map((w, oi) => ({ w, oi }));
      const out: { optionId: string; rank: number }[] = [];
      for (let place = 1; place <= Math.min(q.maxChoices ?? 5, 5, n); place++) {
        const k = weighted(
          rand,
          left.map((l) => l.w),
        );
        out.push({ optionId: option(left[k]!.oi), rank: place });
        left.splice(k, 1);
      }
      return out;
    }
    case 'TEXT':
      return [];
  }
}
