import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { percent, suppressSmallGroups, SCALE_MAX, SCALE_MIN, type QuestionKind } from '@/lib/consultations/rules';
import { db } from '../db';
import { AppError } from '../errors';
import { can } from '../permissions';
import { consultationBySlug, publishedConsultation, type ConsultationDetail } from './queries';

// The results of a consultation, counted by PostgreSQL (GROUP BY over the answers: no response is
// loaded into memory), and the rule that seals them (docs/decisions/021); a closed consultation's
// counts are final and kept a minute by each server process (docs/decisions/033).

export type ResultRow = {
  /** An option's id, or the scale value as text. */
  key: string;
  textVi: string;
  textEn: string;
  count: number;
  percent: number;
  /** RANKING: people who put it first, and its average place. */
  firstPlace?: number;
  averageRank?: number;
};

export type QuestionResult = {
  id: string;
  position: number;
  kind: QuestionKind;
  textVi: string;
  textEn: string;
  /** People who answered this question: the base of its percentages. */
  answered: number;
  rows: ResultRow[];
  /** TEXT: answers written, and those a moderator let through (shown). */
  texts?: { written: number; shown: string[] };
};

export type WardGroup = { code: string | null; name: string | null; nameEn: string | null; respondents: number };

export type ConsultationResults = {
  respondents: number;
  questions: QuestionResult[];
  wards: { shown: WardGroup[]; hiddenGroups: number; hiddenRespondents: number };
};

const n = (v: bigint | number | null) => Number(v ?? 0);

/** The counts of a consultation's answers, as PostgreSQL returns them. */
type Counts = Awaited<ReturnType<typeof countAnswers>>;

function countAnswers(id: string) {
  return Promise.all([
    db.consultationResponse.count({ where: { consultationId: id } }),
    db.$queryRaw<{ questionId: string; people: bigint }[]>(Prisma.sql`
      SELECT a."questionId", COUNT(DISTINCT a."responseId") AS people
      FROM "ConsultationAnswer" a JOIN "ConsultationResponse" r ON r.id = a."responseId"
      WHERE r."consultationId" = ${id}
      GROUP BY a."questionId"`),
    db.$queryRaw<{ questionId: string; optionId: string; people: bigint; first: bigint; avgRank: number | null }[]>(
      Prisma.sql`
      SELECT a."questionId", a."optionId", COUNT(*) AS people,
             COUNT(*) FILTER (WHERE a.rank = 1) AS first, AVG(a.rank)::float8 AS "avgRank"
      FROM "ConsultationAnswer" a JOIN "ConsultationResponse" r ON r.id = a."responseId"
      WHERE r."consultationId" = ${id} AND a."optionId" IS NOT NULL
      GROUP BY a."questionId", a."optionId"`,
    ),
    db.$queryRaw<{ questionId: string; scale: number; people: bigint }[]>(Prisma.sql`
      SELECT a."questionId", a.scale, COUNT(*) AS people
      FROM "ConsultationAnswer" a JOIN "ConsultationResponse" r ON r.id = a."responseId"
      WHERE r."consultationId" = ${id} AND a.scale IS NOT NULL
      GROUP BY a."questionId", a.scale`),
    db.$queryRaw<{ questionId: string; written: bigint }[]>(Prisma.sql`
      SELECT a."questionId", COUNT(*) AS written
      FROM "ConsultationAnswer" a JOIN "ConsultationResponse" r ON r.id = a."responseId"
      WHERE r."consultationId" = ${id} AND a.text IS NOT NULL
      GROUP BY a."questionId"`),
    db.$queryRaw<{ wardCode: string | null; name: string | null; nameEn: string | null; people: bigint }[]>(Prisma.sql`
      SELECT r."wardCode", u.name, u."nameEn", COUNT(*) AS people
      FROM "ConsultationResponse" r LEFT JOIN "AdministrativeUnit" u ON u.code = r."wardCode"
      WHERE r."consultationId" = ${id}
      GROUP BY r."wardCode", u.name, u."nameEn"
      ORDER BY COUNT(*) DESC, u.name`),
  ]);
}

/**
 * Written answers a moderator let through (they may be let through after closing: never kept). Read
 * by the consultation's text questions, through the index on (questionId, visible, moderatedAt): a
 * filter on the response's consultation read every answer of the table, 13–60 ms of PostgreSQL's
 * time per results page at 100,000 responses (docs/decisions/033).
 */
function shownTextsOf(questionIds: string[]) {
  if (!questionIds.length) return Promise.resolve([]);
  return db.consultationAnswer.findMany({
    where: { questionId: { in: questionIds }, visible: true, moderatedAt: { not: null }, text: { not: null } },
    select: { questionId: true, text: true },
    orderBy: { moderatedAt: 'asc' },
    take: 200,
  });
}

/**
 * No answer is stored once a consultation has closed (server/consultations/respond.ts checks the
 * window in the transaction), so its counts are final: each server process counts them once and
 * keeps them for FINAL_COUNTS_TTL_MS (a deleted account's response leaves them at most that late).
 * 100,000 responses take PostgreSQL a second or more to count (docs/decisions/033); the results
 * page of a closed consultation is then rendered without it.
 */
const FINAL_COUNTS_TTL_MS = 60_000;
const FINAL_COUNTS_MAX = 200;
const finalCounts = new Map<string, { expires: number; counts: Promise<Counts> }>();

function finalCountsOf(c: Pick<ConsultationDetail, 'id' | 'closesAt'>, now: number): Promise<Counts> {
  // Closing early moves closesAt: a consultation closed again is counted again.
  const key = `${c.id} ${c.closesAt.getTime()}`;
  const kept = finalCounts.get(key);
  if (kept && kept.expires > now) return kept.counts;
  if (finalCounts.size >= FINAL_COUNTS_MAX) finalCounts.delete(finalCounts.keys().next().value!);
  // The promise is kept, so that requests arriving while it is counted wait for the same count.
  const counts = countAnswers(c.id);
  finalCounts.set(key, { expires: now + FINAL_COUNTS_TTL_MS, counts });
  counts.catch(() => finalCounts.delete(key));
  return counts;
}

/**
 * Counts every question of a consultation in SQL. `final`: the consultation has closed, and counts
 * this process made in the last minute may be used.
 */
export async function countResults(
  consultation: Pick<ConsultationDetail, 'id' | 'questions'> & { closesAt?: Date },
  { final = false }: { final?: boolean } = {},
): Promise<ConsultationResults> {
  const id = consultation.id;
  const [[total, answered, options, scales, texts, wards], shownTexts] = await Promise.all([
    final && consultation.closesAt
      ? finalCountsOf({ id, closesAt: consultation.closesAt }, Date.now())
      : countAnswers(id),
    shownTextsOf(consultation.questions.filter((q) => q.kind === 'TEXT').map((q) => q.id)),
  ]);

  const answeredBy = new Map(answered.map((a) => [a.questionId, n(a.people)]));
  const questions = consultation.questions.map((q): QuestionResult => {
    const base = answeredBy.get(q.id) ?? 0;
    const result: QuestionResult = {
      id: q.id,
      position: q.position,
      kind: q.kind,
      textVi: q.textVi,
      textEn: q.textEn,
      answered: base,
      rows: [],
    };
    if (q.kind === 'SCALE') {
      for (let v = SCALE_MIN; v <= SCALE_MAX; v++) {
        const count = n(scales.find((s) => s.questionId === q.id && s.scale === v)?.people ?? 0);
        result.rows.push({
          key: String(v),
          textVi: String(v),
          textEn: String(v),
          count,
          percent: percent(count, base),
        });
      }
    } else if (q.kind === 'TEXT') {
      result.texts = {
        written: n(texts.find((t) => t.questionId === q.id)?.written ?? 0),
        shown: shownTexts.filter((t) => t.questionId === q.id).map((t) => t.text ?? ''),
      };
    } else {
      for (const o of q.options) {
        const row = options.find((r) => r.questionId === q.id && r.optionId === o.id);
        const count = n(row?.people ?? 0);
        result.rows.push({
          key: o.id,
          textVi: o.textVi,
          textEn: o.textEn,
          count,
          percent: percent(count, base),
          ...(q.kind === 'RANKING'
            ? { firstPlace: n(row?.first ?? 0), averageRank: row?.avgRank ? Math.round(row.avgRank * 10) / 10 : 0 }
            : {}),
        });
      }
    }
    return result;
  });

  return {
    respondents: total,
    questions,
    wards: suppressSmallGroups(
      wards.map((w) => ({ code: w.wardCode, name: w.name, nameEn: w.nameEn, respondents: n(w.people) })),
    ),
  };
}

/** Whether a person answered a consultation (the AFTER_ANSWER rule). */
export async function hasAnswered(consultationId: string, userId: string | null | undefined): Promise<boolean> {
  if (!userId) return false;
  return (await db.consultationResponse.count({ where: { consultationId, userId } })) > 0;
}

/**
 * The results of a published consultation for this person, or an AppError: not_found, or
 * forbidden with consultationResultsSealed while they are sealed. The one gate of the results
 * page and its downloads.
 */
export async function resultsFor(slug: string, userId: string | null | undefined, now?: Date) {
  // Without a date, the request's own copy of the consultation (its page's metadata read it too).
  const consultation = now ? await consultationBySlug(slug, now) : await publishedConsultation(slug);
  if (!consultation) throw new AppError('not_found');
  const answered = await hasAnswered(consultation.id, userId);
  if (
    !can(null, 'consultation:results', { phase: consultation.phase, resultsRule: consultation.resultsRule, answered })
  ) {
    throw new AppError('forbidden', 'consultationResultsSealed');
  }
  return {
    consultation,
    results: await countResults(consultation, { final: consultation.phase === 'closed' }),
    answered,
  };
}

/** The results as plain data for the downloads: no person, no free text that was not let through. */
export function resultsData(
  consultation: Pick<ConsultationDetail, 'slug' | 'titleVi' | 'titleEn' | 'opensAt' | 'closesAt' | 'phase'>,
  results: ConsultationResults,
) {
  return {
    consultation: {
      slug: consultation.slug,
      titleVi: consultation.titleVi,
      titleEn: consultation.titleEn,
      opensAt: consultation.opensAt.toISOString(),
      closesAt: consultation.closesAt.toISOString(),
      phase: consultation.phase,
    },
    respondents: results.respondents,
    questions: results.questions.map((q) => ({
      position: q.position,
      kind: q.kind,
      textVi: q.textVi,
      textEn: q.textEn,
      answered: q.answered,
      results: q.rows.map((r) => ({
        textVi: r.textVi,
        textEn: r.textEn,
        count: r.count,
        percent: r.percent,
        ...(r.firstPlace !== undefined ? { firstPlace: r.firstPlace, averageRank: r.averageRank } : {}),
      })),
      ...(q.texts ? { written: q.texts.written, shown: q.texts.shown } : {}),
    })),
    wards: {
      groups: results.wards.shown.map((w) => ({ code: w.code, name: w.name, respondents: w.respondents })),
      hiddenGroups: results.wards.hiddenGroups,
      hiddenRespondents: results.wards.hiddenRespondents,
    },
  };
}

const csvCell = (v: string | number) => {
  const s = String(v);
  // A leading =, +, - or @ would be a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** One line per question and answer: question, kind, answer, count, percent, answered. */
export function resultsCsv(data: ReturnType<typeof resultsData>, locale: 'vi' | 'en'): string {
  const header =
    locale === 'vi'
      ? ['stt_cau_hoi', 'cau_hoi', 'loai', 'phuong_an', 'so_nguoi', 'ty_le_phan_tram', 'so_nguoi_tra_loi_cau_hoi']
      : ['question_no', 'question', 'kind', 'answer', 'people', 'percent', 'answered_question'];
  const lines = [header.join(',')];
  for (const q of data.questions) {
    const qText = locale === 'vi' ? q.textVi : q.textEn;
    if (q.results.length === 0) {
      lines.push([q.position, qText, q.kind, '', q.written ?? 0, '', q.answered].map(csvCell).join(','));
    }
    for (const r of q.results) {
      lines.push(
        [q.position, qText, q.kind, locale === 'vi' ? r.textVi : r.textEn, r.count, r.percent, q.answered]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
