import 'server-only';
import { db } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';
import { portalError, type PortalError } from '@/lib/errors';

const DRAFT_TTL_MS = 60 * 60 * 1000;

/** Field name ("_form" for the whole form) → its error. */
export type DraftErrors = Record<string, PortalError>;

/**
 * Keeps what a person typed when a plain form submission failed, so the form page can show it
 * again with the error summary (GET …/phan-anh/gui?draft=<id>). Text fields only, never files.
 */
export async function saveReportDraft(
  userId: string,
  fields: Record<string, string>,
  errors: DraftErrors,
): Promise<string> {
  await db.reportDraft.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - DRAFT_TTL_MS) } } });
  const draft = await db.reportDraft.create({
    data: { userId, fields: fields as Prisma.InputJsonValue, errors: errors as Prisma.InputJsonValue },
    select: { id: true },
  });
  return draft.id;
}

/** The person's own draft, if it is still fresh. */
export async function loadReportDraft(
  userId: string,
  id: string,
): Promise<{ fields: Record<string, string>; errors: DraftErrors } | null> {
  if (!/^[a-z0-9]{10,40}$/.test(id)) return null;
  const draft = await db.reportDraft.findFirst({
    where: { id, userId, createdAt: { gte: new Date(Date.now() - DRAFT_TTL_MS) } },
  });
  if (!draft) return null;
  const errors: DraftErrors = {};
  for (const [name, e] of Object.entries((draft.errors ?? {}) as Record<string, unknown>)) {
    // A draft saved before errors had parameters holds the bare code.
    const stored: Partial<PortalError> =
      typeof e === 'string'
        ? { code: e as PortalError['code'] }
        : e && typeof e === 'object'
          ? (e as Partial<PortalError>)
          : {};
    errors[name] = portalError(String(stored.code ?? ''), stored.params);
  }
  return { fields: draft.fields as Record<string, string>, errors };
}
