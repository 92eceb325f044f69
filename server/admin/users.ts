import 'server-only';
import type { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import { pageCount, pageSlice } from '@/lib/pagination';
import type { adminUserSchema } from '@/lib/validation/account';
import { audit } from '../audit';
import { db } from '../db';
import { AppError } from '../errors';
import { can } from '../permissions';
import type { CurrentUser } from '../session';

export const PAGE_SIZE = 20;

export async function listUsers({ q, page }: { q?: string; page: number }) {
  const query = q?.trim().slice(0, 100);
  const where: Prisma.UserWhereInput = query
    ? { OR: [{ name: { contains: query, mode: 'insensitive' } }, { email: { contains: query.toLowerCase() } }] }
    : {};
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      ...pageSlice(page, PAGE_SIZE),
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        disabledAt: true,
        deletedAt: true,
        agency: { select: { nameVi: true, nameEn: true } },
      },
    }),
  ]);
  return { total, pages: pageCount(total, PAGE_SIZE), users };
}

export async function getUserForAdmin(id: string) {
  if (id.length > 64) return null;
  return db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      agencyId: true,
      disabledAt: true,
      deletedAt: true,
      createdAt: true,
    },
  });
}

/**
 * Changes a person's role, agency or disabled state. The user row is read on every request, so
 * the change counts at once; disabling also ends every session. Audit-logged with before/after.
 */
export async function updateUser(actor: CurrentUser, input: z.output<typeof adminUserSchema>) {
  if (input.agencyId && !(await db.agency.findUnique({ where: { id: input.agencyId }, select: { id: true } }))) {
    throw new AppError('bad_request', 'invalid', { fields: { agencyId: 'agencyUnknown' } });
  }
  // An administrator cannot lock themselves out of this page; another administrator can change them.
  if (input.userId === actor.id && (input.disabled || !can({ role: input.role }, 'user:manage'))) {
    throw new AppError('forbidden', 'forbidden', { fields: { role: 'forbidden' } });
  }
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: input.userId },
      select: { role: true, agencyId: true, disabledAt: true, deletedAt: true },
    });
    if (!before || before.deletedAt) throw new AppError('not_found');
    const disabledAt = input.disabled ? (before.disabledAt ?? new Date()) : null;
    const after = await tx.user.update({
      where: { id: input.userId },
      data: {
        role: input.role,
        agencyId: input.agencyId ?? null,
        disabledAt,
        ...(input.disabled && !before.disabledAt ? { sessionVersion: { increment: 1 } } : {}),
      },
      select: { role: true, agencyId: true, disabledAt: true },
    });
    await audit(tx, {
      actorId: actor.id,
      action: 'user.update',
      entityType: 'User',
      entityId: input.userId,
      before: { role: before.role, agencyId: before.agencyId, disabled: Boolean(before.disabledAt) },
      after: { role: after.role, agencyId: after.agencyId, disabled: Boolean(after.disabledAt) },
    });
  });
}
