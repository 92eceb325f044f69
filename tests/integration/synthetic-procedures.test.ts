// A procedure query of the portal, however it is written, never sees the benchmark's synthetic
// procedures: the database client hides them (server/procedures/synthetic.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db';
import {
  fieldsWithCounts,
  procedureByCode,
  procedureBySlug,
  proceduresForLifeEvent,
  relatedProcedures,
} from '@/server/procedures/queries';
import { popularProcedures } from '@/server/procedures/search';
import { listForEditors } from '@/server/procedures/editor';
import { insertSyntheticProcedures } from '@/scripts/lib/synthetic-procedures';
import { seedProcedures } from '@/prisma/seed/procedures/load';
import { allProcedures } from '@/prisma/seed/procedures/all';

type Raw = { id: string; code: string; slug: string; fieldCode: string; lifeEvents: string[] };
let synthetic: Raw[] = [];

beforeAll(async () => {
  await seedProcedures(db as never, allProcedures);
  await insertSyntheticProcedures(db as never, 5);
  // Raw SQL is not scoped: the rows are there.
  synthetic = await db.$queryRaw<
    Raw[]
  >`SELECT "id", "code", "slug", "fieldCode", "lifeEvents" FROM "Procedure" WHERE "synthetic" ORDER BY "code"`;
});
afterAll(async () => {
  // Writes reach every row.
  await db.procedure.deleteMany({ where: { synthetic: true } });
  await db.$disconnect();
});

const isSynthetic = (p: { code?: string; slug?: string }) =>
  Boolean(p.code?.startsWith('SYN.') || p.slug?.startsWith('mo-phong-'));

describe('synthetic procedures outside a benchmark database', () => {
  it('are in the table', () => {
    expect(synthetic).toHaveLength(5);
  });

  it('are not seen by a plain query of any kind', async () => {
    const [{ real } = { real: -1 }] = await db.$queryRaw<
      { real: number }[]
    >`SELECT count(*)::int AS real FROM "Procedure" WHERE NOT "synthetic"`;
    const s = synthetic[0]!;
    expect((await db.procedure.findMany({ select: { code: true, slug: true } })).filter(isSynthetic)).toEqual([]);
    expect(await db.procedure.count()).toBe(real);
    expect(await db.procedure.findUnique({ where: { id: s.id } })).toBeNull();
    expect(await db.procedure.findUnique({ where: { slug: s.slug } })).toBeNull();
    expect(await db.procedure.findFirst({ where: { code: s.code } })).toBeNull();
    await expect(db.procedure.findFirstOrThrow({ where: { slug: s.slug } })).rejects.toThrow();
    // Asking for them by name does not find them either.
    expect(await db.procedure.findMany({ where: { synthetic: true } })).toEqual([]);
    expect(await db.procedure.findMany({ where: { OR: [{ synthetic: true }, { slug: s.slug }] } })).toEqual([]);
    expect((await db.procedure.aggregate({ _count: { _all: true } }))._count._all).toBe(real);
    const grouped = await db.procedure.groupBy({ by: ['synthetic'], _count: { _all: true } });
    expect(grouped).toEqual([{ synthetic: false, _count: { _all: real } }]);
    expect(await db.procedureSearch.count({ where: { id: { in: synthetic.map((x) => x.id) } } })).toBe(0);
  });

  it('are on no page of the portal', async () => {
    for (const s of synthetic) {
      expect((await procedureBySlug(s.slug)).procedure).toBeNull();
      expect(await procedureByCode(s.code)).toBeNull();
      expect(
        (await relatedProcedures({ id: 'none', fieldCode: s.fieldCode, lifeEvents: s.lifeEvents }, 100)).filter(
          isSynthetic,
        ),
      ).toEqual([]);
      for (const event of s.lifeEvents)
        expect((await proceduresForLifeEvent(event, 100)).filter(isSynthetic)).toEqual([]);
    }
    expect((await popularProcedures(1000)).filter(isSynthetic)).toEqual([]);
    const [{ listed } = { listed: -1 }] = await db.$queryRaw<
      { listed: number }[]
    >`SELECT count(*)::int AS listed FROM "Procedure" WHERE NOT "synthetic" AND "status" = 'PUBLISHED'`;
    expect((await fieldsWithCounts()).reduce((n, f) => n + f.count, 0)).toBe(listed);
    expect((await listForEditors({ page: 1, pageSize: 1000 })).rows.filter(isSynthetic)).toEqual([]);
  });
});
