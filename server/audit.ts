import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { pageCount, pageSlice } from '@/lib/pagination';
import { db } from './db';

type Tx = Prisma.TransactionClient | typeof db;

/** Records an official's action: who, what, on which record, and the values before and after. */
export async function audit(
  tx: Tx,
  entry: {
    actorId: string | null;
    action: string;
    entityType: string;
    entityId: string;
    before?: unknown;
    after?: unknown;
  },
) {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before:
        entry.before === undefined ? undefined : (JSON.parse(JSON.stringify(entry.before)) as Prisma.InputJsonValue),
      after: entry.after === undefined ? undefined : (JSON.parse(JSON.stringify(entry.after)) as Prisma.InputJsonValue),
    },
  });
}

export const AUDIT_PAGE_SIZE = 20;

/** One page of the audit log, newest first, with who did each thing. */
export async function listAudit({ page }: { page: number }) {
  const [total, entries] = await Promise.all([
    db.auditLog.count(),
    db.auditLog.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      ...pageSlice(page, AUDIT_PAGE_SIZE),
      include: { actor: { select: { name: true, email: true } } },
    }),
  ]);
  return { total, pages: pageCount(total, AUDIT_PAGE_SIZE), entries };
}
