import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db';
import type { Procedure } from '@/generated/prisma/client';
import { searchProcedures } from '@/server/procedures/search';
import { procedureSearchColumns } from '@/lib/search/procedure-text';
import { insertSyntheticProcedures } from '@/scripts/lib/synthetic-procedures';
import { seedProcedures } from '@/prisma/seed/procedures/load';
import { allProcedures } from '@/prisma/seed/procedures/all';

// "ProcedureSearch" (what search reads) is written only by the trigger on "Procedure": every write
// path must leave it equal to the procedure's own columns.
type Mirror = {
  id: string;
  status: string;
  synthetic: boolean;
  fieldCode: string;
  level: string;
  onlineLevel: string;
  views: number;
  searchTitle: string;
  searchKeywords: string;
  searchTitleEn: string;
  searchBody: string;
};

async function mismatches(): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string; problem: string }[]>`
    SELECT coalesce(p."id", s."id") AS id, CASE WHEN p."id" IS NULL THEN 'no procedure' WHEN s."id" IS NULL THEN 'no search row' ELSE 'differs' END AS problem
    FROM "Procedure" p FULL JOIN "ProcedureSearch" s ON s."id" = p."id"
    WHERE p."id" IS NULL OR s."id" IS NULL
       OR (p."status", p."synthetic", p."fieldCode", p."level", p."onlineLevel", p."views", p."searchTitle", p."searchKeywords", p."searchTitleEn", p."searchBody")
          IS DISTINCT FROM (s."status", s."synthetic", s."fieldCode", s."level", s."onlineLevel", s."views", s."searchTitle", s."searchKeywords", s."searchTitleEn", s."searchBody")`;
  return rows.map((r) => `${r.id}: ${r.problem}`);
}

async function mirror(id: string): Promise<Mirror | undefined> {
  const [row] = await db.$queryRaw<
    Mirror[]
  >`SELECT "id", "status"::text AS status, "synthetic", "fieldCode", "level"::text AS level, "onlineLevel"::text AS "onlineLevel", "views", "searchTitle", "searchKeywords", "searchTitleEn", "searchBody" FROM "ProcedureSearch" WHERE "id" = ${id}`;
  return row;
}

beforeAll(async () => {
  await seedProcedures(db as never, allProcedures);
});
afterAll(async () => {
  await db.procedure.deleteMany({ where: { code: { startsWith: 'SYN.' } } });
  await db.$disconnect();
});

describe('the search table', () => {
  it('holds one row per procedure after seeding, equal to its columns', async () => {
    expect(await db.procedure.count()).toBeGreaterThan(0);
    expect(await mismatches()).toEqual([]);
  });

  it('follows the synthetic generator, an edit, a view, a status change and a deletion', async () => {
    await insertSyntheticProcedures(db as never, 5);
    expect(await mismatches()).toEqual([]);

    // Read by raw SQL: the portal's client does not see synthetic procedures (server/procedures/synthetic.ts).
    const [p] = await db.$queryRaw<Procedure[]>`SELECT * FROM "Procedure" WHERE "synthetic" ORDER BY "code" LIMIT 1`;
    if (!p) throw new Error('no synthetic procedure');
    const steps = ['Nộp hồ sơ về việc cấp phép nuôi chim yến tại nhà'];
    // As the editor saves: new texts and the normalised columns computed from them (listed as a
    // real procedure, for the search below).
    const edited = {
      titleVi: 'Cấp phép nuôi chim yến',
      titleEn: 'Bird nest farming permit',
      keywords: ['nuôi yến'],
      steps,
      synthetic: false,
    };
    await db.procedure.update({
      where: { id: p.id },
      data: { ...edited, level: 'COMMUNE', ...procedureSearchColumns({ ...p, ...edited, documents: p.documents }) },
    });
    expect(await mismatches()).toEqual([]);
    expect((await mirror(p.id))?.searchTitle).toBe('cap phep nuoi chim yen');
    // Found by its new title and by a phrase of its new body.
    expect((await searchProcedures({ q: 'nuoi chim yen', page: 1, filters: {}, locale: 'vi' })).hits[0]?.code).toBe(
      p.code,
    );
    expect(
      (await searchProcedures({ q: 'ho so ve viec cap phep nuoi', page: 1, filters: {}, locale: 'vi' })).hits.map(
        (h) => h.code,
      ),
    ).toContain(p.code);

    // A view counted (server/procedures/helpfulness.ts), then an unrelated column: the body untouched.
    await db.procedure.updateMany({ where: { id: p.id }, data: { views: { increment: 1 } } });
    await db.procedure.update({ where: { id: p.id }, data: { decisionNumber: '1/QĐ-TEST' } });
    expect((await mirror(p.id))?.views).toBe(p.views + 1);

    await db.procedure.update({ where: { id: p.id }, data: { status: 'UNPUBLISHED' } });
    expect((await mirror(p.id))?.status).toBe('UNPUBLISHED');
    expect(
      (await searchProcedures({ q: 'nuoi chim yen', page: 1, filters: {}, locale: 'vi' })).hits.map((h) => h.code),
    ).not.toContain(p.code);
    expect(await mismatches()).toEqual([]);

    await db.procedure.delete({ where: { id: p.id } });
    expect(await mirror(p.id)).toBeUndefined();
    expect(await mismatches()).toEqual([]);
  });
});
