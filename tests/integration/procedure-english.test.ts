// The English details of procedures on real PostgreSQL: what the demo seed stores, what the English
// page and the open data read back, and what an editor's save does to them.
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db';
import { Prisma } from '@/generated/prisma/client';
import { GET as procedureJson } from '@/app/api/procedures/[code]/route';
import { editorValues } from '@/components/procedures/editor-values';
import { procedureDetails, storedEnglish } from '@/lib/procedures/english';
import { procedureEditSchema } from '@/lib/validation/procedures';
import { allProcedures } from '@/prisma/seed/procedures/all';
import { seedProcedures } from '@/prisma/seed/procedures/load';
import { procedureTranslations } from '@/prisma/seed/procedures-en';
import { procedureForEdit, saveProcedure } from '@/server/procedures/editor';
import { procedureBySlug } from '@/server/procedures/queries';
import type { CurrentUser } from '@/server/session';
import { createTestData } from '../support/data';

const testData = createTestData(db);

beforeAll(async () => {
  await seedProcedures(db as never, allProcedures);
});
afterAll(async () => {
  await testData.cleanup();
  await db.$disconnect();
});

const english = async (slug: string) => {
  const { procedure } = await procedureBySlug(slug);
  return procedureDetails(procedure!, 'en');
};

describe('English procedure details', () => {
  it('the 20 most viewed demo procedures read back in English, part for part', async () => {
    const top = await db.procedure.findMany({
      where: { status: 'PUBLISHED', code: { not: { startsWith: '9.' } } },
      orderBy: [{ views: 'desc' }, { slug: 'asc' }],
      take: 20,
      select: { slug: true },
    });
    expect(top).toHaveLength(20);
    for (const { slug } of top) {
      const d = await english(slug);
      const en = procedureTranslations[slug]!;
      expect(d.translated, slug).toBe(true);
      expect(d.steps).toEqual(en.steps);
      expect(d.methods.map((m) => m.fee)).toEqual(en.methods.map((m) => m.fee));
      expect(d.result).toBe(en.result);
    }
  });

  it('an untranslated procedure keeps its Vietnamese details on the English page', async () => {
    const d = await english('gia-han-tam-tru');
    expect(d.translated).toBe(false);
    expect(d.steps[0]).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/iu);
  });

  it('open data carries the English details of a translated procedure, and null for the others', async () => {
    const get = (code: string) =>
      procedureJson(new NextRequest(`http://localhost:3000/api/procedures/${code}`), {
        params: Promise.resolve({ code }),
      });
    const translated = await (await get('1.001193')).json();
    expect(translated.detailsEn.applicants).toMatch(/^The child's father or mother/);
    expect(translated.detailsEn.source).toBeUndefined();
    const untranslated = await (await get('1.002755')).json();
    expect(untranslated.titleVi).toBe('Gia hạn tạm trú');
    expect(untranslated.detailsEn).toBeNull();
  });

  it('seeding again gives an older demo database its missing English details, never an edited procedure', async () => {
    const before = await db.procedure.findUniqueOrThrow({ where: { slug: 'dang-ky-tam-tru' } });
    await db.procedure.updateMany({
      where: { slug: { in: ['dang-ky-khai-tu', 'dang-ky-tam-tru'] } },
      data: { detailsEn: Prisma.DbNull },
    });
    await db.procedure.update({ where: { id: before.id }, data: { result: `${before.result} (đã sửa)` } });
    try {
      await seedProcedures(db as never, allProcedures);
      expect((await english('dang-ky-khai-tu')).translated).toBe(true);
      expect((await english('dang-ky-tam-tru')).translated).toBe(false);
    } finally {
      await db.procedure.update({ where: { id: before.id }, data: { result: before.result } });
      await seedProcedures(db as never, allProcedures);
    }
    expect((await english('dang-ky-tam-tru')).translated).toBe(true);
  });

  it("an editor's save keeps the English while the Vietnamese stays the same, and hides it once the Vietnamese changes", async () => {
    const editor = await testData.user({ role: 'EDITOR', wardCode: null });
    const actor: CurrentUser = { ...editor, email: editor.email, agencyId: null, sessionVersion: 0 };
    const { slug: _slug, code: _code, ...vi } = allProcedures.find((p) => p.slug === 'dang-ky-ket-hon')!;
    const row = await testData.procedure(vi);
    await db.procedure.update({
      where: { id: row.id },
      data: { detailsEn: storedEnglish(row, procedureTranslations['dang-ky-ket-hon']!) },
    });
    expect((await english(row.slug)).translated).toBe(true);

    const save = async (change: (values: Record<string, string>) => void) => {
      const values = editorValues((await procedureForEdit(row.id))!);
      change(values);
      await saveProcedure(actor, procedureEditSchema.parse(values));
    };
    await save(() => {});
    expect((await english(row.slug)).translated).toBe(true);

    await save((values) => {
      values.result = 'Giấy chứng nhận kết hôn (mỗi bên 01 bản chính và bản điện tử).';
    });
    const after = await english(row.slug);
    expect(after.translated).toBe(false);
    expect(after.result).toBe('Giấy chứng nhận kết hôn (mỗi bên 01 bản chính và bản điện tử).');
  });
});
