import 'server-only';
import { onPublicPagesChanged } from '@/lib/public-pages-changed';
import { db } from '../db';

// Synthetic procedures are hidden from every query by the client itself (server/procedures/synthetic.ts).
const listed = () => ({ status: 'PUBLISHED' as const });

const publicSelect = {
  id: true,
  code: true,
  codeVerified: true,
  decisionNumber: true,
  slug: true,
  titleVi: true,
  titleEn: true,
  summaryVi: true,
  summaryEn: true,
  fieldCode: true,
  level: true,
  onlineLevel: true,
  onlineUrl: true,
  applicants: true,
  implementingAgency: true,
  competentAgency: true,
  submissionPlace: true,
  steps: true,
  methods: true,
  documents: true,
  result: true,
  conditions: true,
  legalBasis: true,
  keywords: true,
  lifeEvents: true,
  uncertain: true,
  detailsEn: true,
  views: true,
  publishedAt: true,
  updatedAt: true,
  version: true,
  field: { select: { code: true, nameVi: true, nameEn: true } },
} as const;

export type Method = { channel: 'IN_PERSON' | 'ONLINE' | 'POST'; processingTime: string; fee: string; note?: string };
export type DocumentGroup = {
  case: string;
  items: { name: string; form?: string; originals: number; copies: number; note?: string }[];
};
export type LegalBasis = { number: string; summary: string; date: string; issuer: string };

/** A published procedure by slug, or where an old slug now points. */
export async function procedureBySlug(slug: string) {
  if (slug.length > 200) return { procedure: null, redirectTo: null };
  const procedure = await db.procedure.findFirst({ where: { slug, status: 'PUBLISHED' }, select: publicSelect });
  if (procedure) return { procedure, redirectTo: null };
  const moved = await db.procedureSlugRedirect.findUnique({
    where: { slug },
    select: { procedure: { select: { slug: true, status: true } } },
  });
  return { procedure: null, redirectTo: moved?.procedure.status === 'PUBLISHED' ? moved.procedure.slug : null };
}

export async function procedureByCode(code: string) {
  if (code.length > 50) return null;
  return db.procedure.findFirst({ where: { code, status: 'PUBLISHED' }, select: publicSelect });
}

export async function relatedProcedures(p: { id: string; fieldCode: string; lifeEvents: string[] }, take = 5) {
  return db.procedure.findMany({
    where: {
      ...listed(),
      id: { not: p.id },
      OR: [{ fieldCode: p.fieldCode }, { lifeEvents: { hasSome: p.lifeEvents } }],
    },
    orderBy: [{ views: 'desc' }, { slug: 'asc' }],
    take,
    select: { slug: true, titleVi: true, titleEn: true },
  });
}

// The fields with how many procedures each lists: the same on every search page, and a count over
// every listed procedure (70–105 ms of the database per page at 50,000, docs/decisions/030-speed.md).
// Kept a while in this process and dropped by every save of public content (every instance hears it).
const FIELDS_KEEP_MS = 5 * 60_000;
let fieldsKept: { at: number; value: ReturnType<typeof countFields> } | null = null;
onPublicPagesChanged(() => (fieldsKept = null));

export function fieldsWithCounts(): ReturnType<typeof countFields> {
  if (!fieldsKept || Date.now() - fieldsKept.at > FIELDS_KEEP_MS) {
    const value = countFields();
    const kept = (fieldsKept = { at: Date.now(), value });
    value.catch(() => {
      if (fieldsKept === kept) fieldsKept = null;
    });
  }
  return fieldsKept.value;
}

async function countFields() {
  const [fields, counts] = await Promise.all([
    db.procedureField.findMany({ orderBy: { code: 'asc' } }),
    db.procedure.groupBy({ by: ['fieldCode'], where: listed(), _count: { _all: true } }),
  ]);
  const byCode = new Map(counts.map((c) => [c.fieldCode, c._count._all]));
  return fields.map((f) => ({ ...f, count: byCode.get(f.code) ?? 0 })).filter((f) => f.count > 0);
}

export async function proceduresForLifeEvent(event: string, take = 8) {
  return db.procedure.findMany({
    where: { ...listed(), lifeEvents: { has: event } },
    orderBy: [{ views: 'desc' }, { slug: 'asc' }],
    take,
    select: { slug: true, titleVi: true, titleEn: true },
  });
}

export type PublicProcedure = NonNullable<Awaited<ReturnType<typeof procedureByCode>>>;
