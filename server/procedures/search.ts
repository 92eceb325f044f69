import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { normalizeForSearch, searchTokens } from '@/lib/search/normalize';
import type { Locale } from '@/i18n/routing';
import { db } from '../db';

export const PAGE_SIZE = 10;
export const MAX_QUERY_LENGTH = 200;

export type ProcedureFilters = { field?: string; level?: 'CITY' | 'COMMUNE'; online?: 'FULL' | 'PARTIAL' | 'NONE' };

export type SearchHit = {
  code: string;
  slug: string;
  titleVi: string;
  titleEn: string;
  summaryVi: string;
  summaryEn: string;
  fieldCode: string;
  level: 'CITY' | 'COMMUNE';
  onlineLevel: 'FULL' | 'PARTIAL' | 'NONE';
  views: number;
  score: number;
};

const selectHit = Prisma.sql`p."code", p."slug", p."titleVi", p."titleEn", p."summaryVi", p."summaryEn", p."fieldCode", p."level", p."onlineLevel", p."views"`;

/**
 * The phrases a query stands for: itself, plus every synonym substitution found in it
 * (CCCD → căn cước, sổ đỏ → giấy chứng nhận quyền sử dụng đất ...).
 */
export async function expandQuery(normalized: string): Promise<string[]> {
  const phrases = new Set([normalized]);
  if (!normalized) return [];
  const words = searchTokens(normalized);
  const grams = new Set<string>();
  for (let i = 0; i < words.length; i++) for (let j = i + 1; j <= Math.min(words.length, i + 5); j++) grams.add(words.slice(i, j).join(' '));
  const rows = await db.searchSynonym.findMany({ where: { term: { in: [...grams] } }, select: { term: true, expansions: true } });
  for (const { term, expansions } of rows) {
    for (const e of expansions) {
      phrases.add(normalized.replace(new RegExp(`(^| )${term}( |$)`), `$1${e}$2`).trim());
      phrases.add(e);
    }
  }
  return [...phrases].slice(0, 12);
}

function like(p: string) {
  return `%${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Matching and ranking, inside PostgreSQL on the normalised columns (trigram indexes serve both the
 * substring tests and the similarity operator): a phrase in the title outranks one in the keywords,
 * which outranks the body; all words of the query in the title rank above scattered ones; a close
 * spelling (a typo) still matches the title; popularity breaks ties.
 */
function scoreSql(phrases: string[], locale: Locale) {
  const first = phrases[0]!;
  const escaped = (ph: string) => ph.replace(/[\\%_]/g, (c) => `\\${c}`);
  const perPhrase = phrases.map((ph) => {
    const words = searchTokens(ph);
    const allWords = words.length ? Prisma.join(words.map((w) => Prisma.sql`p."searchTitle" LIKE ${like(w)}`), ' AND ') : Prisma.sql`FALSE`;
    return Prisma.sql`(
      (CASE WHEN p."searchTitle" LIKE ${like(ph)} THEN 100 ELSE 0 END)
      + (CASE WHEN p."searchTitle" LIKE ${`${escaped(ph)}%`} THEN 20 ELSE 0 END)
      + (CASE WHEN ${allWords} THEN 30 ELSE 0 END)
      + (CASE WHEN p."searchKeywords" LIKE ${like(ph)} THEN 50 ELSE 0 END)
      + (CASE WHEN p."searchBody" LIKE ${like(ph)} THEN 15 ELSE 0 END)
      ${locale === 'en' ? Prisma.sql`+ (CASE WHEN p."searchTitleEn" LIKE ${like(ph)} THEN 100 ELSE 0 END)` : Prisma.empty}
    )`;
  });
  return Prisma.sql`(
    GREATEST(${Prisma.join(perPhrase, ', ')})
    + word_similarity(${first}, p."searchTitle") * 40
    ${locale === 'en' ? Prisma.sql`+ word_similarity(${first}, p."searchTitleEn") * 40` : Prisma.empty}
    + ln(p."views" + 1)
  )`;
}

function matchSql(phrases: string[], locale: Locale) {
  const first = phrases[0]!;
  const any = phrases.flatMap((ph) => [
    // Every word of the phrase somewhere in the title ("xoa thuong tru" finds "xoa dang ky thuong tru").
    Prisma.sql`(${Prisma.join(searchTokens(ph).map((w) => Prisma.sql`p."searchTitle" LIKE ${like(w)}`), ' AND ')})`,
    Prisma.sql`p."searchTitle" LIKE ${like(ph)}`,
    Prisma.sql`p."searchKeywords" LIKE ${like(ph)}`,
    Prisma.sql`p."searchBody" LIKE ${like(ph)}`,
    ...(locale === 'en' ? [Prisma.sql`p."searchTitleEn" LIKE ${like(ph)}`] : []),
  ]);
  // A typo: the query is close to a run of words in the title (pg_trgm word similarity).
  any.push(Prisma.sql`${first} <% p."searchTitle"`);
  any.push(Prisma.sql`${first} <% p."searchKeywords"`);
  if (locale === 'en') any.push(Prisma.sql`${first} <% p."searchTitleEn"`);
  return Prisma.sql`(${Prisma.join(any, ' OR ')})`;
}

function filterSql(filters: ProcedureFilters) {
  const parts = [Prisma.sql`p."status" = 'PUBLISHED'`];
  if (filters.field) parts.push(Prisma.sql`p."fieldCode" = ${filters.field}`);
  if (filters.level) parts.push(Prisma.sql`p."level" = ${filters.level}::"ProcedureLevel"`);
  if (filters.online) parts.push(Prisma.sql`p."onlineLevel" = ${filters.online}::"OnlineLevel"`);
  return Prisma.join(parts, ' AND ');
}

export type SearchResult = {
  query: string;
  total: number;
  page: number;
  pages: number;
  hits: SearchHit[];
  tokens: string[];
  facets: { field: Record<string, number>; level: Record<string, number>; online: Record<string, number> };
};

export async function searchProcedures(input: { q: string; page: number; filters: ProcedureFilters; locale: Locale; pageSize?: number }): Promise<SearchResult> {
  const pageSize = input.pageSize ?? PAGE_SIZE;
  const normalized = normalizeForSearch(input.q.slice(0, MAX_QUERY_LENGTH));
  const tokens = searchTokens(normalized);
  const phrases = await expandQuery(tokens.join(' '));
  const where = filterSql(input.filters);
  const unfiltered = Prisma.sql`p."status" = 'PUBLISHED'`;
  const match = phrases.length ? matchSql(phrases, input.locale) : Prisma.sql`TRUE`;
  const score = phrases.length ? scoreSql(phrases, input.locale) : Prisma.sql`ln(p."views" + 1)`;
  const offset = (input.page - 1) * pageSize;

  // The word-similarity threshold for typos: 0.6 is PostgreSQL's default, kept explicit.
  const [hits, counts, totals] = await db.$transaction([
    db.$queryRaw<SearchHit[]>`
      SELECT ${selectHit}, ${score}::float8 AS score
      FROM "Procedure" p WHERE ${where} AND ${match}
      ORDER BY score DESC, p."views" DESC, p."slug" ASC
      LIMIT ${pageSize} OFFSET ${offset}`,
    db.$queryRaw<{ kind: string; value: string; n: bigint }[]>`
      WITH m AS (SELECT p."fieldCode", p."level", p."onlineLevel" FROM "Procedure" p WHERE ${unfiltered} AND ${match})
      SELECT 'field' AS kind, "fieldCode" AS value, count(*) AS n FROM m GROUP BY "fieldCode"
      UNION ALL SELECT 'level', "level"::text, count(*) FROM m GROUP BY "level"
      UNION ALL SELECT 'online', "onlineLevel"::text, count(*) FROM m GROUP BY "onlineLevel"`,
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "Procedure" p WHERE ${where} AND ${match}`,
  ]);
  const total = Number(totals[0]?.total ?? 0);
  const facets: SearchResult['facets'] = { field: {}, level: {}, online: {} };
  for (const c of counts) facets[c.kind as keyof typeof facets][c.value] = Number(c.n);
  return {
    query: normalized,
    total,
    page: input.page,
    pages: Math.max(1, Math.ceil(total / pageSize)),
    hits: hits.map((h) => ({ ...h, score: Number(h.score) })),
    tokens,
    facets,
  };
}

/** For an empty result: the closest title, as a "did you mean", by trigram similarity. */
export async function suggestSpelling(q: string): Promise<{ slug: string; titleVi: string; titleEn: string } | null> {
  const normalized = normalizeForSearch(q.slice(0, MAX_QUERY_LENGTH));
  if (!normalized) return null;
  const rows = await db.$queryRaw<{ slug: string; titleVi: string; titleEn: string; sim: number }[]>`
    SELECT "slug", "titleVi", "titleEn", word_similarity(${normalized}, "searchTitle") AS sim
    FROM "Procedure" WHERE "status" = 'PUBLISHED'
    ORDER BY sim DESC, "views" DESC LIMIT 1`;
  const best = rows[0];
  return best && Number(best.sim) >= 0.3 ? { slug: best.slug, titleVi: best.titleVi, titleEn: best.titleEn } : null;
}

export async function popularProcedures(take = 6) {
  return db.procedure.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: [{ views: 'desc' }, { slug: 'asc' }],
    take,
    select: { code: true, slug: true, titleVi: true, titleEn: true, summaryVi: true, summaryEn: true },
  });
}
