// The search page's field filter lists each field with how many procedures it holds. The counts are
// kept in the process (a count over every procedure per page cost 70–105 ms at 50,000) and must
// follow a save: publicPagesChanged() drops them, here and on every instance that hears the save.
import { afterAll, expect, it } from 'vitest';
import { db } from '@/server/db';
import { fieldsWithCounts } from '@/server/procedures/queries';
import { publicPagesChanged } from '@/lib/public-pages-changed';
import { seedProcedures } from '@/prisma/seed/procedures/load';
import { allProcedures } from '@/prisma/seed/procedures/all';

const base = allProcedures[0]!;
const extra = { ...base, code: `${base.code}-FIELDS`, slug: `${base.slug}-fields-test` };
const countOf = async (code: string) => (await fieldsWithCounts()).find((f) => f.code === code)?.count ?? 0;

afterAll(async () => {
  await db.procedure.deleteMany({ where: { code: extra.code } });
});

it('keeps the field counts until public content changes, then counts again', async () => {
  await seedProcedures(db as never, [base]);
  const field = (await db.procedure.findFirstOrThrow({ where: { code: base.code } })).fieldCode;
  const before = await countOf(field);
  expect(before).toBeGreaterThan(0);
  await seedProcedures(db as never, [extra]);
  expect(await countOf(field)).toBe(before);
  publicPagesChanged();
  expect(await countOf(field)).toBe(before + 1);
});
