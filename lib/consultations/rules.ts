// The rules of a public consultation that need no database: its phase, who may answer, when its
// results may be read, how a posted form becomes answers, and how results are shown without
// exposing a small group. The server (server/consultations/, server/permissions.ts) and the
// components use the same functions.
import type { ErrorCode, ErrorParams } from '@/lib/errors';
import { routing } from '@/i18n/routing';

/** The topics a consultation is filed under; their names are in the Consultations message group. */
export const CONSULTATION_TOPICS = ['urban-order', 'transport', 'education', 'culture', 'environment'] as const;
export type ConsultationTopic = (typeof CONSULTATION_TOPICS)[number];

/**
 * Slugs a consultation cannot take: the fixed addresses beside `/consultations/[slug]` (the Atom
 * feed, `/lay-y-kien/atom`), in either language, read from the routing table so that a new fixed
 * address is reserved too.
 */
export const RESERVED_CONSULTATION_SLUGS: readonly string[] = [
  ...new Set(
    Object.entries(routing.pathnames).flatMap(([key, value]) => {
      if (!/^\/consultations\/[^/[]+$/.test(key)) return [];
      const paths = typeof value === 'string' ? [value] : Object.values(value);
      return [key, ...paths].map((p) => p.split('/').pop()!);
    }),
  ),
];

export type Phase = 'upcoming' | 'open' | 'closed';
export type ResultsRule = 'SEALED_UNTIL_CLOSE' | 'AFTER_ANSWER';
export type QuestionKind = 'SINGLE' | 'MULTIPLE' | 'SCALE' | 'RANKING' | 'TEXT';

/** The smallest group of people the ward breakdown shows: fewer could identify someone. */
export const MIN_GROUP_SIZE = 5;
/** A ranking asks for at most this many places. */
export const MAX_RANKED = 5;
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
/** The longest text answer when a question sets none. */
export const DEFAULT_TEXT_MAX = 2000;

export function phaseOf(c: { opensAt: Date; closesAt: Date }, now: Date): Phase {
  if (now.getTime() < c.opensAt.getTime()) return 'upcoming';
  if (now.getTime() >= c.closesAt.getTime()) return 'closed';
  return 'open';
}

/** Whole days and hours left before closing (0, 0 once closed). */
export function timeLeft(closesAt: Date, now: Date): { days: number; hours: number } {
  const ms = Math.max(0, closesAt.getTime() - now.getTime());
  const hours = Math.floor(ms / 3_600_000);
  return { days: Math.floor(hours / 24), hours: hours % 24 };
}

/** No wards listed: the whole city. */
export function wardInScope(scope: readonly string[], wardCode: string | null | undefined): boolean {
  if (scope.length === 0) return true;
  return Boolean(wardCode && scope.includes(wardCode));
}

/** What decides whether a person may answer now. */
export type AnswerFacts = {
  person: { emailVerified: Date | null; wardCode: string | null } | null;
  consultation: { status: 'DRAFT' | 'PUBLISHED'; opensAt: Date; closesAt: Date; wardCodes: readonly string[] };
  now: Date;
};

/** Why a person may not answer (an error code of lib/errors.ts), or null when they may. */
export function answerRefusal(facts: AnswerFacts): ErrorCode | null {
  const { person, consultation, now } = facts;
  if (consultation.status !== 'PUBLISHED') return 'not_found';
  if (!person) return 'consultationSignIn';
  const phase = phaseOf(consultation, now);
  if (phase === 'upcoming') return 'consultationNotOpen';
  if (phase === 'closed') return 'consultationClosed';
  if (!person.emailVerified) return 'email_unverified';
  if (!wardInScope(consultation.wardCodes, person.wardCode)) return 'consultationWardOutside';
  return null;
}

export type ResultsFacts = { phase: Phase; resultsRule: ResultsRule; answered: boolean };

/** Results are sealed until closing; AFTER_ANSWER also opens them to a person who has answered. */
export function resultsOpen({ phase, resultsRule, answered }: ResultsFacts): boolean {
  if (phase === 'closed') return true;
  return resultsRule === 'AFTER_ANSWER' && phase === 'open' && answered;
}

/** Results anyone may read (no person involved): what may be shared, downloaded or cached. */
export function resultsPublic(phase: Phase): boolean {
  return phase === 'closed';
}

/** Percentage with one decimal, 0 for an empty base. */
export function percent(count: number, total: number): number {
  if (total <= 0) return 0;
  return Math.round((count / total) * 1000) / 10;
}

/** Groups of fewer than MIN_GROUP_SIZE people are left out; what was left out is counted once. */
export function suppressSmallGroups<T extends { respondents: number }>(
  groups: readonly T[],
  min = MIN_GROUP_SIZE,
): { shown: T[]; hiddenGroups: number; hiddenRespondents: number } {
  const shown = groups.filter((g) => g.respondents >= min);
  const hidden = groups.filter((g) => g.respondents < min);
  return {
    shown,
    hiddenGroups: hidden.length,
    hiddenRespondents: hidden.reduce((sum, g) => sum + g.respondents, 0),
  };
}

// ----- a posted answer form -----

export type QuestionRule = {
  id: string;
  kind: QuestionKind;
  required: boolean;
  maxChoices: number | null;
  maxLength: number | null;
  options: readonly { id: string }[];
};

/** One answer row to store. */
export type AnswerRow = {
  questionId: string;
  optionId?: string;
  scale?: number;
  rank?: number;
  text?: string;
};

export type AnswerError = { code: ErrorCode; params?: ErrorParams };

/** The form field of a question (SINGLE, SCALE, TEXT) or of one of its options (MULTIPLE, RANKING). */
export const answerField = (questionId: string, optionId?: string) =>
  optionId ? `q_${questionId}_${optionId}` : `q_${questionId}`;

/** How many places a ranking question asks for. */
export function rankPlaces(q: Pick<QuestionRule, 'maxChoices' | 'options'>): number {
  return Math.min(q.maxChoices ?? MAX_RANKED, MAX_RANKED, q.options.length);
}

/**
 * A posted form (field name → value) as answer rows, or the errors by field. An option must be
 * one of its own question's: a value naming another question's option is refused as unknown.
 */
export function readAnswers(
  questions: readonly QuestionRule[],
  values: Readonly<Record<string, unknown>>,
): { ok: true; rows: AnswerRow[] } | { ok: false; errors: Record<string, AnswerError> } {
  const rows: AnswerRow[] = [];
  const errors: Record<string, AnswerError> = {};
  const text = (name: string) => {
    const v = values[name];
    return typeof v === 'string' ? v.trim() : '';
  };
  for (const q of questions) {
    const field = answerField(q.id);
    const optionIds = new Set(q.options.map((o) => o.id));
    switch (q.kind) {
      case 'SINGLE': {
        const v = text(field);
        if (!v) {
          if (q.required) errors[field] = { code: 'consultationAnswerRequired' };
        } else if (!optionIds.has(v)) errors[field] = { code: 'consultationOptionUnknown' };
        else rows.push({ questionId: q.id, optionId: v });
        break;
      }
      case 'MULTIPLE': {
        const chosen = q.options.filter((o) => text(answerField(q.id, o.id)) !== '').map((o) => o.id);
        // A value under this question's name that is not one of its options (a forged form).
        const stray = Object.keys(values).some(
          (k) => k.startsWith(`${field}_`) && text(k) !== '' && !optionIds.has(k.slice(field.length + 1)),
        );
        const max = q.maxChoices ?? q.options.length;
        if (stray) errors[field] = { code: 'consultationOptionUnknown' };
        else if (chosen.length === 0 && q.required) errors[field] = { code: 'consultationAnswerRequired' };
        else if (chosen.length > max) errors[field] = { code: 'consultationTooManyChoices', params: { max } };
        else for (const optionId of chosen) rows.push({ questionId: q.id, optionId });
        break;
      }
      case 'SCALE': {
        const v = text(field);
        if (!v) {
          if (q.required) errors[field] = { code: 'consultationAnswerRequired' };
          break;
        }
        const n = Number(v);
        if (!Number.isInteger(n) || n < SCALE_MIN || n > SCALE_MAX) errors[field] = { code: 'invalid' };
        else rows.push({ questionId: q.id, scale: n });
        break;
      }
      case 'RANKING': {
        const places = rankPlaces(q);
        const ranked: AnswerRow[] = [];
        let bad = Object.keys(values).some(
          (k) => k.startsWith(`${field}_`) && text(k) !== '' && !optionIds.has(k.slice(field.length + 1)),
        );
        const used = new Set<number>();
        for (const o of q.options) {
          const v = text(answerField(q.id, o.id));
          if (!v) continue;
          const rank = Number(v);
          if (!Number.isInteger(rank) || rank < 1 || rank > places || used.has(rank)) bad = true;
          else {
            used.add(rank);
            ranked.push({ questionId: q.id, optionId: o.id, rank });
          }
        }
        if (bad) errors[field] = { code: 'consultationRankingInvalid', params: { max: places } };
        else if (ranked.length === 0 && q.required) errors[field] = { code: 'consultationAnswerRequired' };
        else if (ranked.length > 0 && used.size !== Math.max(...used)) {
          // Places must be filled from the first without a gap.
          errors[field] = { code: 'consultationRankingInvalid', params: { max: places } };
        } else rows.push(...ranked.sort((a, b) => a.rank! - b.rank!));
        break;
      }
      case 'TEXT': {
        const v = text(field);
        const max = q.maxLength ?? DEFAULT_TEXT_MAX;
        if (!v) {
          if (q.required) errors[field] = { code: 'consultationAnswerRequired' };
        } else if (v.length > max) errors[field] = { code: 'tooLong', params: { max } };
        else rows.push({ questionId: q.id, text: v });
        break;
      }
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, rows };
}

/** The form values that show a stored answer again (the answer form's defaults). */
export function answerValues(rows: readonly AnswerRow[], questions: readonly QuestionRule[]): Record<string, string> {
  const kinds = new Map(questions.map((q) => [q.id, q.kind]));
  const out: Record<string, string> = {};
  for (const r of rows) {
    switch (kinds.get(r.questionId)) {
      case 'SINGLE':
        out[answerField(r.questionId)] = r.optionId ?? '';
        break;
      case 'MULTIPLE':
        out[answerField(r.questionId, r.optionId)] = 'on';
        break;
      case 'SCALE':
        out[answerField(r.questionId)] = String(r.scale ?? '');
        break;
      case 'RANKING':
        out[answerField(r.questionId, r.optionId)] = String(r.rank ?? '');
        break;
      case 'TEXT':
        out[answerField(r.questionId)] = r.text ?? '';
        break;
    }
  }
  return out;
}
