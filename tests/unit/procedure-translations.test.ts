// The English details of the demo's procedures: at least the 20 most viewed are fully translated,
// each part for part with its Vietnamese record, in English words.
import { describe, expect, it } from 'vitest';
import { agencyNameEn } from '@/lib/procedures/agency-names';
import { englishDetailsSchema, translationProblems } from '@/lib/procedures/english';
import { allProcedures } from '@/prisma/seed/procedures/all';
import { demoViews } from '@/prisma/seed/procedures/load';
import { procedureTranslations } from '@/prisma/seed/procedures-en';

// Letters that only Vietnamese uses; legal numbers such as 123/2015/NĐ-CP keep theirs.
const VIETNAMESE = /[ăâđêôơưàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/iu;
const LEGAL_NUMBER = /\b\d+\/(?:\d{4}\/)?[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*/gu;

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('English procedure details', () => {
  const entries = Object.entries(procedureTranslations);

  it('translate at least 20 procedures, the 20 most viewed of the demo among them', () => {
    expect(entries.length).toBeGreaterThanOrEqual(20);
    const views = demoViews(allProcedures);
    const top20 = [...views]
      .sort(([, a], [, b]) => b - a)
      .slice(0, 20)
      .map(([slug]) => slug);
    expect(top20.filter((slug) => !procedureTranslations[slug])).toEqual([]);
  });

  it.each(entries)('%s: every detail field in English, part for part with the Vietnamese', (slug, en) => {
    const vi = allProcedures.find((p) => p.slug === slug);
    expect(vi, `no procedure ${slug}`).toBeDefined();
    expect(englishDetailsSchema.parse(en)).toEqual(en);
    expect(translationProblems(vi!, en)).toEqual([]);
    const strings = texts(en);
    expect(strings.every((s) => s.trim().length > 0 || s === '')).toBe(true);
    expect(strings.filter((s) => VIETNAMESE.test(s.replace(LEGAL_NUMBER, '')))).toEqual([]);
  });

  it('name the implementing agency of every untranslated procedure in English', () => {
    const missing = allProcedures
      .filter((p) => !procedureTranslations[p.slug] && !agencyNameEn(p.implementingAgency))
      .map((p) => p.implementingAgency);
    expect(missing).toEqual([]);
  });
});
