// npm run bench:search — procedure search at scale: a database of its own (embedded PostgreSQL in a
// temporary folder) with the demo data plus N synthetic procedures (default 50,000), then, side by
// side in one run, on a fixed list of realistic queries (no tone marks, capitals, decomposed
// Unicode, typos, abbreviations, English):
//   a. inside the database: searchProcedures() (normalised columns, trigram indexes, ranking in SQL)
//      against a naive baseline (ILIKE '%word%' on the raw text columns, ORDER BY views), in
//      interleaved rounds; p50/p95 and the ratio baseline p95 / search p95 (target ≥ 20×);
//   b. over HTTP at C concurrent clients against the production build: GET /api/procedures?q=…
//      cycling through the queries against the same baseline served as JSON by a plain node:http
//      server of this process (no framework, the same Prisma client): in interleaved rounds, each
//      at least S seconds and one pass over the queries per client set; p50/p95 from every request,
//      ratio baseline p95 / search p95 (target ≥ 20×). Then a cached procedure page and a static
//      file of the same server (the CSS bundle) as the yardstick; requests/s, p95 and ratios
//      (cached page / static ≥ 0.5).
// The database lists the synthetic procedures to search (SEARCH_INCLUDE_SYNTHETIC=1): a benchmark
// database only.
// Results: a table on the console and bench/results/search-<timestamp>.json.
//   -- --procedures=50000 --rounds=3 --seconds=5 --http-rounds=3 --concurrency=10 --no-http --no-db
// A query that fails (e.g. Prisma's 5 s transaction timeout) is counted as an error, its time up to
// the failure kept as a sample. Everything it starts (PostgreSQL, the server, the temporary folder)
// is stopped even on failure, on Ctrl-C and after --timeout minutes (default 40). Loopback only.
import nodeHttp from 'node:http';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { applyMigrations } from '../scripts/lib/migrate';
import { buildIfNeeded } from '../scripts/lib/build';
import { productionServerArgs } from '../scripts/lib/server-command';
import { freePort, startEmbeddedPostgres, type EmbeddedDb } from '../scripts/lib/embedded-pg';
import { scriptClient } from '../scripts/lib/db-client';
import { root } from '../scripts/lib/project';
import { insertSyntheticProcedures } from '../scripts/lib/synthetic-procedures';
import { seed } from '../prisma/seed';
import { queryCases } from '../tests/integration/procedure-queries';
import { loadUrls, type LoadResult } from './lib/load';
import { writeResult } from './lib/results';

const argNum = (name: string, fallback: number) => {
  const raw = process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number ≥ 0`);
  return n;
};
const syntheticCount = argNum('procedures', 50_000);
const dbRounds = Math.max(1, argNum('rounds', 3));
const seconds = argNum('seconds', 5);
const httpRounds = Math.max(1, argNum('http-rounds', 3));
const concurrency = Math.max(1, argNum('concurrency', 10));
const timeoutMinutes = argNum('timeout', 40);
const withHttp = !process.argv.includes('--no-http');
const withDb = !process.argv.includes('--no-db');

const PAGE_SIZE = 20; // as GET /api/procedures
const TARGET_DB_RATIO = 20;
const TARGET_PAGE_RATIO = 0.5;
const PROCEDURE_PAGE = '/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh';

// From the search quality test's cases (tests/integration/procedure-queries.ts): one or more of
// each kind of query residents type.
const QUERY_TEXTS = [
  'dang ky khai sinh',
  'ĐĂNG KÝ KHAI SINH',
  'Đăng ký khai sinh'.normalize('NFD'),
  'dang ki khai sinh',
  'dang ki ket hon',
  'lam giay khai sinh cho con',
  'giấy xác nhận độc thân',
  'trich luc ho tich',
  'sao y ban chinh',
  'nhap ho khau',
  'kt3',
  'xoa thuong tru',
  'CCCD',
  'cap lai cccd',
  'lam ho chieu',
  'lltp so 1',
  'dang ky xe may',
  'doi gplx',
  'bang lai quoc te',
  'xin GPXD',
  'lam so do',
  'sang ten so do',
  'the chap so do',
  'giay phep kinh doanh ho ca the',
  'thanh lap cong ty tnhh',
  'giay chung nhan attp',
  'huong bhtn',
  'mat the bhyt',
  'tro cap xa hoi hang thang',
  'thi vao lop 10',
];
const ENGLISH = ['birth registration', 'building permit', 'health insurance card'];
type Query = { q: string; locale: 'vi' | 'en' };
const queries: Query[] = [
  ...QUERY_TEXTS.map((q) => ({ q, locale: 'vi' as const })),
  ...ENGLISH.map((q) => ({ q, locale: 'en' as const })),
];
for (const { q, locale } of queries) {
  if (!queryCases.some((c) => c.q === q && (c.locale ?? 'vi') === locale))
    throw new Error(`"${q}" (${locale}) is not among the search test's query cases.`);
}

// ---------------------------------------------------------------------------------------------

type Stats = { n: number; p50: number; p95: number; mean: number; max: number };
function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const pct = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
  return {
    n: s.length,
    p50: pct(50),
    p95: pct(95),
    mean: s.reduce((a, b) => a + b, 0) / (s.length || 1),
    max: s[s.length - 1] ?? NaN,
  };
}
const median = (xs: number[]) => stats(xs).p50;
/** An error and its causes on one line (fetch puts the reason in `cause`). */
function describe(e: unknown): string {
  const parts: string[] = [];
  for (let x: unknown = e; x && parts.length < 4; x = (x as { cause?: unknown }).cause)
    parts.push(x instanceof Error ? `${x.name}: ${x.message}` : String(x));
  return parts.join(' ← ');
}
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const short = (q: string) => JSON.stringify(q.normalize('NFC')).slice(1, -1);

// Everything started, for the cleanup.
let pgServer: EmbeddedDb | undefined;
let server: ChildProcess | undefined;
let tmp: string | undefined;
let disconnectApp: (() => Promise<void>) | undefined;
let cleaning: Promise<void> | undefined;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise<void>((resolve) => server!.once('exit', () => resolve()));
      server.kill('SIGTERM');
      const timer = setTimeout(() => server?.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    await disconnectApp?.().catch(() => {});
    await pgServer
      ?.stop()
      .catch((e: unknown) => console.error('Stopping PostgreSQL:', e instanceof Error ? e.message : e));
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping…`);
    void cleanup().finally(() => process.exit(130));
  });
}

/**
 * A closed-loop load like bench/lib/load.ts, keeping every latency: C connections, each sending the
 * next URL in turn as soon as the previous answer has been read, for at least `seconds` and until
 * `minRequests` have been sent. A failed request counts as an error, its time kept as a sample.
 */
async function closedLoop(
  urls: string[],
  o: { concurrency: number; seconds: number; minRequests: number; timeoutMs: number },
) {
  const agent = new nodeHttp.Agent({ keepAlive: true, maxSockets: o.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let turn = 0;
  const started = performance.now();
  const end = started + o.seconds * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const target = urls[turn++ % urls.length]!;
      const t = performance.now();
      const done = (ok: boolean) => {
        if (!ok) errors++;
        latencies.push(performance.now() - t);
        resolve();
      };
      const req = nodeHttp.get(target, { agent, headers: { 'accept-encoding': 'gzip' } }, (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode === 200));
        res.on('error', () => done(false));
      });
      req.on('error', () => done(false));
      req.setTimeout(o.timeoutMs, () => req.destroy(new Error('timeout')));
    });
  await Promise.all(
    Array.from({ length: o.concurrency }, async () => {
      while (performance.now() < end || turn < o.minRequests) await one();
    }),
  );
  agent.destroy();
  return { latencies, errors, seconds: (performance.now() - started) / 1000 };
}

async function main() {
  const started = performance.now();
  if (timeoutMinutes > 0) {
    setTimeout(() => {
      console.error(`\nStill running after ${timeoutMinutes} min: stopping.`);
      void cleanup().finally(() => process.exit(1));
    }, timeoutMinutes * 60_000).unref();
  }

  // --- The database ------------------------------------------------------------------------
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cds-bench-search-'));
  chmodSync(tmp, 0o755);
  pgServer = await startEmbeddedPostgres(path.join(tmp, 'pg'), 'bench', { quiet: true });
  await applyMigrations(pgServer.url);
  {
    const db = scriptClient(pgServer.url);
    try {
      await seed(db);
      let t = performance.now();
      const added = await insertSyntheticProcedures(db, syntheticCount, (done, total) => {
        if (process.stdout.isTTY) process.stdout.write(`\rSynthetic procedures: ${done} / ${total}`);
      });
      if (process.stdout.isTTY) process.stdout.write('\n');
      console.log(`Inserted ${added} synthetic procedures in ${((performance.now() - t) / 1000).toFixed(1)} s.`);
      t = performance.now();
      await db.$executeRawUnsafe('VACUUM ANALYZE "Procedure", "ProcedureSearch"');
      await db.$executeRawUnsafe('ANALYZE');
      console.log(`VACUUM ANALYZE in ${((performance.now() - t) / 1000).toFixed(1)} s.`);
    } finally {
      await db.$disconnect();
    }
  }

  // The portal's own modules read their configuration at first use.
  const authSecret = randomBytes(32).toString('base64url');
  process.env.DATABASE_URL = pgServer.url;
  process.env.AUTH_SECRET = authSecret;
  process.env.SEARCH_INCLUDE_SYNTHETIC = '1';
  const { searchProcedures } = await import('../server/procedures/search');
  const { db } = await import('../server/db');
  const { Prisma } = await import('../generated/prisma/client');
  disconnectApp = () => db.$disconnect();

  const [counted] = await db.$queryRaw<{ total: bigint; synthetic: bigint; size: string }[]>`
    SELECT count(*) AS total, count(*) FILTER (WHERE "synthetic") AS synthetic, pg_size_pretty(pg_total_relation_size('"Procedure"')) AS size FROM "Procedure"`;
  const dataset = {
    procedures: Number(counted?.total),
    synthetic: Number(counted?.synthetic),
    tableSize: counted?.size,
  };
  console.log(
    `Procedures: ${dataset.procedures} (${dataset.synthetic} synthetic); table with indexes and TOAST: ${dataset.tableSize}.`,
  );

  // --- a. Inside the database --------------------------------------------------------------
  const like = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rawColumns = [
    'p."titleVi"',
    'p."titleEn"',
    'p."summaryVi"',
    'p."summaryEn"',
    `array_to_string(p."keywords", ' ')`,
    'p."applicants"',
    'p."implementingAgency"',
    'p."result"',
    'p."conditions"',
    'p."steps"::text',
    'p."documents"::text',
  ].map((c) => Prisma.raw(c));
  /** The naive implementation: every word somewhere in the raw text (no normalisation), most viewed first. */
  async function baseline(q: string) {
    const words = q.split(/\s+/).filter(Boolean).slice(0, 12);
    const perWord = words.map(
      (w) =>
        Prisma.sql`(${Prisma.join(
          rawColumns.map((c) => Prisma.sql`${c} ILIKE ${like(w)}`),
          ' OR ',
        )})`,
    );
    const where = perWord.length ? Prisma.join(perWord, ' AND ') : Prisma.sql`TRUE`;
    const rows = await db.$queryRaw<{ slug: string; total: bigint }[]>`
      SELECT p."code", p."slug", p."titleVi", p."titleEn", p."summaryVi", p."summaryEn", p."fieldCode", p."level", p."onlineLevel", p."views",
             count(*) OVER () AS total
      FROM "Procedure" p WHERE p."status" = 'PUBLISHED' AND ${where}
      ORDER BY p."views" DESC, p."slug" ASC LIMIT ${PAGE_SIZE}`;
    return { total: Number(rows[0]?.total ?? 0), rows };
  }
  const search = async ({ q, locale }: Query) =>
    (await searchProcedures({ q, page: 1, filters: {}, locale, pageSize: PAGE_SIZE })).total;

  const sides = {
    search: (x: Query) => search(x),
    baseline: async (x: Query) => (await baseline(x.q)).total,
  };
  type Side = keyof typeof sides;
  const errors: Record<Side, { count: number; first?: string }> = { search: { count: 0 }, baseline: { count: 0 } };
  const errorsPerQuery: Record<Side, number[]> = { search: queries.map(() => 0), baseline: queries.map(() => 0) };
  /** Runs one query; on failure counts the error and returns null. The time is kept either way. */
  async function timed(side: Side, i: number): Promise<{ ms: number; total: number | null }> {
    const t = performance.now();
    try {
      const total = await sides[side](queries[i]!);
      return { ms: performance.now() - t, total };
    } catch (e) {
      errors[side].count++;
      errorsPerQuery[side][i]!++;
      errors[side].first ??=
        `${short(queries[i]!.q)}: ${(e instanceof Error ? e.message : String(e)).trim().split('\n').filter(Boolean).at(-1)}`;
      return { ms: performance.now() - t, total: null };
    }
  }
  const totals: Record<Side, (number | null)[]> = { search: [], baseline: [] };
  if (withDb)
    console.log(
      `\nIn the database: ${queries.length} queries, 1 warm-up + ${dbRounds} interleaved rounds, one client…`,
    );
  for (const i of withDb ? queries.keys() : []) {
    totals.search[i] = (await timed('search', i)).total;
    totals.baseline[i] = (await timed('baseline', i)).total;
  }
  const warmupErrors = { search: errors.search.count, baseline: errors.baseline.count };
  const samples: Record<Side, number[][]> = { search: queries.map(() => []), baseline: queries.map(() => []) };
  for (let r = 0; r < (withDb ? dbRounds : 0); r++) {
    const order: Side[] = r % 2 ? ['baseline', 'search'] : ['search', 'baseline'];
    for (const i of queries.keys()) {
      for (const side of order) samples[side][i]!.push((await timed(side, i)).ms);
    }
  }
  const measuredErrors = {
    search: errors.search.count - warmupErrors.search,
    baseline: errors.baseline.count - warmupErrors.baseline,
  };
  const dbStats = { search: stats(samples.search.flat()), baseline: stats(samples.baseline.flat()) };
  const dbRatio = { p95: dbStats.baseline.p95 / dbStats.search.p95, p50: dbStats.baseline.p50 / dbStats.search.p50 };
  const perQuery = queries.map((x, i) => ({
    q: x.q.normalize('NFC') === x.q ? x.q : `${x.q.normalize('NFC')} (NFD)`,
    locale: x.locale,
    searchMedianMs: median(samples.search[i]!),
    baselineMedianMs: median(samples.baseline[i]!),
    searchTotal: totals.search[i] ?? null,
    baselineTotal: totals.baseline[i] ?? null,
    searchErrors: errorsPerQuery.search[i]!,
    baselineErrors: errorsPerQuery.baseline[i]!,
  }));

  const hits = (n: number | null, e: number) => `${n ?? 'error'}${e ? ` (${e} err)` : ''}`;
  if (withDb)
    console.log(
      `\n${'query'.padEnd(36)}`,
      'search ms'.padStart(10),
      'hits'.padStart(14),
      'baseline ms'.padStart(12),
      'hits'.padStart(14),
    );
  for (const p of withDb ? perQuery : []) {
    console.log(
      `${short(p.q)}${p.locale === 'en' ? ' [en]' : ''}`.padEnd(36),
      ms(p.searchMedianMs).padStart(10),
      hits(p.searchTotal, p.searchErrors).padStart(14),
      ms(p.baselineMedianMs).padStart(12),
      hits(p.baselineTotal, p.baselineErrors).padStart(14),
    );
  }
  if (withDb)
    console.log(
      '(median per query over the measured rounds; hits = total matches in the warm-up; err = failed runs)\n',
    );

  // --- b. Over HTTP --------------------------------------------------------------------------
  const serverLog = { text: '', errors: 0, transactionTimeouts: 0 };
  const failingApi: string[] = [];
  type HttpSide = Stats & { errors: number; rps: number };
  let searchVsBaseline: { search: HttpSide; baseline: HttpSide; ratio: { p95: number; p50: number } } | undefined;
  let http:
    | {
        summary: Record<
          string,
          { rps: number; p50: number; p95: number; p99: number; errors: number; requests: number }
        >;
        ratios: Record<string, number>;
      }
    | undefined;
  if (withHttp) {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      NODE_ENV: 'production' as const,
      DATABASE_URL: pgServer.url,
      AUTH_SECRET: authSecret,
      // The address baked into cached pages: the same as npm start's, so its build is reused.
      PUBLIC_URL: 'http://localhost:3000',
      NEXT_TELEMETRY_DISABLED: '1',
    };
    await buildIfNeeded(env, '.next');
    // No hostname: Next rewrites localised paths (/vi/thu-tuc-hanh-chinh/… → /vi/procedures/…) to
    // http://localhost:<port>, which must reach the server too, or every Vietnamese page answers a
    // 307 to itself. The load generator only targets 127.0.0.1.
    // The production server (npm start's: Next.js behind the front cache of public pages).
    server = spawn(process.execPath, productionServerArgs(port, '.next'), {
      cwd: root,
      env: { ...env, NEXT_DIST_DIR: '.next' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // The server's error log is summarised rather than echoed (a failing search logs a stack each time).
    server.stderr!.setEncoding('utf8');
    server.stderr!.on('data', (chunk: string) => {
      serverLog.text = (serverLog.text + chunk).slice(-20_000);
      serverLog.errors += (chunk.match(/⨯ Error|^Error/gm) ?? []).length;
      serverLog.transactionTimeouts += (chunk.match(/P2028/g) ?? []).length;
    });
    const deadline = performance.now() + 60_000;
    for (;;) {
      if (server.exitCode !== null || server.signalCode !== null)
        throw new Error(`The server exited (${server.signalCode ?? server.exitCode}).`);
      try {
        if ((await fetch(`${base}/vi`)).ok) break;
      } catch {
        /* starting */
      }
      if (performance.now() > deadline) throw new Error('The server did not answer within 60 s.');
      await new Promise((r) => setTimeout(r, 200));
    }
    const home = await (await fetch(`${base}/vi`)).text();
    const css = home.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
    if (!css) throw new Error('No stylesheet link found on the home page.');
    const apiUrls = queries.map(
      ({ q, locale }) => `${base}/api/procedures?q=${encodeURIComponent(q)}${locale === 'en' ? '&locale=en' : ''}`,
    );
    const targets: Record<string, string[]> = {
      'static file (CSS)': [`${base}${css}`],
      [`search API (${queries.length} queries in turn)`]: apiUrls,
      'procedure page (cached)': [`${base}${PROCEDURE_PAGE}`],
    };
    // Each URL once (warming the caches): the static file and the page must answer 200; searches
    // that fail are reported and stay in the mix (they count as errors under load).
    for (const url of Object.values(targets).flat()) {
      let outcome: string;
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
        await res.arrayBuffer();
        if (res.status === 200) continue;
        outcome = String(res.status);
      } catch (e) {
        outcome = describe(e);
      }
      if (!url.includes('/api/procedures?'))
        throw new Error(`${url}: ${outcome}.\nServer log (end): ${serverLog.text.slice(-1500)}`);
      failingApi.push(`${short(new URL(url).searchParams.get('q') ?? '')}: ${outcome}`);
    }
    if (failingApi.length)
      console.log(
        `Search API answered an error, unloaded, for ${failingApi.length} of ${apiUrls.length} queries: ${failingApi.join('; ')}`,
      );
    const timeoutMs = 60_000;

    // The search API against the same baseline, served by a plain node:http server of this process.
    const baselineServer = nodeHttp.createServer((req, res) => {
      const q = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('q') ?? '';
      baseline(q.slice(0, 200)).then(
        ({ total, rows }) => {
          const items = rows.map((r) => ({ ...r, total: undefined }));
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ query: q, total, items }));
        },
        () => res.writeHead(500).end(),
      );
    });
    await new Promise<void>((resolve) => baselineServer.listen(0, '127.0.0.1', resolve));
    const baselinePort = (baselineServer.address() as { port: number }).port;
    const baselineUrls = queries.map(({ q }) => `http://127.0.0.1:${baselinePort}/baseline?q=${encodeURIComponent(q)}`);
    const sidesHttp = { search: apiUrls, baseline: baselineUrls };
    const latencies: Record<'search' | 'baseline', number[]> = { search: [], baseline: [] };
    const httpErrors = { search: 0, baseline: 0 };
    const httpSeconds = { search: 0, baseline: 0 };
    try {
      for (const urls of Object.values(sidesHttp))
        await closedLoop(urls, { concurrency, seconds: 0, minRequests: urls.length, timeoutMs });
      console.log(
        `Over HTTP: search API and baseline, ${concurrency} concurrent clients, ${httpRounds} interleaved rounds of ≥ ${seconds} s and ≥ ${queries.length} requests per side…`,
      );
      for (let r = 0; r < httpRounds; r++) {
        const order = r % 2 ? (['baseline', 'search'] as const) : (['search', 'baseline'] as const);
        for (const side of order) {
          const run = await closedLoop(sidesHttp[side], {
            concurrency,
            seconds,
            minRequests: queries.length,
            timeoutMs,
          });
          latencies[side].push(...run.latencies);
          httpErrors[side] += run.errors;
          httpSeconds[side] += run.seconds;
        }
      }
    } finally {
      baselineServer.close();
    }
    const httpStats = { search: stats(latencies.search), baseline: stats(latencies.baseline) };
    searchVsBaseline = {
      search: { ...httpStats.search, errors: httpErrors.search, rps: latencies.search.length / httpSeconds.search },
      baseline: {
        ...httpStats.baseline,
        errors: httpErrors.baseline,
        rps: latencies.baseline.length / httpSeconds.baseline,
      },
      ratio: { p95: httpStats.baseline.p95 / httpStats.search.p95, p50: httpStats.baseline.p50 / httpStats.search.p50 },
    };

    for (const urls of Object.values(targets)) await loadUrls(urls, { concurrency, seconds: 1, timeoutMs });
    console.log(
      `Over HTTP: ${concurrency} concurrent clients, ${httpRounds} interleaved rounds of ${seconds} s per target…`,
    );
    const runs: Record<string, LoadResult[]> = {};
    for (let r = 0; r < httpRounds; r++) {
      for (const [name, urls] of Object.entries(targets))
        (runs[name] ??= []).push(await loadUrls(urls, { concurrency, seconds, timeoutMs }));
    }
    const summary = Object.fromEntries(
      Object.entries(runs).map(([name, rs]) => {
        const requests = rs.reduce((s, x) => s + x.requests, 0);
        const secs = rs.reduce((s, x) => s + x.seconds, 0);
        return [
          name,
          {
            rps: requests / secs,
            p50: median(rs.map((x) => x.p50)),
            p95: median(rs.map((x) => x.p95)),
            p99: median(rs.map((x) => x.p99)),
            errors: rs.reduce((s, x) => s + x.errors, 0),
            requests,
          },
        ];
      }),
    );
    const names = Object.keys(targets);
    const [staticName, apiName, pageName] = [names[0]!, names[1]!, names[2]!];
    const ratios = {
      'cached procedure page / static file (req/s)': summary[pageName]!.rps / summary[staticName]!.rps,
      'search API / static file (req/s)': summary[apiName]!.rps / summary[staticName]!.rps,
    };
    http = { summary, ratios };
    await new Promise((r) => setTimeout(r, 500));
  }

  // --- c. Report -----------------------------------------------------------------------------
  const line = (name: string, s: Stats) =>
    console.log(
      name.padEnd(58),
      ms(s.p50).padStart(9),
      ms(s.p95).padStart(9),
      ms(s.mean).padStart(9),
      String(s.n).padStart(7),
    );
  console.log(
    `\n${dataset.procedures} procedures (${dataset.synthetic} synthetic), ${os.cpus().length} cores, Node ${process.version}\n`,
  );
  if (withDb) {
    console.log(
      'in the database (one client)'.padEnd(58),
      'p50 ms'.padStart(9),
      'p95 ms'.padStart(9),
      'mean ms'.padStart(9),
      'samples'.padStart(7),
    );
    line('searchProcedures() (normalised columns, trigram indexes)', dbStats.search);
    line('baseline: ILIKE on raw columns, ORDER BY views', dbStats.baseline);
    for (const side of ['search', 'baseline'] as const) {
      if (errors[side].count)
        console.log(
          `${side}: ${measuredErrors[side]} failed runs in the measured rounds (+${warmupErrors[side]} in the warm-up), e.g. ${errors[side].first}`,
        );
    }
    console.log(
      `\nratio baseline p95 / search p95: ${dbRatio.p95.toFixed(1)}× (target ≥ ${TARGET_DB_RATIO}×: ${dbRatio.p95 >= TARGET_DB_RATIO ? 'met' : 'NOT met'}); p50: ${dbRatio.p50.toFixed(1)}×`,
    );
  }
  if (searchVsBaseline) {
    const sb = searchVsBaseline;
    console.log(
      `\n${`over HTTP (${concurrency} clients)`.padEnd(58)}`,
      'p50 ms'.padStart(9),
      'p95 ms'.padStart(9),
      'req/s'.padStart(9),
      'samples'.padStart(7),
      'errors'.padStart(7),
    );
    for (const [name, x] of [
      ['GET /api/procedures (searchProcedures)', sb.search],
      ['baseline over HTTP (ILIKE on raw columns)', sb.baseline],
    ] as const) {
      console.log(
        name.padEnd(58),
        ms(x.p50).padStart(9),
        ms(x.p95).padStart(9),
        x.rps.toFixed(1).padStart(9),
        String(x.n).padStart(7),
        String(x.errors).padStart(7),
      );
    }
    console.log(
      `\nratio baseline p95 / search p95 over HTTP: ${sb.ratio.p95.toFixed(1)}× (target ≥ ${TARGET_DB_RATIO}×: ${sb.ratio.p95 >= TARGET_DB_RATIO ? 'met' : 'NOT met'}); p50: ${sb.ratio.p50.toFixed(1)}×`,
    );
  }
  if (http) {
    console.log(
      `\n${`over HTTP (${concurrency} clients)`.padEnd(58)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'errors'.padStart(7)}`,
    );
    for (const [name, s] of Object.entries(http.summary)) {
      console.log(
        name.padEnd(58),
        s.rps.toFixed(0).padStart(9),
        ms(s.p50).padStart(9),
        ms(s.p95).padStart(9),
        String(s.errors).padStart(7),
      );
    }
    console.log('');
    for (const [name, v] of Object.entries(http.ratios)) {
      const target = name.startsWith('cached')
        ? ` (target ≥ ${TARGET_PAGE_RATIO}: ${v >= TARGET_PAGE_RATIO ? 'met' : 'NOT met'})`
        : '';
      console.log(`ratio ${name}: ${v.toFixed(2)}${target}`);
    }
    if (serverLog.errors)
      console.log(
        `\nThe server logged ${serverLog.errors} errors, ${serverLog.transactionTimeouts} of them Prisma transaction timeouts (P2028, 5 s).`,
      );
  }

  const file = writeResult('search', {
    config: {
      syntheticProcedures: syntheticCount,
      dbRounds,
      pageSize: PAGE_SIZE,
      http: withHttp ? { concurrency, seconds, rounds: httpRounds } : null,
    },
    dataset,
    database: !withDb
      ? null
      : {
          search: dbStats.search,
          baseline: dbStats.baseline,
          ratio: dbRatio,
          target: TARGET_DB_RATIO,
          errors: {
            measured: measuredErrors,
            warmup: warmupErrors,
            first: { search: errors.search.first ?? null, baseline: errors.baseline.first ?? null },
          },
          perQuery,
        },
    httpSearchVsBaseline: searchVsBaseline ?? null,
    http: http
      ? {
          ...http,
          targetPageRatio: TARGET_PAGE_RATIO,
          apiErrorsUnloaded: failingApi,
          serverErrors: serverLog.errors,
          serverTransactionTimeouts: serverLog.transactionTimeouts,
          serverLogTail: serverLog.text.slice(-2000),
        }
      : null,
    seconds: (performance.now() - started) / 1000,
  });
  console.log(`\nWritten: ${file} (${((performance.now() - started) / 1000).toFixed(0)} s in all)`);
}

main()
  .catch((e: unknown) => {
    console.error(
      e instanceof Error && e.cause ? `${e.stack}\n${describe(e)}` : e instanceof Error ? (e.stack ?? e.message) : e,
    );
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanup();
    process.exit();
  });
