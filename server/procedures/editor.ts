import 'server-only';
import type { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { normalizeForSearch } from '@/lib/search/normalize';
import { procedureSearchColumns } from '@/lib/search/procedure-text';
import type { procedureEditSchema, synonymSchema } from '@/lib/validation/procedures';
import { audit } from '../audit';
import { db } from '../db';
import { AppError } from '../errors';
import type { CurrentUser } from '../session';
import { pageCount, pageSlice } from '@/lib/pagination';

type EditInput = z.output<typeof procedureEditSchema>;

// The fields an editor changes; versions keep exactly these.
const editable = [
  'code',
  'codeVerified',
  'decisionNumber',
  'slug',
  'titleVi',
  'titleEn',
  'summaryVi',
  'summaryEn',
  'fieldCode',
  'level',
  'onlineLevel',
  'onlineUrl',
  'applicants',
  'implementingAgency',
  'competentAgency',
  'submissionPlace',
  'steps',
  'methods',
  'documents',
  'result',
  'conditions',
  'legalBasis',
  'keywords',
  'lifeEvents',
  'uncertain',
] as const;
type Editable = (typeof editable)[number];
export type ProcedureSnapshot = Record<Editable, unknown>;

const editSelect = Object.fromEntries(
  [...editable, 'id', 'status', 'version', 'updatedAt', 'synthetic'].map((k) => [k, true]),
) as Record<string, true>;

export async function listForEditors({ q, page, pageSize = 25 }: { q?: string; page: number; pageSize?: number }) {
  const n = q ? normalizeForSearch(q.slice(0, 200)) : '';
  const where: Prisma.ProcedureWhereInput = {
    ...(n ? { OR: [{ searchTitle: { contains: n } }, { code: { contains: q!.trim() } }] } : {}),
  };
  const [total, rows] = await Promise.all([
    db.procedure.count({ where }),
    db.procedure.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { slug: 'asc' }],
      ...pageSlice(page, pageSize),
      select: { id: true, code: true, slug: true, titleVi: true, status: true, version: true, updatedAt: true },
    }),
  ]);
  return { total, pages: pageCount(total, pageSize), rows };
}

export async function procedureForEdit(id: string) {
  if (id.length > 64) return null;
  return db.procedure.findUnique({ where: { id }, select: editSelect }) as Promise<
    (ProcedureSnapshot & { id: string; status: 'PUBLISHED' | 'UNPUBLISHED'; version: number; updatedAt: Date }) | null
  >;
}

function snapshot(row: Record<string, unknown>): ProcedureSnapshot {
  return Object.fromEntries(editable.map((k) => [k, row[k] ?? null])) as ProcedureSnapshot;
}

/** The fields that differ between two versions, with both values. */
export function diffSnapshots(before: ProcedureSnapshot, after: ProcedureSnapshot) {
  return editable
    .filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
    .map((k) => ({ field: k, before: before[k] ?? null, after: after[k] ?? null }));
}

function conflict(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    const target = JSON.stringify(error.meta ?? {});
    const field = target.includes('slug') ? 'slug' : 'code';
    throw new AppError('conflict', 'conflict', { fields: { [field]: 'taken' } });
  }
  throw error;
}

/**
 * Creates or edits a procedure. An edit keeps the previous version, a new slug leaves a redirect
 * from the old one, and the change is audit-logged with the fields before and after.
 */
export async function saveProcedure(
  actor: CurrentUser,
  input: EditInput,
): Promise<{ id: string; slug: string; oldSlug?: string }> {
  const data = {
    code: input.code,
    codeVerified: input.codeVerified,
    decisionNumber: input.decisionNumber,
    slug: input.slug,
    titleVi: input.titleVi.normalize('NFC'),
    titleEn: input.titleEn,
    summaryVi: input.summaryVi.normalize('NFC'),
    summaryEn: input.summaryEn,
    fieldCode: input.fieldCode,
    level: input.level,
    onlineLevel: input.onlineLevel,
    onlineUrl: input.onlineUrl ?? null,
    applicants: input.applicants,
    implementingAgency: input.implementingAgency,
    competentAgency: input.competentAgency ?? null,
    submissionPlace: input.submissionPlace,
    steps: input.steps,
    methods: input.methods as Prisma.InputJsonValue,
    documents: input.documents as Prisma.InputJsonValue,
    result: input.result,
    conditions: input.conditions,
    legalBasis: input.legalBasis as Prisma.InputJsonValue,
    keywords: input.keywords,
    lifeEvents: input.lifeEvents,
    uncertain: input.uncertain ?? null,
  };
  const search = procedureSearchColumns({ ...data, steps: input.steps, documents: input.documents });
  try {
    return await db.$transaction(async (tx) => {
      if (!input.id) {
        const created = await tx.procedure.create({
          data: { ...data, ...search, version: 1 },
          select: { id: true, slug: true },
        });
        await tx.procedureSlugRedirect.deleteMany({ where: { slug: created.slug } });
        await audit(tx, {
          actorId: actor.id,
          action: 'procedure.create',
          entityType: 'Procedure',
          entityId: created.id,
          after: snapshot(data),
        });
        return { id: created.id, slug: created.slug };
      }
      const before = await tx.procedure.findUnique({ where: { id: input.id }, select: editSelect });
      if (!before) throw new AppError('not_found');
      const previous = snapshot(before);
      await tx.procedureVersion.create({
        data: {
          procedureId: input.id,
          version: before.version as unknown as number,
          data: previous as Prisma.InputJsonValue,
          editorId: actor.id,
        },
      });
      const updated = await tx.procedure.update({
        where: { id: input.id },
        data: { ...data, ...search, version: { increment: 1 } },
        select: { id: true, slug: true },
      });
      const oldSlug = previous.slug as string;
      if (oldSlug !== updated.slug) {
        await tx.procedureSlugRedirect.deleteMany({ where: { slug: updated.slug } });
        await tx.procedureSlugRedirect.upsert({
          where: { slug: oldSlug },
          update: { procedureId: updated.id },
          create: { slug: oldSlug, procedureId: updated.id },
        });
      }
      const changes = diffSnapshots(previous, snapshot(data));
      await audit(tx, {
        actorId: actor.id,
        action: 'procedure.update',
        entityType: 'Procedure',
        entityId: updated.id,
        before: Object.fromEntries(changes.map((c) => [c.field, c.before])),
        after: Object.fromEntries(changes.map((c) => [c.field, c.after])),
      });
      return { id: updated.id, slug: updated.slug, oldSlug: oldSlug !== updated.slug ? oldSlug : undefined };
    });
  } catch (error) {
    conflict(error);
  }
}

export async function setProcedureStatus(actor: CurrentUser, id: string, status: 'PUBLISHED' | 'UNPUBLISHED') {
  return db.$transaction(async (tx) => {
    const before = await tx.procedure.findUnique({ where: { id }, select: { status: true, slug: true } });
    if (!before) throw new AppError('not_found');
    await tx.procedure.update({ where: { id }, data: { status } });
    await audit(tx, {
      actorId: actor.id,
      action: 'procedure.status',
      entityType: 'Procedure',
      entityId: id,
      before: { status: before.status },
      after: { status },
    });
    return before.slug;
  });
}

export async function procedureVersions(id: string) {
  return db.procedureVersion.findMany({
    where: { procedureId: id },
    orderBy: { version: 'desc' },
    take: 50,
    select: { version: true, data: true, createdAt: true, editorId: true },
  });
}

type SynonymInput = z.output<typeof synonymSchema>;

export async function listSynonyms() {
  return db.searchSynonym.findMany({ orderBy: { term: 'asc' } });
}

export async function saveSynonym(actor: CurrentUser, input: SynonymInput) {
  const term = normalizeForSearch(input.term);
  const expansions = input.expansions.map(normalizeForSearch).filter(Boolean);
  if (!term) throw new AppError('bad_request', 'invalid', { fields: { term: 'required' } });
  try {
    await db.$transaction(async (tx) => {
      const before = input.id ? await tx.searchSynonym.findUnique({ where: { id: input.id } }) : null;
      if (input.id && !before) throw new AppError('not_found');
      const row = input.id
        ? await tx.searchSynonym.update({ where: { id: input.id }, data: { term, expansions } })
        : await tx.searchSynonym.create({ data: { term, expansions } });
      await audit(tx, {
        actorId: actor.id,
        action: input.id ? 'synonym.update' : 'synonym.create',
        entityType: 'SearchSynonym',
        entityId: row.id,
        before: before ? { term: before.term, expansions: before.expansions } : undefined,
        after: { term, expansions },
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', 'conflict', { fields: { term: 'taken' } });
    }
    throw error;
  }
}

export async function deleteSynonym(actor: CurrentUser, id: string) {
  await db.$transaction(async (tx) => {
    const before = await tx.searchSynonym.findUnique({ where: { id } });
    if (!before) throw new AppError('not_found');
    await tx.searchSynonym.delete({ where: { id } });
    await audit(tx, {
      actorId: actor.id,
      action: 'synonym.delete',
      entityType: 'SearchSynonym',
      entityId: id,
      before: { term: before.term, expansions: before.expansions },
    });
  });
}
