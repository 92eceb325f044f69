// npm run bench:services — the services directory (issue 13, speed), in one run:
//   1. "Open now near me" answered from the database: searchPlaces({ openNow, origin }) over the
//      demo places plus N synthetic ones (default 5,000; --places=N, a tenth of them with special
//      hours today), 10 concurrent clients (--concurrency) for --seconds per round, --rounds
//      rounds, a new random point in the city for every call; p50/p95/p99 in ms. Target: p95 < 50 ms.
//   2. The directory list (/vi/tien-ich) and a place page, cached, from the production server,
//      against a bare Node `http` server (a child process) sending the same bytes and headers (the
//      front cache's gzip answer) from memory, in interleaved rounds; the ratio of requests per
//      second is taken within each round and its median reported. Target: ≥ 0.45.
//   3. What the service worker adds to a first visit: public/sw.js and every address its install
//      step fetches (the precache list read from sw.js), gzip, as the production server sends them.
//      Target: ≤ 15 KB.
// --no-http skips parts 2 and 3 (part 3 then gives sw.js alone); --dist=test reuses the end-to-end
// build (.next-test) with --public-url=<its PUBLIC_URL> instead of building .next.
// Results: bench/results/services-<time>.json; exits with 1 when a target is missed.
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { applyMigrations } from '../scripts/lib/migrate';
import { buildIfNeeded, distDir } from '../scripts/lib/build';
import { productionServerArgs } from '../scripts/lib/server-command';
import { freePort, startEmbeddedPostgres } from '../scripts/lib/embedded-pg';
import { scriptClient } from '../scripts/lib/db-client';
import { root } from '../scripts/lib/project';
import { seed } from '../prisma/seed';
import { load, type LoadResult } from './lib/load';
import { writeResult } from './lib/results';
import { cachedAnswer, GZIP, treeCpuMs, median, startBareSite, waitFor, wireAnswer } from './lib/cached-page';

const option = (name: string) =>
  process.argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.split('=')
    .slice(1)
    .join('=');
const num = (name: string, fallback: number) => Number(option(name) ?? fallback);
const places = num('places', 5000);
const concurrency = num('concurrency', 10);
const seconds = num('seconds', 5);
const rounds = num('rounds', 3);
const withHttp = !process.argv.includes('--no-http');
const dist = option('dist') === 'test' ? distDir('test') : distDir('app');
const publicUrl = option('public-url') ?? 'http://localhost:3000';
const LIST = '/vi/tien-ich';
const PLACE = '/vi/tien-ich/dia-diem/benh-vien-cho-ray';

const SW_LIMIT = 15 * 1024;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function main(): Promise<number> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cds-bench-services-'));
  chmodSync(tmp, 0o755);
  const pgServer = await startEmbeddedPostgres(path.join(tmp, 'pg'), 'bench', { quiet: true });
  const children: ChildProcess[] = [];
  try {
    await applyMigrations(pgServer.url);
    const client = scriptClient(pgServer.url);
    await seed(client);
    // Synthetic places spread over the city's central area, each type, the office or 24-hour hours.
    const started = performance.now();
    await client.$executeRawUnsafe(`
      INSERT INTO "Place" ("id", "slug", "type", "nameVi", "nameEn", "address", "wardCode", "lat", "lng",
        "closedOnHolidays", "unverified", "synthetic", "searchText", "updatedAt")
      SELECT 'syn-' || g, 'tong-hop-' || g,
        (ARRAY['HOSPITAL','CLINIC','SCHOOL','ADMIN_CENTRE','TRANSPORT'])[1 + g % 5]::"PlaceType",
        'Địa điểm tổng hợp ' || g, 'Synthetic place ' || g, g || ' Đường Tổng Hợp',
        (SELECT "code" FROM "AdministrativeUnit" WHERE "level" <> 'CITY' ORDER BY "code" OFFSET g % 30 LIMIT 1),
        10.65 + random() * 0.25, 106.55 + random() * 0.25, g % 3 <> 0, '{}', true,
        'dia diem tong hop ' || g, now()
      FROM generate_series(1, ${Math.trunc(places)}) g`);
    await client.$executeRawUnsafe(`
      INSERT INTO "PlaceHours" ("id", "placeId", "weekday", "opensMin", "closesMin")
      SELECT 'synh-' || p."id" || '-' || d || '-' || k, p."id", d,
        CASE WHEN p."closedOnHolidays" THEN (ARRAY[450, 780])[k] ELSE 0 END,
        CASE WHEN p."closedOnHolidays" THEN (ARRAY[690, 1020])[k] ELSE 1440 END
      FROM "Place" p, generate_series(1, 7) d, generate_series(1, 2) k
      WHERE p."synthetic" AND (p."closedOnHolidays" = false AND k = 1 OR p."closedOnHolidays" AND d <= 6)`);
    // A tenth of them with special hours today (city date): half closed, half open all day.
    await client.$executeRawUnsafe(`
      INSERT INTO "PlaceSpecialHours" ("id", "placeId", "startsOn", "endsOn", "opensMin", "closesMin")
      SELECT 'syns-' || p."id", p."id", d, d,
        CASE WHEN n % 20 = 0 THEN NULL ELSE 0 END, CASE WHEN n % 20 = 0 THEN NULL ELSE 1440 END
      FROM (SELECT "id", substr("id", 5)::int AS n FROM "Place" WHERE "synthetic") p,
        (SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS d) today
      WHERE p.n % 10 = 0`);
    await client.$executeRawUnsafe('VACUUM ANALYZE "PlaceSpecialHours"');
    await client.$executeRawUnsafe('VACUUM ANALYZE "Place"');
    await client.$executeRawUnsafe('VACUUM ANALYZE "PlaceHours"');
    const counts = await client.$queryRawUnsafe<{ places: bigint; hours: bigint; special: bigint }[]>(
      `SELECT (SELECT count(*) FROM "Place") AS places, (SELECT count(*) FROM "PlaceHours") AS hours,
        (SELECT count(*) FROM "PlaceSpecialHours") AS special`,
    );
    console.log(
      `${counts[0]!.places} places, ${counts[0]!.hours} opening periods, ${counts[0]!.special} special-hours rows (${((performance.now() - started) / 1000).toFixed(1)} s to insert)`,
    );
    await client.$disconnect();

    // 1. In the database, through the portal's own query.
    process.env.DATABASE_URL = pgServer.url;
    process.env.SEARCH_INCLUDE_SYNTHETIC = '1';
    process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
    const { searchPlaces, openNowSql, openNowSetSql } = await import('../server/services/queries');
    const { cityClock } = await import('../lib/services/hours');
    const { Prisma } = await import('../generated/prisma/client');
    const { db } = await import('../server/db');
    const point = () => ({ lat: 10.68 + Math.random() * 0.2, lng: 106.58 + Math.random() * 0.2 });
    let openSeen = 0;
    const call = async () => {
      const t0 = performance.now();
      const r = await searchPlaces({ openNow: true, origin: point(), size: 20 });
      openSeen += r.items.length ? 1 : 0;
      return performance.now() - t0;
    };
    for (let i = 0; i < 20; i++) await call(); // warm-up
    const samples: number[] = [];
    const perRound: { p50: number; p95: number; calls: number }[] = [];
    for (let r = 0; r < rounds; r++) {
      const mine: number[] = [];
      const end = performance.now() + seconds * 1000;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (performance.now() < end) mine.push(await call());
        }),
      );
      samples.push(...mine);
      perRound.push({ p50: pct(mine, 50), p95: pct(mine, 95), calls: mine.length });
    }
    const dbResult = {
      calls: samples.length,
      callsWithResults: openSeen,
      p50: pct(samples, 50),
      p95: pct(samples, 95),
      p99: pct(samples, 99),
      perRound,
    };
    console.log(
      `\n"open now near me" over ${places} synthetic places + the demo ones, ${concurrency} clients, ${rounds} × ${seconds} s:` +
        ` p50 ${dbResult.p50.toFixed(1)} ms, p95 ${dbResult.p95.toFixed(1)} ms, p99 ${dbResult.p99.toFixed(1)} ms (${samples.length} calls; target p95 < 50 ms)`,
    );

    // The two statements alone, under EXPLAIN ANALYZE: the page of "open now near me" in the first
    // box (1.5 km) around the city centre, and the count of open places (made once a minute).
    const clock = cityClock(new Date());
    const o = { lat: 10.7769, lng: 106.7009 };
    const k = Math.cos((o.lat * Math.PI) / 180);
    const [dLat, dLng] = [1500 / 111_320, 1500 / (111_320 * k)];
    const statements = {
      'page of open now near me (1.5 km box)': Prisma.sql`SELECT p."id", p."slug", p."nameVi", w."name",
          (power(p."lat" - ${o.lat}, 2) + power((p."lng" - ${o.lng}) * ${k}, 2)) AS "nearness"
        FROM "Place" p JOIN "AdministrativeUnit" w ON w."code" = p."wardCode"
        WHERE ${openNowSql(clock)} AND p."lat" BETWEEN ${o.lat - dLat} AND ${o.lat + dLat}
          AND p."lng" BETWEEN ${o.lng - dLng} AND ${o.lng + dLng}
        ORDER BY "nearness", p."nameVi" LIMIT 20`,
      'count of open places (set-wise)': Prisma.sql`SELECT count(*) FROM "Place" p WHERE ${openNowSetSql(clock)}`,
    };
    const explained: Record<string, number[]> = {};
    for (let i = 0; i < 3; i++)
      for (const [name, sql] of Object.entries(statements)) {
        const plan = await db.$queryRaw<{ 'QUERY PLAN': string }[]>`EXPLAIN (ANALYZE) ${sql}`;
        const ms = Number(/Execution Time: ([\d.]+)/.exec(plan.map((r) => r['QUERY PLAN']).join('\n'))?.[1]);
        (explained[name] ??= []).push(ms);
      }
    for (const [name, ms] of Object.entries(explained))
      console.log(`EXPLAIN ANALYZE ${name}: ${ms.map((x) => x.toFixed(2)).join(', ')} ms`);
    Object.assign(dbResult, { explainAnalyzeMs: explained });
    await db.$disconnect();

    // 2. Over HTTP: cached pages against the same bytes from memory.
    let http: { ratios: Record<string, number> } & Record<string, unknown> = { ratios: {} };
    let sw: { bytes: Record<string, number>; total: number; precache: string[] } | undefined;
    if (withHttp) {
      const env = {
        ...process.env,
        NODE_ENV: 'production' as const,
        DATABASE_URL: pgServer.url,
        SEARCH_INCLUDE_SYNTHETIC: '',
        AUTH_SECRET: randomBytes(32).toString('base64url'),
        PUBLIC_URL: publicUrl,
        PAGE_CACHE_TO_DISK: '0',
        NEXT_TELEMETRY_DISABLED: '1',
      };
      await buildIfNeeded(env, dist);
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const app = spawn(process.execPath, productionServerArgs(port, dist), {
        cwd: root,
        env: { ...env, NEXT_DIST_DIR: dist },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      children.push(app);
      await waitFor(`${base}/vi`);
      const copies: Record<string, Awaited<ReturnType<typeof cachedAnswer>>> = {};
      for (const p of [LIST, PLACE]) {
        copies[p] = await cachedAnswer(`${base}${p}`);
        console.log(
          `${p}: ${copies[p].body.length} bytes ${copies[p].headers['content-encoding'] ?? 'uncompressed'}, x-front-cache ${copies[p].headers['x-front-cache'] ?? '(none)'}, cache-control ${copies[p].headers['cache-control']}`,
        );
      }
      const bare = await startBareSite(tmp, copies);
      children.push(bare.process);
      const targets: Record<string, { url: string; pid: number }> = {
        'directory list (cached)': { url: `${base}${LIST}`, pid: app.pid! },
        'directory list, bare node:http': { url: `${bare.base}${LIST}`, pid: bare.process.pid! },
        'place page (cached)': { url: `${base}${PLACE}`, pid: app.pid! },
        'place page, bare node:http': { url: `${bare.base}${PLACE}`, pid: bare.process.pid! },
      };
      for (const t of Object.values(targets)) await load(t.url, { concurrency, seconds: 1, headers: GZIP });
      const results: Record<string, LoadResult[]> = {};
      const cpu: Record<string, number[]> = {};
      for (let r = 0; r < rounds; r++)
        for (const [name, t] of Object.entries(targets)) {
          const before = treeCpuMs(t.pid);
          const result = await load(t.url, { concurrency, seconds, headers: GZIP });
          (results[name] ??= []).push(result);
          (cpu[name] ??= []).push(result.requests ? ((treeCpuMs(t.pid) - before) * 1000) / result.requests : NaN);
        }
      const ratio = (a: string, b: string) => median(results[a]!.map((x, i) => x.rps / results[b]![i]!.rps));
      const ratios = {
        'directory list / bare server': ratio('directory list (cached)', 'directory list, bare node:http'),
        'place page / bare server': ratio('place page (cached)', 'place page, bare node:http'),
      };
      const summary = Object.fromEntries(
        Object.entries(results).map(([name, runs]) => [
          name,
          {
            rps: median(runs.map((x) => x.rps)),
            rpsPerRound: runs.map((x) => Math.round(x.rps)),
            cpuMicrosPerRequest: Math.round(median(cpu[name]!)),
            p50: median(runs.map((x) => x.p50)),
            p99: median(runs.map((x) => x.p99)),
            errors: runs.reduce((s, x) => s + x.errors, 0),
          },
        ]),
      );
      console.log(
        `\nHTTP, concurrency ${concurrency}, ${rounds} interleaved rounds of ${seconds} s, ${os.cpus().length} cores, load average ${os
          .loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')}`,
      );
      for (const [name, s] of Object.entries(summary))
        console.log(
          name.padEnd(34),
          `${s.rps.toFixed(0)} req/s`.padStart(12),
          `p50 ${s.p50.toFixed(1)} ms`.padStart(14),
          `CPU ${s.cpuMicrosPerRequest} µs`.padStart(14),
          `errors ${s.errors}`,
          ' per round:',
          s.rpsPerRound.join(' '),
        );
      for (const [name, v] of Object.entries(ratios)) console.log(`ratio ${name}: ${v.toFixed(2)} (target ≥ 0.45)`);
      http = { summary, ratios, bytes: Object.fromEntries(Object.entries(copies).map(([p, c]) => [p, c.body.length])) };

      // 3. The service worker on a first visit: the worker and what its install step fetches.
      const precache = precacheList(readFileSync(path.join(root, 'public/sw.js'), 'utf8'));
      const bytes: Record<string, number> = {};
      for (const p of ['/sw.js', ...precache]) {
        const a = await wireAnswer(`${base}${p}`);
        if (a.status !== 200) throw new Error(`${p} answered ${a.status}`);
        bytes[p] = a.headers['content-encoding'] === 'gzip' ? a.body.length : gzipSync(a.body, { level: 9 }).length;
      }
      sw = { bytes, total: Object.values(bytes).reduce((n, b) => n + b, 0), precache };
    } else {
      const file = readFileSync(path.join(root, 'public/sw.js'));
      sw = { bytes: { '/sw.js': gzipSync(file, { level: 9 }).length }, total: NaN, precache: [] };
    }
    console.log(
      `\nservice worker on a first visit (gzip): ${Object.entries(sw.bytes)
        .map(([p, b]) => `${p} ${b} B`)
        .join(
          ', ',
        )}; total ${Number.isNaN(sw.total) ? 'not measured (--no-http)' : `${(sw.total / 1024).toFixed(1)} KB`} (target ≤ 15 KB)`,
    );

    const missed = [
      ...(dbResult.p95 < 50 ? [] : [`"open now near me" p95 ${dbResult.p95.toFixed(1)} ms ≥ 50 ms`]),
      ...Object.entries(http.ratios)
        .filter(([, v]) => !(v >= 0.45))
        .map(([k, v]) => `${k} ${v.toFixed(2)} < 0.45`),
      ...(sw.total > SW_LIMIT ? [`service worker ${sw.total} B > ${SW_LIMIT} B`] : []),
    ];
    const file = writeResult('services', {
      places,
      concurrency,
      seconds,
      rounds,
      openNowNearMe: dbResult,
      http: withHttp ? http : null,
      serviceWorker: sw,
      missed,
    });
    console.log(`\nWritten: ${file}`);
    if (missed.length) console.log(`Targets missed: ${missed.join('; ')}`);
    return missed.length ? 1 : 0;
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await pgServer.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * The addresses the worker's install step fetches: the string paths of the objects and arrays its
 * `addAll(...)` names, read from the source (a change there changes the measurement with it).
 */
function precacheList(source: string): string[] {
  const install = /addEventListener\('install'[\s\S]*?\n\}\);/.exec(source)?.[0] ?? '';
  const paths = new Set<string>();
  for (const call of install.matchAll(/addAll\(([^;]*?)\)\s*\)/g)) {
    const arg = call[1]!;
    for (const name of arg.match(/\b[A-Z][A-Z0-9_]+\b/g) ?? []) {
      const literal = new RegExp(`const ${name}\\s*=\\s*([\\[{][\\s\\S]*?[\\]}]);`).exec(source)?.[1] ?? '';
      for (const m of literal.matchAll(/'(\/[^']*)'/g)) paths.add(m[1]!);
    }
    for (const m of arg.matchAll(/'(\/[^']*)'/g)) paths.add(m[1]!);
  }
  if (/addAll\(/.test(install) && paths.size === 0) throw new Error('Could not read the precache list of public/sw.js');
  return [...paths];
}

// Exits explicitly: the portal's modules loaded in this process (the database client, its
// listener for page changes) would otherwise keep it alive or decide its status.
main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
