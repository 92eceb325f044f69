import 'server-only';
import type { Prisma } from '@/generated/prisma/client';

// Who may do what to a citizen report and its photos: the one place that answers it. Pages,
// route handlers, the workflow and the notifications ask `can(user, action, target)` here instead
// of checking roles themselves. Loads neither the database, Auth.js nor a request: callers read the
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

/** Every permission this module answers, for code that passes one around. */
export type Permission = ReportAction | HandleAction | 'photo:view';

/** Officials of a city agency and administrators (an ADMIN holds every role). */
export function isOfficial(user: Subject): boolean {
  return Boolean(user && (user.role === 'OFFICIAL' || user.role === 'ADMIN'));
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

export function can(user: Subject, action: HandleAction, report: Pick<ReportFacts, 'agencyId'>): boolean;
export function can(user: Subject, action: ReportAction, report: ReportFacts): boolean;
export function can(user: Subject, action: 'photo:view', target: { report: ReportFacts; photo: PhotoFacts }): boolean;
export function can(
  user: Subject,
  action: Permission,
  target: Pick<ReportFacts, 'agencyId'> | ReportFacts | { report: ReportFacts; photo: PhotoFacts },
): boolean {
  switch (action) {
    case 'report:handle': {
      // Only the agency holding it now acts on it; a former holder reads it but acts no more.
      const { agencyId } = target as Pick<ReportFacts, 'agencyId'>;
      if (!user) return false;
      if (user.role === 'ADMIN') return true;
      return user.role === 'OFFICIAL' && Boolean(user.agencyId) && user.agencyId === agencyId;
    }
    case 'report:view':
      return mayView(user, target as ReportFacts);
    case 'report:follow':
      return Boolean(user) && mayView(user, target as ReportFacts);
    case 'report:view-internal':
      return isInCharge(user, target as ReportFacts);
    case 'photo:view': {
      const { report, photo } = target as { report: ReportFacts; photo: PhotoFacts };
      if (photo.hiddenAt || photo.internal) return isInCharge(user, report);
      return mayView(user, report);
    }
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
  return { authorId: row.authorId, isPublic: row.isPublic, hiddenAt: row.hiddenAt, agencyId: row.agencyId, pastAgencyIds: [...past] };
}
