// The back office's rules for a consultation that need no database: the state shown in its list,
// when its questions are frozen, what publishing, closing early and publishing the outcome need,
// and how a question or option moves. server/consultations/admin.ts applies them.
import type { ErrorCode } from '@/lib/errors';
import { phaseOf, type Phase, type QuestionKind } from './rules';

export type AdminState = 'draft' | Phase;

type Timing = { status: 'DRAFT' | 'PUBLISHED'; opensAt: Date; closesAt: Date };

/** A draft is a draft whatever its dates; a published one is upcoming, open or closed. */
export function adminState(c: Timing, now: Date): AdminState {
  return c.status === 'DRAFT' ? 'draft' : phaseOf(c, now);
}

/** Kinds whose answers are options of the question. */
export const OPTION_KINDS: readonly QuestionKind[] = ['SINGLE', 'MULTIPLE', 'RANKING'];
export const hasOptions = (kind: QuestionKind) => OPTION_KINDS.includes(kind);

/**
 * Once someone has answered, the questions and their options keep their number and order (answers
 * point at them, and the results compare like with like): only their wording may be fixed.
 */
export function structureLocked(responses: number): boolean {
  return responses > 0;
}

/** Why a consultation cannot be published yet, or null. */
export function publishRefusal(
  questions: readonly { kind: QuestionKind; options: readonly unknown[] }[],
): ErrorCode | null {
  if (questions.length === 0) return 'consultationNoQuestions';
  if (questions.some((q) => hasOptions(q.kind) && q.options.length < 2)) return 'consultationOptionsNeeded';
  return null;
}

/** Closing early: a published consultation that is open now. */
export function closeRefusal(c: Timing, now: Date): ErrorCode | null {
  return adminState(c, now) === 'open' ? null : 'consultationCloseNotOpen';
}

/** The outcome ("what we heard, what we decided") follows the closing. */
export function outcomeRefusal(c: Timing, now: Date): ErrorCode | null {
  return adminState(c, now) === 'closed' ? null : 'consultationNotClosed';
}

/**
 * The ids in their new order after moving one a place up or down; the same order when it is
 * already first (up) or last (down), or not in the list.
 */
export function moved(ids: readonly string[], id: string, direction: 'up' | 'down'): string[] {
  const out = [...ids];
  const i = out.indexOf(id);
  const j = direction === 'up' ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= out.length) return out;
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

/**
 * A date and time typed in a `datetime-local` field, read as Ho Chi Minh City time (UTC+7, no
 * daylight saving), and back: the back office shows and takes the city's time whatever the
 * browser's or server's zone.
 */
export function cityTimeToDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const d = new Date(`${value}:00+07:00`);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function dateToCityTime(date: Date): string {
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
}
