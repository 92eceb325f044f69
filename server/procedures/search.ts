import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { normalizeForSearch, searchTokens } from '@/lib/search/normalize';
import type { Locale } from '@/i18n/routing';
import { db } from '../db';
import { visibleSql } from './synthetic';
import { pageCount, pageSlice } from '@/lib/pagination';

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

const selectHit = Prisma.sql`r."code", r."slug", r."titleVi", r."titleEn", r."summaryVi", r."summaryEn", r."fieldCode", r."level", r."onlineLevel", r."views"`;

/**
 * The phrases a query stands for: itself, plus every synonym substitution found in it
 * (CCCD → căn cước, sổ đỏ → giấy chứng nhận quyền sử dụng đất ...), the longest term where terms
 * overlap, and the words of the query that a synonym stood for.
 */
async function expand(normalized: string): Promise<{ phrases: string[]; synonymWords: Set<string> }> {
  const phrases = new Set([normalized]);
  const synonymWords = new Set<string>();
  if (!normalized) return { phrases: [], synonymWords };
  const words = searchTokens(normalized);
  const grams = new Set<string>();
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j <= Math.min(words.length, i + 5); j++) grams.add(words.slice(i, j).join(' '));
  const rows = await db.searchSynonym.findMany({
    where: { term: { in: [...grams] } },
    select: { term: true, expansions: true },
  });
  // Longest match: a term inside a longer term that the query also holds stands for nothing of its
  // own ("giay khai sinh" inside "ban sao giay khai sinh": the copy, not the birth registration).
  const terms = rows.map((r) => r.term);
  const inside = (a: string, b: string) => a !== b && ` ${b} `.includes(` ${a} `);
  for (const { term, expansions } of rows.filter((r) => !terms.some((t) => inside(r.term, t)))) {
    for (const w of term.split(' ')) synonymWords.add(w);
    for (const e of expansions) {
      phrases.add(normalized.replace(new RegExp(`(^| )${term}( |$)`), `$1${e}$2`).trim());
      phrases.add(e);
    }
  }
  return { phrases: [...phrases].slice(0, 12), synonymWords };
}

function like(p: string) {
  return `%${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

// Weights of the ranking. A procedure's score is
//   max over the expanded phrases of (title + keywords + body) + word similarity + ln(views + 1)
// where only the body part (≤ BODY) and the similarity part (≤ SIMILARITY per title column) are
// costly to compute: they are computed only for the candidates that can still reach the page.
const BODY = 15;
const SIMILARITY = 40;
// The bounds compare sums added in different orders, partly in float4 (word_similarity): a margin.
const EPSILON = 0.01;

/** The cheap part of one phrase's score: the short title and keyword columns only. */
function phraseTitleSql(ph: string, locale: Locale) {
  return Prisma.sql`${phraseTitlePartSql(ph, locale)} + ${phraseKeywordPartSql(ph)}`;
}

/** The title columns' part of phraseTitleSql (a whole number). */
function phraseTitlePartSql(ph: string, locale: Locale) {
  const escaped = ph.replace(/[\\%_]/g, (c) => `\\${c}`);
  const words = searchTokens(ph);
  const allWords = words.length
    ? Prisma.join(
        words.map((w) => Prisma.sql`p."searchTitle" LIKE ${like(w)}`),
        ' AND ',
      )
    : Prisma.sql`FALSE`;
  // 30 for all words in the title, 100 more for the phrase, 20 more at the start: each implies the
  // one before, so the tests stop at the first that fails.
  return Prisma.sql`((CASE WHEN ${allWords} THEN 30 + (CASE WHEN p."searchTitle" LIKE ${like(ph)}
        THEN 100 + (CASE WHEN p."searchTitle" LIKE ${`${escaped}%`} THEN 20 ELSE 0 END) ELSE 0 END) ELSE 0 END)
      ${locale === 'en' ? Prisma.sql`+ (CASE WHEN p."searchTitleEn" LIKE ${like(ph)} THEN 100 ELSE 0 END)` : Prisma.empty})`;
}

/**
 * The phrases that can give a row its best score: a phrase that starts with another one scores at
 * most as much as it on every part (its words, its phrase, its start, in title, keywords and body
 * alike) and is left out of the maximum.
 */
export function scoringPhrases(phrases: string[]): string[] {
  return phrases.filter((a, i) => !phrases.some((b, j) => j !== i && a.startsWith(b)));
}

/** The keywords' part of phraseTitleSql (a whole number). */
function phraseKeywordPartSql(ph: string) {
  return Prisma.sql`(CASE WHEN p."searchKeywords" LIKE ${like(ph)} THEN 50 ELSE 0 END)`;
}

/**
 * The word-similarity part of the score (typos), on the title columns of the alias `t`. A title
 * holding the query as whole words has every trigram of the query in one run of words: its word
 * similarity is 1, known without computing it (a LIKE costs a fraction of word_similarity).
 */
function similaritySql(phrases: string[], locale: Locale, t: string) {
  if (!phrases.length) return Prisma.sql`0`;
  const column = (name: string) => columnSimilaritySql(phrases, Prisma.raw(`${t}."${name}"`));
  return similaritySumSql(locale, column('searchTitle'), column('searchTitleEn'));
}

/** The word similarity (0 … 1) of the query with one title column. */
function columnSimilaritySql(phrases: string[], column: Prisma.Sql) {
  const first = phrases[0]!;
  return Prisma.sql`(CASE WHEN (' ' || ${column} || ' ') LIKE ${like(` ${first} `)} THEN 1 ELSE word_similarity(${first}, ${column}) END)`;
}

/** The similarity part of the score from the similarity of each title column. */
function similaritySumSql(locale: Locale, title: Prisma.Sql, titleEn: Prisma.Sql) {
  return Prisma.sql`(${title} * ${SIMILARITY}
    ${locale === 'en' ? Prisma.sql`+ ${titleEn} * ${SIMILARITY}` : Prisma.empty})`;
}

/**
 * What the body adds to the score: the best phrase counting the body, minus the best without it
 * (0 … BODY). The best without it is the title score `s1` less popularity (title parts are whole
 * numbers: rounding recovers it exactly); a phrase's title part is computed only when the body
 * holds the phrase. Reads the body from the alias `b`, the row from `p` (see searchProcedures).
 */
function bodyGainSql(phrases: string[], locale: Locale, s1: Prisma.Sql) {
  if (!phrases.length) return Prisma.sql`0`;
  const withBody = scoringPhrases(phrases).map(
    (ph) => Prisma.sql`CASE WHEN b."body" LIKE ${like(ph)} THEN ${phraseTitleSql(ph, locale)} + ${BODY} END`,
  );
  return Prisma.sql`GREATEST(0, COALESCE(GREATEST(${Prisma.join(withBody, ', ')}), 0) - round(${s1} - ln(p."views" + 1)))`;
}

/**
 * The full score (computed in stages by searchProcedures): a phrase in the title outranks one in
 * the keywords, which outranks the body; all words of the query in the title rank above scattered
 * ones; a close spelling (a typo) still scores; popularity breaks ties. It is
 *   max over phrases (title + keywords + body) + word similarity × SIMILARITY + ln(views + 1)
 * = s1 (the title score: title and keywords, best phrase, plus popularity) + similaritySql + bodyGainSql.
 */

/**
 * The body as a full-text query over its syllables and pairs of adjacent syllables
 * (public.search_shingles, indexed with GIN): a phrase matches when all its adjacent pairs are in
 * the body, the last syllable typed as a prefix. Vietnamese words are several syllables, so pairs
 * keep "lam so do" from matching every body with "lam", "so" and "do" somewhere. Without phrase
 * operators the GIN index answers it exactly: no body is read.
 */
export function bodyTsQuery(phrases: string[]): string {
  type Term = { lexeme: string; prefix: boolean };
  const queries: Term[][] = phrases.map((ph, i) => {
    // Normalised again: a synonym's expansion, typed by an editor, then holds no quote.
    const words = searchTokens(normalizeForSearch(ph));
    const prefix = i === 0;
    if (words.length === 1) return [{ lexeme: words[0]!, prefix }];
    return words.slice(1).map((w, j) => ({ lexeme: `${words[j]} ${w}`, prefix: prefix && j === words.length - 2 }));
  });
  // A phrase holding every term of another one matches only bodies that one matches: left out of
  // the OR ("sang ten giay chung nhan quyen su dung dat" after "giay chung nhan quyen su dung dat").
  const covers = (a: Term[], b: Term[]) =>
    b.every((t) => a.some((u) => u.lexeme === t.lexeme && (!u.prefix || t.prefix)));
  return queries
    .filter(
      (q, i) => q.length && !queries.some((r, j) => j !== i && r.length && covers(q, r) && (!covers(r, q) || j < i)),
    )
    .map((q) => {
      const terms = q.map((t) => `'${t.lexeme}'${t.prefix ? ':*' : ''}`);
      return terms.length === 1 && !q[0]!.lexeme.includes(' ') ? terms[0]! : `(${terms.join(' & ')})`;
    })
    .join(' | ');
}

/**
 * The matching procedures, from three kinds of index scans, on the side table "ProcedureSearch":
 * `exact` (1) all words of a phrase in the title, or the phrase in the keywords, on the trigram
 * and shingles indexes of these short columns, each row once with its title score; `typo` (2) the
 * query close to a run of title words (a typo: pg_trgm word similarity ≥ 0.6), on the title's
 * trigram index, when a word of the query is in no title (`typoControl`, computed once) — a row may
 * come from (1) and (2): the caller keeps its best title score; `body` (3) the phrase in the body,
 * on its full-text index (the caller leaves out the rows (1) and (2) found, rather than grouping
 * tens of thousands of rows). Kept apart so that each row is tested only by its own index's
 * condition: the body is never read, the costly similarity is computed once. A row found only by
 * (2) or (3) has no title or keyword score (every part of it implies (1)): its title score is
 * ln(views + 1).
 */
function matchesSql(
  phrases: string[],
  typoWords: string[],
  locale: Locale,
  columns: Prisma.Sql,
): { exact: Prisma.Sql; typo: Prisma.Sql | null; body: Prisma.Sql | null; typoControl: Prisma.Sql | null } {
  const visible = visibleSql();
  const popularity = Prisma.sql`ln(p."views" + 1)::float8 AS s1`;
  // The title columns the similarity reads, carried from the rows the title arms have read anyway;
  // the body arm leaves them NULL (looked up later for the few body rows that need them).
  const titles = Prisma.sql`p."searchTitle"${locale === 'en' ? Prisma.sql`, p."searchTitleEn"` : Prisma.empty}`;
  const noTitles = Prisma.sql`NULL::text AS "searchTitle"${locale === 'en' ? Prisma.sql`, NULL::text AS "searchTitleEn"` : Prisma.empty}`;
  if (!phrases.length)
    return {
      exact: Prisma.sql`SELECT ${columns}, ${noTitles}, ${popularity} FROM "ProcedureSearch" p WHERE ${visible}`,
      typo: null,
      body: null,
      typoControl: null,
    };
  const first = phrases[0]!;
  const conditions = exactConditions(phrases, locale);
  // What the title score reads, carried from the scans (see `exact` below).
  const carried = Prisma.sql`${columns}, ${titles}, p."searchKeywords", p."views"`;
  const onTrigrams = conditions
    .filter((c) => !c.shingles)
    .map(
      ({ column, patterns }) =>
        Prisma.sql`(${Prisma.join(
          patterns.map((x) => Prisma.sql`p.${Prisma.raw(`"${column}"`)} LIKE ${like(x)}`),
          ' AND ',
        )})`,
    );
  // A long phrase in the keywords is found on the shingles index (the trigram index would fetch the
  // long lists of every trigram of the phrase), then checked with LIKE, in a scan of its own: in an
  // OR with other conditions, the shingles would be computed again for every row to check it. Each
  // scan leaves out the rows of the scans before it (cheap LIKE tests): each row comes once.
  const long = conditions.filter((c) => c.shingles);
  const likeOf = (c: ExactCondition) =>
    Prisma.sql`(${Prisma.join(
      c.patterns.map((x) => Prisma.sql`(p.${Prisma.raw(`"${c.column}"`)} || '') LIKE ${like(x)}`),
      ' AND ',
    )})`;
  const arms = [
    ...(onTrigrams.length
      ? [
          Prisma.sql`SELECT ${carried} FROM "ProcedureSearch" p WHERE ${visible} AND (${Prisma.join(onTrigrams, ' OR ')})`,
        ]
      : []),
    ...long.map((c, i) => {
      const before = [...conditions.filter((x) => !x.shingles), ...long.slice(0, i)].map(likeOf);
      return Prisma.sql`SELECT ${carried} FROM "ProcedureSearch" p WHERE ${visible} AND public.search_shingles(p.${Prisma.raw(`"${c.column}"`)}) @@ ${c.shingles}::tsquery AND ${likeOf(c)}
        ${before.length ? Prisma.sql`AND NOT (${Prisma.join(before, ' OR ')})` : Prisma.empty}`;
    }),
  ];
  const typo = [
    Prisma.sql`${first} <% p."searchTitle"`,
    ...(locale === 'en' ? [Prisma.sql`${first} <% p."searchTitleEn"`] : []),
  ];
  // A title close to the query holds its correctly spelt words too: only those titles are compared
  // (the words of the query that some title holds, found by the same index; all titles if none).
  // Whether some title holds the word (w.q as a tsquery, w.pat a LIKE pattern of it as a whole word):
  // first among the titles the exact arm has already read (t_exact), then on the index.
  const inTitles = Prisma.sql`(EXISTS (SELECT 1 FROM t_exact x WHERE (' ' || x."searchTitle" || ' ') LIKE w.pat${locale === 'en' ? Prisma.sql` OR (' ' || x."searchTitleEn" || ' ') LIKE w.pat` : Prisma.empty})
        OR EXISTS (SELECT 1 FROM "ProcedureSearch" t WHERE public.search_shingles(t."searchTitle") @@ w.q::tsquery${locale === 'en' ? Prisma.sql` OR public.search_shingles(t."searchTitleEn") @@ w.q::tsquery` : Prisma.empty}))`;
  const wordsOf = (list: string[]) =>
    Prisma.sql`unnest(${list.map((w) => `'${w}'`)}::text[], ${list.map((w) => like(` ${w} `))}::text[]) AS w(q, pat)`;
  const knownWords = Prisma.sql`(SELECT COALESCE(string_agg(w.q, ' & '), '')::tsquery FROM ${wordsOf(searchTokens(first))} WHERE ${inTitles})`;
  const known = Prisma.sql`(SELECT known FROM typo_control)`;
  const sharing = Prisma.sql`(public.search_shingles(p."searchTitle") @@ ${known}${locale === 'en' ? Prisma.sql` OR public.search_shingles(p."searchTitleEn") @@ ${known}` : Prisma.empty})`;
  const someKnown = Prisma.sql`(${known} <> ''::tsquery)`;
  // A typo is looked for only when a word of the query (other than an abbreviation or old name that
  // a synonym stands for) is in no title: the search costs a similarity test for every title
  // sharing a few trigrams with the query ("dang ky" shares them with nearly all).
  const unknownWord = Prisma.sql`EXISTS (SELECT 1 FROM ${wordsOf(typoWords)} WHERE NOT ${inTitles})`;
  const unknown = Prisma.sql`(SELECT unknown FROM typo_control)`;
  const body = bodyTsQuery(phrases);
  return {
    // The scans are disjoint: each row once, its title score computed once.
    exact: Prisma.sql`
      SELECT p."id", p."fieldCode", p."level", p."onlineLevel", p.kept, ${titles},
        (GREATEST(${Prisma.join(
          scoringPhrases(phrases).map((ph) => Prisma.sql`${phraseTitleSql(ph, locale)}`),
          ', ',
        )}) + ln(p."views" + 1))::float8 AS s1
      FROM (${Prisma.join(arms, ' UNION ALL ')}) p`,
    typo: typoWords.length
      ? Prisma.sql`
      SELECT ${columns}, ${titles}, ${popularity} FROM "ProcedureSearch" p WHERE ${unknown} AND ${someKnown} AND ${visible} AND ${sharing} AND (${Prisma.join(typo, ' OR ')})
      UNION ALL
      SELECT ${columns}, ${titles}, ${popularity} FROM "ProcedureSearch" p WHERE ${unknown} AND NOT ${someKnown} AND ${visible} AND (${Prisma.join(typo, ' OR ')})`
      : null,
    body: body
      ? Prisma.sql`SELECT ${columns}, ${noTitles}, ${popularity} FROM "ProcedureSearch" p WHERE ${visible} AND public.search_shingles(p."searchBody") @@ ${body}::tsquery`
      : null,
    // Computed once, read by both typo arms.
    // The known words only when some word is unknown (both cost an index scan per word).
    typoControl: typoWords.length
      ? Prisma.sql`SELECT u.unknown, CASE WHEN u.unknown THEN ${knownWords} END AS known FROM (SELECT ${unknownWord} AS unknown OFFSET 0) u`
      : null,
  };
}

type ExactCondition = {
  column: 'searchTitle' | 'searchKeywords' | 'searchTitleEn';
  patterns: string[];
  shingles?: string;
};

/**
 * For a phrase of three words or more, what its shingles (public.search_shingles) must hold for a
 * text to contain it anywhere: its inner words are whole words, so the pairs of inner words are
 * there, and the last inner word followed by a word that starts with the last word of the phrase
 * ("lam so do" inside a text: 'so do':*). Shorter phrases may sit inside words: none.
 */
export function containsShinglesQuery(phrase: string): string | undefined {
  const w = searchTokens(phrase);
  if (w.length < 3) return undefined;
  const pairs = w.slice(1, -2).map((x, i) => `'${x} ${w[i + 2]}'`);
  return [...pairs, `'${w[w.length - 2]} ${w[w.length - 1]}':*`].join(' & ');
}

/**
 * The conditions of the title arm, as LIKE patterns that must all hold on one column: every word
 * of a phrase somewhere in the title ("xoa thuong tru" finds "xoa dang ky thuong tru"), the phrase
 * in the keywords, and in English every word in the English title and summary ("food safety
 * certificate"). A condition implied by another one (each of the other's patterns contained in one
 * of its own: "giay chung nhan quyen su dung dat" makes "sang ten giay chung nhan quyen su dung dat"
 * redundant) is left out: the same rows, fewer index scans.
 */
export function exactConditions(phrases: string[], locale: Locale): ExactCondition[] {
  const all: ExactCondition[] = phrases
    .flatMap((ph) => [
      { column: 'searchTitle' as const, patterns: searchTokens(ph) },
      { column: 'searchKeywords' as const, patterns: [ph], shingles: containsShinglesQuery(ph) },
      ...(locale === 'en' ? [{ column: 'searchTitleEn' as const, patterns: searchTokens(ph) }] : []),
    ])
    .filter((c) => c.patterns.length && c.patterns.every((x) => x));
  // a implies b when every pattern of b is inside some pattern of a (on the same column).
  const implies = (a: ExactCondition, b: ExactCondition) =>
    a.column === b.column && b.patterns.every((x) => a.patterns.some((y) => y.includes(x)));
  return all.filter((c, i) => !all.some((d, j) => j !== i && implies(c, d) && (!implies(d, c) || j < i)));
}

function filterSql(filters: ProcedureFilters) {
  const parts = [Prisma.sql`TRUE`];
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

type Row = {
  total: number;
  hits: SearchHit[];
  facets: { kind: keyof SearchResult['facets']; value: string; n: number }[];
};

/**
 * One statement, no transaction: the matching procedures once (m), their counts per filter value
 * and in total, and the page. The ranking is exact but computed in stages, each keeping only the
 * procedures that can still reach the page. The title score s1 is known for every match; the score
 * adds at most SIMILARITY (per title column) and then at most BODY to it. Stage 1 computes the
 * similarity of the n best by s1: the n-th of these, bar1, is reached by n procedures, so only those
 * with s1 ≥ bar1 − SIMILARITY − BODY (c1) can rank among the first n. Stage 2 computes the full
 * score of the n best of c1 by s2 = s1 + similarity: bar2, the n-th of these, leaves those with
 * s2 ≥ bar2 − BODY (c2), whose full score is computed and sorted. See
 * docs/decisions/010-search-at-scale.md.
 */
export async function searchProcedures(input: SearchInput): Promise<SearchResult> {
  const own = await rankedSearch(input);
  // The Vietnamese page searches its own language's columns (titles, keywords, synonyms, body);
  // a query those do not find at all is looked up again with the English titles and summaries too,
  // so "marriage registration" typed on the Vietnamese page finds what the English page finds. Asked
  // only then: the English columns cost every Vietnamese query a second planning of their
  // statistics (docs/decisions/018), and a Vietnamese match ranks first anyway
  // (docs/decisions/032-search-in-both-languages.md). The English page always searches both.
  if (input.locale === 'vi' && own.total === 0 && own.tokens.length) {
    const english = await rankedSearch({ ...input, locale: 'en' });
    if (english.total > 0) return english;
  }
  return own;
}

type SearchInput = {
  q: string;
  page: number;
  filters: ProcedureFilters;
  locale: Locale;
  pageSize?: number;
};

async function rankedSearch(input: SearchInput): Promise<SearchResult> {
  const pageSize = input.pageSize ?? PAGE_SIZE;
  const normalized = normalizeForSearch(input.q.slice(0, MAX_QUERY_LENGTH));
  const tokens = searchTokens(normalized);
  const { phrases, synonymWords } = await expand(tokens.join(' '));
  // Words that may be misspelt: those no synonym stands for (see matchesSql).
  const typoWords = tokens.filter((w) => !synonymWords.has(w));
  const locale = input.locale;
  const offset = pageSlice(input.page, pageSize).skip;
  // The page holds ranks offset + 1 … n.
  const n = offset + pageSize;
  const similaritySlack = (phrases.length ? SIMILARITY * (locale === 'en' ? 2 : 1) : 0) + EPSILON;
  const bodySlack = (phrases.length ? BODY : 0) + EPSILON;

  // The title columns the similarity reads (similaritySql), carried by m for the title arms' rows.
  const titleNames = locale === 'en' ? ['searchTitle', 'searchTitleEn'] : ['searchTitle'];
  const titleColumns = Prisma.raw(titleNames.map((c) => `"${c}"`).join(', '));
  const mTitles = Prisma.raw(titleNames.map((c) => `t."${c}"`).join(', '));
  // A body row's titles: looked up by key, for the few body rows that can still reach the page.
  const lookedUp = Prisma.raw(
    titleNames
      .map((c) => `COALESCE(k."${c}", (SELECT x."${c}" FROM "ProcedureSearch" x WHERE x."id" = k."id")) AS "${c}"`)
      .join(', '),
  );
  const matches = matchesSql(
    phrases,
    typoWords,
    locale,
    Prisma.sql`p."id", p."fieldCode", p."level", p."onlineLevel", (${filterSql(input.filters)}) AS kept`,
  );
  // m: each matching procedure once, with its title score.
  const [row] = await db.$queryRaw<Row[]>`
    WITH t_exact AS MATERIALIZED (${matches.exact}),
    ${matches.typoControl ? Prisma.sql`typo_control AS MATERIALIZED (${matches.typoControl}),` : Prisma.empty}
    t AS (SELECT * FROM t_exact${matches.typo ? Prisma.sql` UNION ALL ${matches.typo}` : Prisma.empty}),
    m AS MATERIALIZED (
      SELECT t."id", t."fieldCode", t."level", t."onlineLevel", t.kept, ${mTitles}, max(t.s1) AS s1 FROM t
      GROUP BY t."id", t."fieldCode", t."level", t."onlineLevel", t.kept, ${mTitles}
    ),
    -- The body's other matches (often tens of thousands): their title score is popularity alone.
    b AS MATERIALIZED (
      ${matches.body ? Prisma.sql`SELECT * FROM (${matches.body}) b WHERE b."id" NOT IN (SELECT t."id" FROM t)` : Prisma.sql`SELECT * FROM m WHERE FALSE`}
    ),
    -- Counted per combination of the three filters in one pass, with the best title score kept.
    bagg AS MATERIALIZED (
      SELECT "fieldCode", "level", "onlineLevel", count(*) AS n, count(*) FILTER (WHERE kept) AS kept, max(s1) FILTER (WHERE kept) AS top
      FROM b GROUP BY "fieldCode", "level", "onlineLevel"
    ),
    -- bar1 from the title arms' matches: the n-th best score of some n procedures, a bound for all.
    seed1 AS (
      SELECT t.s1 + ${similaritySql(phrases, locale, 't')} AS s2
      FROM (SELECT k."id", k.s1, ${lookedUp} FROM (SELECT m."id", m.s1, ${titleColumns} FROM m WHERE m.kept ORDER BY m.s1 DESC LIMIT ${n}) k) t
    ),
    bar1 AS (SELECT s2 AS v FROM seed1 ORDER BY s2 DESC LIMIT 1 OFFSET ${n - 1}),
    c0 AS MATERIALIZED (
      SELECT k."id", k.s1, ${lookedUp} FROM m k
      WHERE k.kept AND k.s1 >= COALESCE((SELECT v FROM bar1), '-Infinity'::float8) - ${similaritySlack + bodySlack}
      UNION ALL
      -- The body's matches are read again only when the best of them can still reach the page.
      SELECT k."id", k.s1, ${lookedUp} FROM b k
      WHERE (SELECT max(top) FROM bagg) >= COALESCE((SELECT v FROM bar1), '-Infinity'::float8) - ${similaritySlack + bodySlack}
        AND k.kept AND k.s1 >= COALESCE((SELECT v FROM bar1), '-Infinity'::float8) - ${similaritySlack + bodySlack}
    ),
    -- The similarity depends on the title alone: computed once per distinct title (and English title).
    ${Prisma.join(
      titleNames.map(
        (c, i) => Prisma.sql`sim${Prisma.raw(String(i))} AS MATERIALIZED (
      SELECT ${Prisma.raw(`"${c}"`)}, ${phrases.length ? columnSimilaritySql(phrases, Prisma.raw(`p."${c}"`)) : Prisma.sql`0`} AS v
      FROM (SELECT DISTINCT ${Prisma.raw(`"${c}"`)} FROM c0) p
    ),`,
      ),
      '\n    ',
    )}
    c1 AS MATERIALIZED (
      SELECT c0."id", c0.s1, c0.s1 + ${phrases.length ? similaritySumSql(locale, Prisma.sql`sim0.v`, Prisma.sql`sim1.v`) : Prisma.sql`0`} AS s2
      FROM c0 ${Prisma.join(
        titleNames.map((c, i) => Prisma.raw(`JOIN sim${i} USING ("${c}")`)),
        ' ',
      )}
    ),
    seed2 AS (
      SELECT c.s2 + ${bodyGainSql(phrases, locale, Prisma.sql`c.s1`)} AS s
      FROM (SELECT c1."id", c1.s1, c1.s2 FROM c1 ORDER BY c1.s2 DESC LIMIT ${n}) c JOIN "ProcedureSearch" p ON p."id" = c."id"
      CROSS JOIN LATERAL (SELECT p."searchBody" || '' AS "body" OFFSET 0) b
    ),
    bar2 AS (SELECT s AS v FROM seed2 ORDER BY s DESC LIMIT 1 OFFSET ${n - 1}),
    c2 AS (SELECT c1."id", c1.s1, c1.s2 FROM c1 WHERE c1.s2 >= COALESCE((SELECT v FROM bar2), '-Infinity'::float8) - ${bodySlack}),
    ranked AS MATERIALIZED (
      SELECT c."id", p."views", (c.s2 + ${bodyGainSql(phrases, locale, Prisma.sql`c.s1`)})::float8 AS score
      FROM c2 c JOIN "ProcedureSearch" p ON p."id" = c."id"
      -- The body is stored out of line: fetched and decompressed once per row, not once per phrase.
      CROSS JOIN LATERAL (SELECT p."searchBody" || '' AS "body" OFFSET 0) b
    ),
    -- The procedure's own (wide) row only for the first n and their ties (the slug breaks them).
    cut AS (SELECT score, "views" FROM ranked ORDER BY score DESC, "views" DESC LIMIT 1 OFFSET ${n - 1}),
    hits AS (
      SELECT ${selectHit}, x.score FROM ranked x JOIN "Procedure" r ON r."id" = x."id"
      WHERE NOT EXISTS (SELECT 1 FROM cut WHERE (x.score, x."views") < (cut.score, cut."views"))
      ORDER BY x.score DESC, r."views" DESC, r."slug" ASC
      LIMIT ${pageSize} OFFSET ${offset}
    ),
    -- Counted per combination of the three filters first (one hash lookup per match), then per set.
    combos AS (
      SELECT "fieldCode", "level", "onlineLevel", count(*) AS n, count(*) FILTER (WHERE kept) AS kept
      FROM m GROUP BY "fieldCode", "level", "onlineLevel"
      UNION ALL
      SELECT "fieldCode", "level", "onlineLevel", n, kept FROM bagg
    ),
    counts AS (
      SELECT GROUPING("fieldCode", "level", "onlineLevel") AS g, "fieldCode", "level"::text AS "level", "onlineLevel"::text AS "onlineLevel",
             sum(n)::int AS n, sum(kept)::int AS kept
      FROM combos GROUP BY GROUPING SETS (("fieldCode"), ("level"), ("onlineLevel"), ())
    )
    SELECT
      (SELECT COALESCE(sum(kept), 0) FROM counts WHERE g = 7)::int AS total,
      (SELECT COALESCE(json_agg(h ORDER BY h.score DESC, h."views" DESC, h."slug" ASC), '[]'::json) FROM hits h) AS hits,
      (SELECT COALESCE(json_agg(json_build_object(
        'kind', CASE g WHEN 3 THEN 'field' WHEN 5 THEN 'level' ELSE 'online' END,
        'value', CASE g WHEN 3 THEN "fieldCode" WHEN 5 THEN "level" ELSE "onlineLevel" END,
        'n', n)), '[]'::json) FROM counts WHERE g <> 7) AS facets`;
  const total = Number(row?.total ?? 0);
  const facets: SearchResult['facets'] = { field: {}, level: {}, online: {} };
  for (const c of row?.facets ?? []) facets[c.kind][c.value] = Number(c.n);
  return {
    query: normalized,
    total,
    page: input.page,
    pages: pageCount(total, pageSize),
    hits: (row?.hits ?? []).map((h) => ({ ...h, views: Number(h.views), score: Number(h.score) })),
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
    FROM "Procedure" p WHERE ${visibleSql()}
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
