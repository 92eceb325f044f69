import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { commentRefusal, type CommentFacts } from '@/lib/consultations/comments';
import { answerRefusal, resultsOpen, type AnswerFacts, type ResultsFacts } from '@/lib/consultations/rules';

// Who may do what: the one place that answers it, for citizen reports and their photos as for the
// back office (procedures, users, API keys, the audit log). Pages, actions, route handlers, the
// workflow and the notifications ask `can(user, action, target)` here instead of checking roles
// themselves. Loads neither the database, Auth.js nor a request: callers read the
// facts (reportFactsSelect) with their own query, and tests use the rules as they are.
// docs/security.md ("Who may see what") states the same rules in words.

/** The person asking: the signed-in user (server/session.ts's CurrentUser fits), or nobody. */
export type Subject = { id: string; role: string; agencyId?: string | null } | null | undefined;

/** What the rules need to know about a report. */
export type ReportFacts = {
  authorId: string | null;
  isPublic: boolean;
  hiddenAt: Date | null;
  /** The agency that holds it now. */
  agencyId: string;
  /** Agencies that held it before, read from its timeline (each event records the agency of its time). */
  pastAgencyIds: readonly string[];
};

/** What the rules need to know about a photo: hidden by a moderator, or part of an officials-only event. */
export type PhotoFacts = { hiddenAt: Date | null; internal: boolean };

export type ReportAction =
  /** Open its page, read its text and photos, be told of its changes by title. */
  | 'report:view'
  /** Follow it (and so be notified); the same people as view, signed in. */
  | 'report:follow'
  /** Moderation events, officials-only notes, hidden photos, the reason it was hidden. */
  | 'report:view-internal';

/** Back-office actions (status, answer, assignment, progress, moderation): the holding agency and admins. */
export type HandleAction = 'report:handle';

/**
 * Actions decided by the role alone, with the roles that may take them. An ADMIN holds every role,
 * so may take every one of them; an empty list means administrators only.
 */
export const ROLE_ACTIONS = {
  /** The back office's home page. */
  'admin:enter': ['OFFICIAL', 'EDITOR'],
  /** The officials' reports back office: the queue, a report's back-office page, the canned answers. */
  'report:work': ['OFFICIAL'],
  /** Every agency's reports at once: the queue's agency filter; a report handed elsewhere stays open. */
  'report:all-agencies': [],
  /** Write, publish and unpublish procedures. */
  'procedure:edit': ['EDITOR'],
  /**
   * The consultations back office: write a consultation and its questions, publish it, close it
   * early, moderate its text answers, publish its outcome.
   */
  'consultation:manage': ['EDITOR'],
  /** News and announcements: write, preview, schedule, publish and unpublish articles and their covers. */
  'news:manage': ['EDITOR'],
  /** Emergency alerts: prepare, preview, issue, update and cancel them. */
  'alert:issue': ['EDITOR'],
  /** The digital-citizen campaign: units, kinds, targets, CSV import and export, invitation links. */
  'campaign:manage': [],
  /** The search synonyms. */
  'synonym:edit': ['EDITOR'],
  /** The services directory: add and correct places, handle residents' corrections. */
  'place:edit': ['EDITOR'],
  /** Accounts: roles, agencies, disabling. */
  'user:manage': [],
  /** Open311 API keys: issue and revoke. */
  'apiKey:manage': [],
  'audit:read': [],
  /** The local mail outbox from a browser that is not on the portal's machine (docs/decisions/016). */
  'outbox:read': [],
} as const satisfies Record<string, readonly string[]>;

export type RoleAction = keyof typeof ROLE_ACTIONS;

/** Change the canned answers of a category: admins, and officials of the agency it is routed to by default. */
export type CategoryAction = 'cannedAnswer:manage';
export type CategoryFacts = { defaultAgencyId: string };

/** Rate the answer to a report. */
export type RateAction = 'report:rate';
export type RateFacts = {
  report: { authorId: string | null; ratedAt: Date | null; hiddenAt: Date | null };
  /** The latest answer's date (null: never answered). */
  lastAnsweredAt: Date | null;
};

/**
 * Public consultations. Answer: a published consultation, open now, a signed-in person with a
 * verified email whose ward is in its scope (lib/consultations/rules.ts `answerRefusal` says which
 * fact is missing). Results: after closing, or once answered when the consultation shows them then.
 */
export type ConsultationAction = 'consultation:answer' | 'consultation:results' | 'consultation:comment';
export type {
  AnswerFacts as ConsultationAnswerFacts,
  ResultsFacts as ConsultationResultsFacts,
  CommentFacts as ConsultationCommentFacts,
};

/** Every permission this module answers, for code that passes one around. */
export type Permission =
  ReportAction | HandleAction | 'photo:view' | RoleAction | CategoryAction | RateAction | ConsultationAction;

/** Every permission, for tests that must cover them all. */
export const PERMISSIONS = [
  'report:view',
  'report:follow',
  'report:view-internal',
  'report:handle',
  'photo:view',
  'report:rate',
  'cannedAnswer:manage',
  'consultation:answer',
  'consultation:results',
  'consultation:comment',
  ...(Object.keys(ROLE_ACTIONS) as RoleAction[]),
] as const satisfies readonly Permission[];

/** Someone whose role alone decides: a role-only action needs nothing else of them. */
export type RoleHolder = { role: string } | null | undefined;

function holdsRoleFor(user: RoleHolder, action: RoleAction): boolean {
  if (!user) return false;
  return user.role === 'ADMIN' || (ROLE_ACTIONS[action] as readonly string[]).includes(user.role);
}

/** Officials of a city agency and administrators: the reports back office. */
export function isOfficial(user: RoleHolder): boolean {
  return holdsRoleFor(user, 'report:work');
}

/**
 * Decree 1022: a report is handled by the agency it is routed to. Its officials, and those of
 * every agency that held it before (they answered for it and keep its file), see everything of it;
 * officials of other agencies are members of the public for it. Admins see every report.
 */
function isInCharge(user: Subject, report: ReportFacts): boolean {
  if (!user) return false;
  if (user.role === 'ADMIN') return true;
  if (user.role !== 'OFFICIAL' || !user.agencyId) return false;
  return user.agencyId === report.agencyId || report.pastAgencyIds.includes(user.agencyId);
}

function mayView(user: Subject, report: ReportFacts): boolean {
  if (isInCharge(user, report)) return true;
  // Hidden by a moderator: its author too loses sight of it (the hidden text stays out of sight).
  if (report.hiddenAt) return false;
  if (report.isPublic) return true;
  return Boolean(user && report.authorId && report.authorId === user.id);
}

export function can(user: RoleHolder, action: RoleAction): boolean;
export function can(user: Subject, action: CategoryAction, category: CategoryFacts): boolean;
export function can(user: Subject, action: RateAction, target: RateFacts): boolean;
export function can(user: Subject, action: HandleAction, report: Pick<ReportFacts, 'agencyId'>): boolean;
export function can(user: Subject, action: ReportAction, report: ReportFacts): boolean;
export function can(user: Subject, action: 'photo:view', target: { report: ReportFacts; photo: PhotoFacts }): boolean;
export function can(user: Subject, action: 'consultation:answer', target: AnswerFacts): boolean;
export function can(user: Subject, action: 'consultation:results', target: ResultsFacts): boolean;
export function can(user: Subject, action: 'consultation:comment', target: CommentFacts): boolean;
export function can(
  user: Subject | RoleHolder,
  action: Permission,
  target?:
    | AnswerFacts
    | ResultsFacts
    | CommentFacts
    | Pick<ReportFacts, 'agencyId'>
    | ReportFacts
    | { report: ReportFacts; photo: PhotoFacts }
    | CategoryFacts
    | RateFacts,
): boolean {
  if (Object.hasOwn(ROLE_ACTIONS, action)) return holdsRoleFor(user, action as RoleAction);
  // Every other action is about a person and a thing: the overloads guarantee both.
  const subject = user as Subject;
  switch (action) {
    case 'cannedAnswer:manage': {
      const { defaultAgencyId } = target as CategoryFacts;
      if (!subject) return false;
      if (subject.role === 'ADMIN') return true;
      return subject.role === 'OFFICIAL' && Boolean(subject.agencyId) && subject.agencyId === defaultAgencyId;
    }
    case 'report:rate': {
      // The author, once there is an answer it has not rated yet: a "not satisfied" rating reopens
      // the report, and the next answer can be rated again.
      const { report, lastAnsweredAt } = target as RateFacts;
      if (!subject || !report.authorId || report.authorId !== subject.id || report.hiddenAt) return false;
      if (!lastAnsweredAt) return false;
      return !report.ratedAt || lastAnsweredAt.getTime() > report.ratedAt.getTime();
    }
    case 'report:handle': {
      // Only the agency holding it now acts on it; a former holder reads it but acts no more.
      const { agencyId } = target as Pick<ReportFacts, 'agencyId'>;
      if (!subject) return false;
      if (subject.role === 'ADMIN') return true;
      return subject.role === 'OFFICIAL' && Boolean(subject.agencyId) && subject.agencyId === agencyId;
    }
    case 'report:view':
      return mayView(subject, target as ReportFacts);
    case 'report:follow':
      return Boolean(subject) && mayView(subject, target as ReportFacts);
    case 'report:view-internal':
      return isInCharge(subject, target as ReportFacts);
    case 'consultation:answer': {
      // The facts carry the person's own record (verified email, ward); it must be the subject's.
      const facts = target as AnswerFacts;
      if (!subject) return false;
      return answerRefusal(facts) === null;
    }
    case 'consultation:results':
      return resultsOpen(target as ResultsFacts);
    case 'consultation:comment':
      // Comments (docs/decisions/024): open, comments on, a signed-in person with a verified email.
      if (!subject) return false;
      return commentRefusal(target as CommentFacts) === null;
    case 'photo:view': {
      const { report, photo } = target as { report: ReportFacts; photo: PhotoFacts };
      if (photo.hiddenAt || photo.internal) return isInCharge(subject, report);
      return mayView(subject, report);
    }
    default:
      return false;
  }
}

/** Anyone at all may see it (no account): what decides whether a shared cache may keep it. */
export function isPublicFor(report: ReportFacts): boolean {
  return can(null, 'report:view', report);
}

// ----- reading the facts -----

/** The fields `reportFacts` needs; spread it into a Prisma select of a report. */
export const reportFactsSelect = {
  authorId: true,
  isPublic: true,
  hiddenAt: true,
  agencyId: true,
  events: { where: { agencyId: { not: null } }, distinct: ['agencyId'], select: { agencyId: true } },
} satisfies Prisma.ReportSelect;

type FactsRow = {
  authorId: string | null;
  isPublic: boolean;
  hiddenAt: Date | null;
  agencyId: string;
  events: readonly { agencyId: string | null }[];
};

export function reportFacts(row: FactsRow): ReportFacts {
  const past = new Set<string>();
  for (const e of row.events) if (e.agencyId && e.agencyId !== row.agencyId) past.add(e.agencyId);
  return {
    authorId: row.authorId,
    isPublic: row.isPublic,
    hiddenAt: row.hiddenAt,
    agencyId: row.agencyId,
    pastAgencyIds: [...past],
  };
}
