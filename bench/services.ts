// npm run bench:services — the services directory (issue 13, speed), in one run:
//   1. "Open now near me" answered from the database: searchPlaces({ openNow, origin }) over the
//      demo places plus N synthetic ones (default 5,000; --places=N), 10 concurrent clients
//      (--concurrency) for --seconds per round, --rounds rounds, a new random point in the city for
//      every call; p50/p95/p99 in ms. Target: p95 < 50 ms.
//   2. The directory list (/vi/tien-ich) and a place page, cached, from the production server,
//      against a bare node:http server of this process sending the same bytes (the server's gzip
//      answer and its headers) from memory, in interleaved rounds; the ratio of requests per second
//      is taken within each round and its median reported. Target: ≥ 0.45.
// --no-http skips part 2; --dist=test reuses the end-to-end build (.next-test) with
// --public-url=<its PUBLIC_URL> instead of building .next. Results: bench/results/services-<time>.json.
import nodeHttp from 'node:http';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
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
import { median } from './lib/measure';
import { writeResult } from './lib/results';

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

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cds-bench-services-'));
  chmodSync(tmp, 0o755);
  const pgServer = await startEmbeddedPostgres(path.join(tmp, 'pg'), 'bench', { quiet: true });
  let server: ChildProcess | undefined;
  let bare: nodeHttp.Server | undefined;
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
    await client.$executeRawUnsafe('VACUUM ANALYZE "Place"');
    await client.$executeRawUnsafe('VACUUM ANALYZE "PlaceHours"');
    const counts = await client.$queryRawUnsafe<{ places: bigint; hours: bigint }[]>(
      'SELECT (SELECT count(*) FROM "Place") AS places, (SELECT count(*) FROM "PlaceHours") AS hours',
    );
    console.log(
      `${counts[0]!.places} places, ${counts[0]!.hours} opening periods (${((performance.now() - started) / 1000).toFixed(1)} s to insert)`,
    );
    await client.$disconnect();

    // 1. In the database, through the portal's own query.
    process.env.DATABASE_URL = pgServer.url;
    process.env.SEARCH_INCLUDE_SYNTHETIC = '1';
    process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
    const { searchPlaces } = await import('../server/services/queries');
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
    await db.$disconnect();

    // 2. Over HTTP: cached pages against the same bytes from memory.
    let http: Record<string, unknown> | undefined;
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
      server = spawn(process.execPath, productionServerArgs(port, dist), {
        cwd: root,
        env: { ...env, NEXT_DIST_DIR: dist },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      for (let i = 0; i < 600; i++) {
        try {
          if ((await fetch(`${base}/vi`)).ok) break;
        } catch {
          /* starting */
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      const copies = new Map<string, { headers: Record<string, string>; body: Buffer }>();
      for (const p of [LIST, PLACE]) {
        await (await fetch(`${base}${p}`)).arrayBuffer();
        const answer = await new Promise<{ headers: Record<string, string>; body: Buffer; status: number }>(
          (resolve, reject) => {
            nodeHttp
              .get(`${base}${p}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
                const chunks: Buffer[] = [];
                res.on('data', (c: Buffer) => chunks.push(c));
                res.on('end', () => {
                  const headers: Record<string, string> = {};
                  for (const [k, v] of Object.entries(res.headers))
                    if (v !== undefined && !['connection', 'keep-alive', 'transfer-encoding', 'date'].includes(k))
                      headers[k] = Array.isArray(v) ? v.join(', ') : v;
                  resolve({ headers, body: Buffer.concat(chunks), status: res.statusCode ?? 0 });
                });
              })
              .on('error', reject);
          },
        );
        if (answer.status !== 200) throw new Error(`${p} answered ${answer.status}`);
        console.log(
          `${p}: ${answer.body.length} bytes gzip, x-front-cache ${answer.headers['x-front-cache'] ?? '(none)'}, cache-control ${answer.headers['cache-control']}`,
        );
        answer.headers['content-length'] = String(answer.body.length);
        copies.set(p, answer);
      }
      bare = nodeHttp.createServer((req, res) => {
        const copy = copies.get(req.url ?? '');
        if (!copy) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, copy.headers).end(copy.body);
      });
      await new Promise<void>((resolve) => bare!.listen(0, '127.0.0.1', resolve));
      const barePort = (bare.address() as { port: number }).port;
      const targets: Record<string, string> = {
        'directory list (cached)': `${base}${LIST}`,
        'directory list, bare node:http from memory': `http://127.0.0.1:${barePort}${LIST}`,
        'place page (cached)': `${base}${PLACE}`,
        'place page, bare node:http from memory': `http://127.0.0.1:${barePort}${PLACE}`,
      };
      for (const url of Object.values(targets)) await load(url, { concurrency, seconds: 1 });
      const results: Record<string, LoadResult[]> = {};
      for (let r = 0; r < rounds; r++)
        for (const [name, url] of Object.entries(targets))
          (results[name] ??= []).push(await load(url, { concurrency, seconds }));
      const ratio = (a: string, b: string) => median(results[a]!.map((x, i) => x.rps / results[b]![i]!.rps));
      const ratios = {
        'directory list / bare server': ratio('directory list (cached)', 'directory list, bare node:http from memory'),
        'place page / bare server': ratio('place page (cached)', 'place page, bare node:http from memory'),
      };
      const summary = Object.fromEntries(
        Object.entries(results).map(([name, runs]) => [
          name,
          {
            rps: median(runs.map((x) => x.rps)),
            rpsPerRound: runs.map((x) => Math.round(x.rps)),
            p50: median(runs.map((x) => x.p50)),
            p99: median(runs.map((x) => x.p99)),
            errors: runs.reduce((s, x) => s + x.errors, 0),
          },
        ]),
      );
      console.log(
        `\nHTTP, concurrency ${concurrency}, ${rounds} interleaved rounds of ${seconds} s, load average ${os
          .loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')}`,
      );
      for (const [name, s] of Object.entries(summary))
        console.log(
          name.padEnd(46),
          `${s.rps.toFixed(0)} req/s`.padStart(12),
          `p50 ${s.p50.toFixed(1)} ms`.padStart(14),
          `errors ${s.errors}`,
          ` ${s.rpsPerRound.join(' ')}`,
        );
      for (const [name, v] of Object.entries(ratios)) console.log(`ratio ${name}: ${v.toFixed(2)} (target ≥ 0.45)`);
      http = { summary, ratios, bytes: Object.fromEntries([...copies].map(([p, c]) => [p, c.body.length])) };
    }
    const file = writeResult('services', { places, concurrency, seconds, rounds, openNowNearMe: dbResult, http });
    console.log(`\nWritten: ${file}`);
  } finally {
    bare?.close();
    server?.kill('SIGTERM');
    await pgServer.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
