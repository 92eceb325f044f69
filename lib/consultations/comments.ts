// The rules of consultation comments and quick polls that need no database: who may comment, and
// what makes a consultation a quick poll that can be answered in one tap (docs/decisions/024).
import type { ErrorCode } from '@/lib/errors';
import { phaseOf } from './rules';

/** The longest comment. */
export const COMMENT_MAX = 2000;
/** Comments a person may post in an hour, and comment reports. */
export const COMMENT_LIMIT = { max: 10, windowSeconds: 60 * 60 } as const;
export const COMMENT_REPORT_LIMIT = { max: 30, windowSeconds: 60 * 60 } as const;
/** Quick-poll taps a person may send in ten minutes (each one replaces the last). */
export const POLL_LIMIT = { max: 20, windowSeconds: 10 * 60 } as const;

/** The home page's placement; any other placement is a news article's slug. */
export const HOME_PLACEMENT = 'home';
const PLACEMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function validPlacement(value: string): boolean {
  return value.length <= 200 && PLACEMENT.test(value);
}

export type CommentFacts = {
  person: { emailVerified: Date | null } | null;
  consultation: { status: 'DRAFT' | 'PUBLISHED'; commentsEnabled: boolean; opensAt: Date; closesAt: Date };
  now: Date;
};

/**
 * Why a person may not comment (an error code), or null. Comments are taken while the
 * consultation is open, from signed-in residents with a verified email, where comments are on.
 */
export function commentRefusal({ person, consultation, now }: CommentFacts): ErrorCode | null {
  if (consultation.status !== 'PUBLISHED') return 'not_found';
  if (!consultation.commentsEnabled) return 'consultationCommentsOff';
  if (!person) return 'consultationSignIn';
  const phase = phaseOf(consultation, now);
  if (phase === 'upcoming') return 'consultationNotOpen';
  if (phase === 'closed') return 'consultationClosed';
  if (!person.emailVerified) return 'email_unverified';
  return null;
}

/** A quick poll is answered with one tap: exactly one single-choice question with two options or more. */
export function pollShapeOk(questions: readonly { kind: string; options: readonly unknown[] }[]): boolean {
  return questions.length === 1 && questions[0]!.kind === 'SINGLE' && questions[0]!.options.length >= 2;
}
