import 'server-only';
import type { CannedAnswerInput } from '@/lib/validation/reports/admin';
import { audit } from '../audit';
import { db } from '../db';
import { AppError } from '../errors';
import { can } from '../permissions';
import { assertOfficial, type Actor } from './workflow';

// Canned answers per category, used to prefill the answer form. Who may change a category's
// ('cannedAnswer:manage') is decided in server/permissions.ts. Every change is audit-logged.

/** Every category with its canned answers, and whether the actor may change them. */
export async function listCannedAnswers(actor: Actor) {
  assertOfficial(actor);
  const categories = await db.reportCategory.findMany({
    orderBy: { sortOrder: 'asc' },
    select: {
      code: true,
      nameVi: true,
      nameEn: true,
      defaultAgencyId: true,
      cannedAnswers: {
        orderBy: [{ titleVi: 'asc' }, { id: 'asc' }],
        select: { id: true, titleVi: true, bodyVi: true, titleEn: true, bodyEn: true },
      },
    },
  });
  return categories.map((c) => ({ ...c, manageable: can(actor, 'cannedAnswer:manage', c) }));
}

/** The canned answers of one category, for the answer form. */
export async function cannedAnswersFor(categoryCode: string) {
  return db.cannedAnswer.findMany({
    where: { categoryCode },
    orderBy: [{ titleVi: 'asc' }, { id: 'asc' }],
    select: { id: true, titleVi: true, bodyVi: true, titleEn: true, bodyEn: true },
  });
}

async function manageableCategory(actor: Actor, code: string) {
  const category = await db.reportCategory.findUnique({
    where: { code },
    select: { code: true, defaultAgencyId: true },
  });
  if (!category) throw new AppError('bad_request', 'invalid', { fields: { categoryCode: 'categoryUnknown' } });
  if (!can(actor, 'cannedAnswer:manage', category)) throw new AppError('forbidden');
  return category;
}

const fields = (a: { categoryCode: string; titleVi: string; bodyVi: string; titleEn: string; bodyEn: string }) => ({
  categoryCode: a.categoryCode,
  titleVi: a.titleVi,
  bodyVi: a.bodyVi,
  titleEn: a.titleEn,
  bodyEn: a.bodyEn,
});

export async function saveCannedAnswer(actor: Actor, input: CannedAnswerInput) {
  assertOfficial(actor);
  await manageableCategory(actor, input.categoryCode);
  return db.$transaction(async (tx) => {
    if (!input.id) {
      const created = await tx.cannedAnswer.create({ data: fields(input) });
      await audit(tx, {
        actorId: actor.id,
        action: 'canned-answer.create',
        entityType: 'CannedAnswer',
        entityId: created.id,
        after: fields(created),
      });
      return created;
    }
    const before = await tx.cannedAnswer.findUnique({
      where: { id: input.id },
      include: { category: { select: { defaultAgencyId: true } } },
    });
    if (!before) throw new AppError('not_found');
    // Moving an answer between categories needs the right on both.
    if (!can(actor, 'cannedAnswer:manage', before.category)) throw new AppError('forbidden');
    const after = await tx.cannedAnswer.update({ where: { id: input.id }, data: fields(input) });
    await audit(tx, {
      actorId: actor.id,
      action: 'canned-answer.update',
      entityType: 'CannedAnswer',
      entityId: after.id,
      before: fields(before),
      after: fields(after),
    });
    return after;
  });
}

export async function deleteCannedAnswer(actor: Actor, id: string) {
  assertOfficial(actor);
  await db.$transaction(async (tx) => {
    const before = await tx.cannedAnswer.findUnique({
      where: { id },
      include: { category: { select: { defaultAgencyId: true } } },
    });
    if (!before) throw new AppError('not_found');
    if (!can(actor, 'cannedAnswer:manage', before.category)) throw new AppError('forbidden');
    await tx.cannedAnswer.delete({ where: { id } });
    await audit(tx, {
      actorId: actor.id,
      action: 'canned-answer.delete',
      entityType: 'CannedAnswer',
      entityId: id,
      before: fields(before),
    });
  });
}
