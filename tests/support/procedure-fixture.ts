// A procedure of the demo data shaped as the procedure page reads it (server/procedures/queries.ts),
// with or without its English details: for the unit tests of the page's text and JSON-LD.
import { storedEnglish } from '@/lib/procedures/english';
import { fields } from '@/prisma/seed/procedures/types';
import { allProcedures } from '@/prisma/seed/procedures/all';
import { procedureTranslations } from '@/prisma/seed/procedures-en';
import type { PublicProcedure } from '@/server/procedures/queries';

export function demoProcedure(slug: string, { english = true } = {}): PublicProcedure {
  const p = allProcedures.find((x) => x.slug === slug);
  if (!p) throw new Error(`no demo procedure ${slug}`);
  const en = procedureTranslations[slug];
  return {
    ...p,
    id: `test-${slug}`,
    fieldCode: p.field,
    field: { code: p.field, nameVi: fields[p.field].vi, nameEn: fields[p.field].en },
    competentAgency: p.competentAgency ?? null,
    onlineUrl: p.onlineUrl ?? null,
    uncertain: p.uncertain ?? null,
    detailsEn: english && en ? storedEnglish(p, en) : null,
    views: 0,
    version: 1,
    publishedAt: new Date('2026-01-12T01:00:00Z'),
    updatedAt: new Date('2026-01-12T01:00:00Z'),
  } as unknown as PublicProcedure;
}
