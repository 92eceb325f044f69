// Writes procedures, their fields and the search synonyms: used by the demo seed and the tests.
import type { Prisma, PrismaClient } from '../../../generated/prisma/client';
import { procedureSearchColumns } from '../../../lib/search/procedure-text';
import { synonyms } from './synonyms';
import { fields, type ProcedureSeed } from './types';

export function procedureRow(p: ProcedureSeed, extra: { views?: number; synthetic?: boolean; publishedAt?: Date } = {}) {
  const row = {
    code: p.code,
    codeVerified: p.codeVerified,
    decisionNumber: p.decisionNumber,
    slug: p.slug,
    titleVi: p.titleVi.normalize('NFC'),
    titleEn: p.titleEn,
    summaryVi: p.summaryVi.normalize('NFC'),
    summaryEn: p.summaryEn,
    fieldCode: p.field,
    level: p.level,
    onlineLevel: p.onlineLevel,
    onlineUrl: p.onlineUrl ?? null,
    applicants: p.applicants,
    implementingAgency: p.implementingAgency,
    competentAgency: p.competentAgency ?? null,
    submissionPlace: p.submissionPlace,
    steps: p.steps as Prisma.InputJsonValue,
    methods: p.methods as Prisma.InputJsonValue,
    documents: p.documents as Prisma.InputJsonValue,
    result: p.result,
    conditions: p.conditions,
    legalBasis: p.legalBasis as Prisma.InputJsonValue,
    keywords: p.keywords,
    lifeEvents: p.lifeEvents,
    uncertain: p.uncertain ?? null,
    synthetic: extra.synthetic ?? false,
    views: extra.views ?? 0,
    publishedAt: extra.publishedAt ?? new Date('2026-01-12T08:00:00+07:00'),
  };
  return { ...row, ...procedureSearchColumns(row) };
}

export async function seedProcedureFields(db: PrismaClient) {
  await db.procedureField.createMany({
    data: Object.entries(fields).map(([code, name]) => ({ code, nameVi: name.vi, nameEn: name.en })),
    skipDuplicates: true,
  });
  await db.searchSynonym.createMany({ data: synonyms, skipDuplicates: true });
}

/**
 * Real procedures for the demo. Popularity (views) is made up but deterministic: procedures most
 * residents need (birth, residence, identity cards) rank first.
 */
export async function seedProcedures(db: PrismaClient, list: ProcedureSeed[]) {
  await seedProcedureFields(db);
  const popular = ['dang-ky-khai-sinh', 'dang-ky-thuong-tru', 'cap-the-can-cuoc', 'dang-ky-tam-tru', 'dang-ky-ket-hon', 'cap-doi-the-can-cuoc'];
  const rows = list.map((p, i) => {
    const rank = popular.indexOf(p.slug);
    return procedureRow(p, { views: rank >= 0 ? 10_000 - rank * 500 : 1000 - i * 10 });
  });
  await db.procedure.createMany({ data: rows, skipDuplicates: true });
  return rows.length;
}
