// npm run bench:search-page — the search results page with 50,000 procedures against the same page
// with the demo data, side by side in one run (issue: "the search page with 50,000 procedures within
// 1.5× of its figure with demo data"). Two databases (embedded PostgreSQL each): the demo data, and
// the demo data plus N synthetic procedures listed in search (SEARCH_INCLUDE_SYNTHETIC=1 on both
// servers, so that they run the same code). One production server of this build on each. Targets,
// in interleaved rounds at C connections:
//   - the search page rendered for every request: residents' queries in turn (the search quality
//     test's Vietnamese cases) with a parameter the page ignores (`&r=1`), which the front cache
//     never keeps (server/http/front-cache.ts keeps known parameters only);
//   - the search page `?q=khai+sinh` as the front cache answers it;
//   - a trivial route handler (`/api/open311/v2/discovery.json`) as the yardstick of each server.
// Prints req/s, p50/p99 and the ratio demo / 50,000 per round (median); exits 1 when the rendered
// search page with 50,000 procedures is slower than 1/1.5 of the demo figure. Results in
// bench/results/search-page-<timestamp>.json.
//   npm run bench:search-page -- [--procedures=50000] [--seconds=4] [--rounds=3] [--concurrency=10]
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { applyMigrations } from '../scripts/lib/migrate';
import { buildIfNeeded, distDir } from '../scripts/lib/build';
import { productionServerArgs } from '../scripts/lib/server-command';
import { freePort, startEmbeddedPostgres, type EmbeddedDb } from '../scripts/lib/embedded-pg';
import { scriptClient } from '../scripts/lib/db-client';
import { insertSyntheticProcedures } from '../scripts/lib/synthetic-procedures';
import { seed } from '../prisma/seed';
import { queryCases } from '../tests/integration/procedure-queries';
import { loadUrls, type LoadResult } from './lib/load';
import { median, waitFor } from './lib/measure';
import { writeResult } from './lib/results';

const option = (name: string, fallback: number) => {
  const n = Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number ≥ 0`);
  return n;
};
const procedures = option('procedures', 50_000);
const seconds = option('seconds', 4);
const rounds = Math.max(1, option('rounds', 3));
const concurrency = Math.max(1, option('concurrency', 10));
const TARGET = 1.5;
const HEADERS = { 'accept-encoding': 'br, gzip' };

const queries = queryCases.filter((c) => (c.locale ?? 'vi') === 'vi').map((c) => c.q);
const page = (q: string, extra = '') =>
  `/vi/thu-tuc-hanh-chinh?q=${encodeURIComponent(q).replace(/%20/g, '+')}${extra}`;
const TARGETS: Record<string, string[]> = {
  'trivial route handler': ['/api/open311/v2/discovery.json'],
  'search page, rendered per request': queries.map((q) => page(q, '&r=1')),
  'search page ?q=khai+sinh (front cache)': [page('khai sinh')],
};
const RENDERED = 'search page, rendered per request';

type Side = { name: string; db: EmbeddedDb; base?: string; server?: ChildProcess };

async function prepare(side: Side, synthetic: number) {
  await applyMigrations(side.db.url);
  const db = scriptClient(side.db.url);
  try {
    await seed(db);
    if (synthetic) {
      const t = performance.now();
      await insertSyntheticProcedures(db, synthetic);
      await db.$executeRawUnsafe('VACUUM ANALYZE');
      console.log(
        `${side.name}: ${synthetic} synthetic procedures in ${((performance.now() - t) / 1000).toFixed(0)} s.`,
      );
    }
    const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Procedure"`;
    console.log(`${side.name}: ${row?.n} procedures.`);
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cds-bench-search-page-'));
  chmodSync(tmp, 0o755);
  const sides: Side[] = [];
  try {
    for (const name of ['demo data', `${procedures} more procedures`])
      sides.push({
        name,
        db: await startEmbeddedPostgres(path.join(tmp, String(sides.length)), 'bench', { quiet: true }),
      });
    await prepare(sides[0]!, 0);
    await prepare(sides[1]!, procedures);
    const env = {
      ...process.env,
      NODE_ENV: 'production' as const,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:3000',
      NEXT_TELEMETRY_DISABLED: '1',
      PAGE_CACHE_TO_DISK: '0',
      SEARCH_INCLUDE_SYNTHETIC: '1',
    };
    await buildIfNeeded({ ...env, DATABASE_URL: sides[0]!.db.url }, distDir('app'));
    for (const side of sides) {
      const port = await freePort();
      side.base = `http://127.0.0.1:${port}`;
      side.server = spawn(process.execPath, productionServerArgs(port, distDir('app')), {
        env: { ...env, DATABASE_URL: side.db.url, NEXT_DIST_DIR: distDir('app') },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      await waitFor(`${side.base}/api/open311/v2/discovery.json`, 60_000);
    }
    for (const side of sides)
      for (const urls of Object.values(TARGETS))
        await loadUrls(
          urls.map((u) => side.base + u),
          { concurrency, seconds: 2, headers: HEADERS },
        );
    const results: Record<string, Record<string, LoadResult[]>> = {};
    for (let r = 0; r < rounds; r++)
      for (const [target, urls] of Object.entries(TARGETS))
        for (const side of r % 2 ? [...sides].reverse() : sides)
          ((results[side.name] ??= {})[target] ??= []).push(
            await loadUrls(
              urls.map((u) => side.base + u),
              { concurrency, seconds, headers: HEADERS, timeoutMs: 10_000 },
            ),
          );
    const [demo, big] = sides.map((s) => results[s.name]!) as [
      Record<string, LoadResult[]>,
      Record<string, LoadResult[]>,
    ];
    const loadAvg = os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
    console.log(
      `\nConcurrency ${concurrency}, ${rounds} interleaved rounds of ${seconds} s, load average ${loadAvg} at the end; medians over rounds\n`,
    );
    console.log(
      'target'.padEnd(42),
      ...sides.flatMap((s) => [`${s.name} req/s`.padStart(26), 'p50'.padStart(7), 'p99'.padStart(7)]),
      'demo / more'.padStart(12),
    );
    const summary: Record<string, object> = {};
    for (const target of Object.keys(TARGETS)) {
      const figure = (runs: LoadResult[]) => ({
        rps: Math.round(median(runs.map((x) => x.rps))),
        p50: Number(median(runs.map((x) => x.p50)).toFixed(1)),
        p99: Number(median(runs.map((x) => x.p99)).toFixed(1)),
        errors: runs.reduce((a, x) => a + x.errors, 0),
      });
      const a = figure(demo[target]!);
      const b = figure(big[target]!);
      const ratio = Number(median(demo[target]!.map((x, i) => x.rps / big[target]![i]!.rps)).toFixed(2));
      summary[target] = { demo: a, more: b, demoOverMore: ratio };
      console.log(
        target.padEnd(42),
        ...[a, b].flatMap((f) => [
          `${f.rps}${f.errors ? ` (${f.errors} err)` : ''}`.padStart(26),
          f.p50.toFixed(0).padStart(7),
          f.p99.toFixed(0).padStart(7),
        ]),
        ratio.toFixed(2).padStart(12),
      );
    }
    const ratio = (summary[RENDERED] as { demoOverMore: number }).demoOverMore;
    const met = ratio <= TARGET;
    console.log(
      `\n${RENDERED}: the demo data's req/s are ${ratio.toFixed(2)}× those with ${procedures} more procedures (target ≤ ${TARGET}): ${met ? 'met' : 'MISSED'}`,
    );
    const file = writeResult('search-page', {
      procedures,
      concurrency,
      seconds,
      rounds,
      loadAvg,
      queries: queries.length,
      summary,
      target: TARGET,
      met,
    });
    console.log(`Written: ${file}`);
    if (!met) process.exitCode = 1;
  } finally {
    for (const side of sides) side.server?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    for (const side of sides) await side.db.stop().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
