import 'server-only';
import { COMMENT_LIMIT, COMMENT_REPORT_LIMIT, commentRefusal } from '@/lib/consultations/comments';
import { issueFieldErrors, type ErrorCode } from '@/lib/errors';
import { commentSchema } from '@/lib/validation/consultation-comments';
import { pageCount, pageSlice, clampPage } from '@/lib/pagination';
import { audit } from '../audit';
import { db } from '../db';
import { AppError, type ErrorKind } from '../errors';
import { can, type RoleHolder } from '../permissions';
import { limit } from '../rate-limit';

// Comments on a consultation's page (docs/decisions/024): residents with a verified email post
// them while it is open, any signed-in resident reports one, officials (consultation:manage) hide
// or restore one with a reason, audit-logged. Nothing is deleted: a hidden comment keeps its text
// for the audit trail and leaves the public page.

export const COMMENT_PAGE_SIZE = 20;

const refusalKind: Partial<Record<ErrorCode, ErrorKind>> = {
  not_found: 'not_found',
  consultationSignIn: 'unauthorized',
  consultationNotOpen: 'conflict',
  consultationClosed: 'conflict',
  consultationCommentsOff: 'conflict',
};

async function commentTarget(consultationId: string) {
  return db.consultation.findUnique({
    where: { id: consultationId },
    select: { id: true, slug: true, status: true, commentsEnabled: true, opensAt: true, closesAt: true },
  });
}

/** What the comment form needs to know: may this person comment, and if not, why. */
export async function commentPermission(
  consultation: { status: 'DRAFT' | 'PUBLISHED'; commentsEnabled: boolean; opensAt: Date; closesAt: Date },
  userId: string | null | undefined,
  now = new Date(),
) {
  const person = userId
    ? await db.user.findUnique({ where: { id: userId }, select: { id: true, role: true, emailVerified: true } })
    : null;
  const facts = { person, consultation, now };
  const allowed = can(person, 'consultation:comment', facts);
  return { allowed, refusal: allowed ? null : (commentRefusal(facts) ?? 'forbidden') };
}

/** Stores a comment; refused, storing nothing: comments off, not open, unverified, too many in an hour. */
export async function postComment(input: { userId: string; consultationId: string; body: string; now?: Date }) {
  const now = input.now ?? new Date();
  // The shared schema again: whoever calls, what is stored is normalised and within the limits.
  const parsed = commentSchema.safeParse({ body: input.body });
  if (!parsed.success)
    throw new AppError('unprocessable', 'invalidFields', { fields: issueFieldErrors(parsed.error.issues) });
  const consultation = await commentTarget(input.consultationId);
  if (!consultation) throw new AppError('not_found');
  const permission = await commentPermission(consultation, input.userId, now);
  if (!permission.allowed) {
    const code = permission.refusal ?? 'forbidden';
    throw new AppError(refusalKind[code] ?? 'forbidden', code);
  }
  const rate = await limit(`consultation-comment:${input.userId}`, COMMENT_LIMIT.max, COMMENT_LIMIT.windowSeconds);
  if (!rate.ok)
    throw new AppError('rate_limited', 'rate_limited', {
      retryAfter: rate.retryAfter,
      params: { seconds: rate.retryAfter },
    });
  return db.consultationComment.create({
    data: { consultationId: consultation.id, authorId: input.userId, body: parsed.data.body, createdAt: now },
    select: { id: true, consultationId: true },
  });
}

/** A resident reports a comment (once; a second report changes nothing). Not their own. */
export async function reportComment(input: { userId: string; commentId: string; reason: string }) {
  const comment = await db.consultationComment.findUnique({
    where: { id: input.commentId },
    select: { id: true, authorId: true, hiddenAt: true, consultation: { select: { slug: true, status: true } } },
  });
  if (!comment || comment.hiddenAt || comment.consultation.status !== 'PUBLISHED') throw new AppError('not_found');
  if (comment.authorId === input.userId) throw new AppError('forbidden', 'consultationCommentOwn');
  const rate = await limit(
    `consultation-comment-report:${input.userId}`,
    COMMENT_REPORT_LIMIT.max,
    COMMENT_REPORT_LIMIT.windowSeconds,
  );
  if (!rate.ok)
    throw new AppError('rate_limited', 'rate_limited', {
      retryAfter: rate.retryAfter,
      params: { seconds: rate.retryAfter },
    });
  await db.consultationCommentReport.upsert({
    where: { commentId_userId: { commentId: comment.id, userId: input.userId } },
    create: { commentId: comment.id, userId: input.userId, reason: input.reason || null },
    update: {},
  });
  return { slug: comment.consultation.slug };
}

/** Hides or restores a comment with a reason; audit-logged with the state before and after. */
export async function moderateComment(
  user: (RoleHolder & { id: string }) | null | undefined,
  input: { id: string; op: 'hide' | 'restore'; reason: string },
  now = new Date(),
) {
  if (!user) throw new AppError('unauthorized');
  if (!can(user, 'consultation:manage')) throw new AppError('forbidden');
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "ConsultationComment" WHERE id = ${input.id} FOR UPDATE`;
    if (!locked.length) throw new AppError('not_found');
    const before = await tx.consultationComment.findUniqueOrThrow({
      where: { id: input.id },
      select: { consultationId: true, hiddenAt: true, hideReason: true },
    });
    const hide = input.op === 'hide';
    const after = hide ? { hiddenAt: now, hideReason: input.reason } : { hiddenAt: null, hideReason: null };
    await tx.consultationComment.update({ where: { id: input.id }, data: after });
    await audit(tx, {
      actorId: user.id,
      action: hide ? 'consultation.comment.hide' : 'consultation.comment.restore',
      entityType: 'consultationComment',
      entityId: input.id,
      before: { hiddenAt: before.hiddenAt, hideReason: before.hideReason },
      after: { ...after, reason: input.reason },
    });
    return { consultationId: before.consultationId };
  });
}

// ----- reading -----

/** Whether a consultation takes comments (its page shows the comments section only then). */
export async function commentsOn(consultationId: string): Promise<boolean> {
  const row = await db.consultation.findUnique({ where: { id: consultationId }, select: { commentsEnabled: true } });
  return Boolean(row?.commentsEnabled);
}

/** The visible comments of a consultation, oldest first, a page at a time, with the viewer's own reports marked. */
export async function publicComments(consultationId: string, requested: number, viewerId?: string | null) {
  const where = { consultationId, hiddenAt: null };
  const total = await db.consultationComment.count({ where });
  const pages = pageCount(total, COMMENT_PAGE_SIZE);
  const page = clampPage(requested, pages);
  const rows = await db.consultationComment.findMany({
    where,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    ...pageSlice(page, COMMENT_PAGE_SIZE),
    select: {
      id: true,
      body: true,
      createdAt: true,
      authorId: true,
      author: { select: { name: true } },
      reports: viewerId ? { where: { userId: viewerId }, select: { userId: true } } : false,
    },
  });
  return {
    page,
    pages,
    total,
    // The author is read by a second query: an account deleted in between (its comments go with it) is left out.
    comments: rows
      .filter((r) => (r.author as typeof r.author | null) !== null)
      .map((r) => ({
        id: r.id,
        body: r.body,
        createdAt: r.createdAt,
        authorName: r.author.name,
        mine: Boolean(viewerId && r.authorId === viewerId),
        reportedByViewer: Boolean(r.reports && r.reports.length),
      })),
  };
}

/** The viewer's own hidden comments on a consultation, with the moderator's reason. */
export async function ownHiddenComments(consultationId: string, userId: string) {
  return db.consultationComment.findMany({
    where: { consultationId, authorId: userId, hiddenAt: { not: null } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, body: true, createdAt: true, hideReason: true },
  });
}

export const MODERATION_COMMENT_PAGE_SIZE = 20;

/** The back office's list: reported comments first (most reports first), then the newest. */
export async function commentsForModeration(consultationId: string, requested: number) {
  const total = await db.consultationComment.count({ where: { consultationId } });
  const pages = pageCount(total, MODERATION_COMMENT_PAGE_SIZE);
  const page = clampPage(requested, pages);
  const rows = await db.consultationComment.findMany({
    where: { consultationId },
    orderBy: [{ reports: { _count: 'desc' } }, { createdAt: 'desc' }, { id: 'asc' }],
    ...pageSlice(page, MODERATION_COMMENT_PAGE_SIZE),
    select: {
      id: true,
      body: true,
      createdAt: true,
      hiddenAt: true,
      hideReason: true,
      author: { select: { name: true, email: true } },
      reports: { select: { reason: true }, orderBy: { createdAt: 'asc' } },
    },
  });
  // As above: a comment whose author was deleted meanwhile has gone with them.
  return { page, pages, total, comments: rows.filter((r) => (r.author as typeof r.author | null) !== null) };
}
