// npm run bench:pages — the pages rendered per request (search results, procedure list, report list,
// a report page, sign-in, typeahead) side by side, in one run, on:
//   - this build with one worker (WEB_CONCURRENCY=1) and with one worker per core (the default), and
//   - optionally a baseline: `-- --baseline=DIR`, a built copy of the portal at another commit
//     (DIR/.next/serve.mjs, started from DIR), on the same database.
// Each page's requests per second are divided by those of a trivial route handler on the same server
// in the same round (`/api/open311/v2/discovery.json`: no database, a small JSON); ratios within a
// round, then their median, are the figures to compare on a machine shared with other work. Also:
// p50/p99 latency, bytes per answer (Brotli accepted, as browsers do), the resident memory of each
// server's processes, and the same search page with 32 different queries in turn (what the front
// cache cannot keep), the share of answers the front cache gave (`X-Front-Cache: hit`), and the report
// pages for a signed-in resident (a session cookie: rendered per request, never from the front
// cache; docs/decisions/040-pages-shared-by-anonymous-visitors.md). Results in
// bench/results/pages-<timestamp>.json.
//   npm run bench:pages -- [--seconds=3] [--rounds=3] [--concurrency=10] [--baseline=/path/to/old/checkout]
import { mkdtempSync, chmodSync, rmSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { encode } from '@auth/core/jwt';
import { spawn, type ChildProcess } from 'node:child_process';
import { applyMigrations } from '../scripts/lib/migrate';
import { buildIfNeeded, distDir } from '../scripts/lib/build';
import { productionServerArgs } from '../scripts/lib/server-command';
import { freePort, startEmbeddedPostgres } from '../scripts/lib/embedded-pg';
import { scriptClient } from '../scripts/lib/db-client';
import { root } from '../scripts/lib/project';
import { seed } from '../prisma/seed';
import { loadUrls, type LoadResult } from './lib/load';
import { median, waitFor } from './lib/measure';
import { writeResult } from './lib/results';

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const concurrency = Number(option('concurrency') ?? 10);
const seconds = Number(option('seconds') ?? 3);
const rounds = Number(option('rounds') ?? 3);
const baseline = option('baseline');
const cores = os.availableParallelism();

const QUERIES = [
  'khai sinh',
  'ket hon',
  'ho chieu',
  'can cuoc',
  'giay phep lai xe',
  'dang ky thuong tru',
  'tam tru',
  'ho kinh doanh',
  'xay dung',
  'dat dai',
  'khai tu',
  'ly hon',
  'trich luc',
  'chung thuc',
  'bao hiem y te',
  'thue',
  'nuoi con nuoi',
  'giam ho',
  'doanh nghiep',
  'giay phep xay dung',
  'so do',
  'thay doi ho tich',
  'quoc tich',
  'ly lich tu phap',
  'dien',
  'nuoc',
  'moi truong',
  'giao thong',
  'hoc phi',
  'tro cap',
  'nguoi cao tuoi',
  'khuyet tat',
];
const TARGETS: Record<string, string[]> = {
  'trivial route handler': ['/api/open311/v2/discovery.json'],
  'search results ?q=khai+sinh': ['/vi/thu-tuc-hanh-chinh?q=khai+sinh'],
  'search results, 32 queries in turn': QUERIES.map((q) => `/vi/thu-tuc-hanh-chinh?q=${encodeURIComponent(q)}`),
  'procedure list': ['/vi/thu-tuc-hanh-chinh'],
  'report list': ['/vi/phan-anh'],
  'report page': ['/vi/phan-anh/PA-2026-000001'],
  'sign-in page': ['/vi/dang-nhap'],
  'typeahead ?q=khai': ['/api/procedures/suggest?q=khai'],
  'Open311 services.json': ['/api/open311/v2/services.json'],
  'robots.txt': ['/robots.txt'],
  // The same report pages for the demo resident, signed in (the sign-in page sends them on).
  'report list, signed in': ['/vi/phan-anh'],
  'report page, signed in': ['/vi/phan-anh/PA-2026-000001'],
};
const SIGNED_IN = new Set(['report list, signed in', 'report page, signed in']);
const HEADERS = { 'accept-encoding': 'br, gzip' };

/** Resident memory (KB) of a process and its descendants, each. */
function rssTree(pid: number): { pid: number; rssKb: number }[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      /* gone */
    }
  }
  const out: { pid: number; rssKb: number }[] = [];
  const visit = (p: number) => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      out.push({ pid: p, rssKb: kb });
    } catch {
      return;
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return out;
}

type Server = { name: string; base: string; process: ChildProcess };

async function main() {
  if (baseline && !existsSync(path.join(baseline, '.next', 'serve.mjs')))
    throw new Error(`${baseline}/.next/serve.mjs not found: build the baseline checkout first.`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cds-bench-pages-'));
  chmodSync(tmp, 0o755);
  const pgServer = await startEmbeddedPostgres(path.join(tmp, 'pg'), 'bench', { quiet: true });
  const servers: Server[] = [];
  try {
    await applyMigrations(pgServer.url);
    const db = scriptClient(pgServer.url);
    await seed(db);
    const resident = await db.user.findUniqueOrThrow({
      where: { email: 'congdan@congdanso.test' },
      select: { id: true, sessionVersion: true },
    });
    await db.$disconnect();
    const secret = randomBytes(32).toString('base64url');
    // The session cookie Auth.js sets at sign-in (server/auth.ts: a JWT with the user id and session version).
    const session = `authjs.session-token=${await encode({
      token: { sub: resident.id, sv: resident.sessionVersion },
      secret,
      salt: 'authjs.session-token',
      maxAge: 3600,
    })}`;
    const headersOf = (target: string) => (SIGNED_IN.has(target) ? { ...HEADERS, cookie: session } : HEADERS);
    const env = {
      ...process.env,
      NODE_ENV: 'production' as const,
      DATABASE_URL: pgServer.url,
      AUTH_SECRET: secret,
      PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:3000',
      NEXT_TELEMETRY_DISABLED: '1',
      // Refreshed pages stay in memory: several servers run on the same build folder.
      PAGE_CACHE_TO_DISK: '0',
    };
    await buildIfNeeded(env, distDir('app'));
    const start = async (name: string, cwd: string, extra: Record<string, string>) => {
      const port = await freePort();
      const [entry, ...args] = productionServerArgs(port, distDir('app'));
      const child = spawn(process.execPath, [path.join(cwd, path.relative(root, entry!)), ...args], {
        cwd,
        env: { ...env, NEXT_DIST_DIR: distDir('app'), ...extra },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      servers.push({ name, base: `http://127.0.0.1:${port}`, process: child });
    };
    if (baseline) await start('before', path.resolve(baseline), {});
    await start('after, 1 worker', root, { WEB_CONCURRENCY: '1' });
    await start(`after, ${cores} workers`, root, { WEB_CONCURRENCY: String(cores) });
    for (const s of servers) await waitFor(`${s.base}/api/open311/v2/discovery.json`, 60_000);
    // Warm-up: every page once on every worker (the first render of a route loads its code).
    for (const s of servers)
      for (const [target, urls] of Object.entries(TARGETS))
        await loadUrls(
          urls.map((u) => s.base + u),
          { concurrency, seconds: 1, headers: headersOf(target) },
        );
    const results: Record<string, Record<string, LoadResult[]>> = {};
    for (let r = 0; r < rounds; r++) {
      for (const [target, urls] of Object.entries(TARGETS)) {
        for (const s of servers) {
          const result = await loadUrls(
            urls.map((u) => s.base + u),
            { concurrency, seconds, headers: headersOf(target), timeoutMs: 10_000 },
          );
          ((results[s.name] ??= {})[target] ??= []).push(result);
        }
      }
    }
    const memory = Object.fromEntries(
      servers.map((s) => {
        const tree = rssTree(s.process.pid!);
        return [
          s.name,
          { processes: tree.length, mainKb: tree[0]?.rssKb ?? 0, totalKb: tree.reduce((a, x) => a + x.rssKb, 0) },
        ];
      }),
    );
    const summary: Record<string, Record<string, object>> = {};
    const trivial = 'trivial route handler';
    for (const s of servers) {
      for (const [target, runs] of Object.entries(results[s.name]!)) {
        const requests = runs.reduce((a, x) => a + x.requests, 0);
        (summary[s.name] ??= {})[target] = {
          rps: Math.round(median(runs.map((x) => x.rps))),
          p50: Number(median(runs.map((x) => x.p50)).toFixed(1)),
          p99: Number(median(runs.map((x) => x.p99)).toFixed(1)),
          errors: runs.reduce((a, x) => a + x.errors, 0),
          bytes: requests ? Math.round(runs.reduce((a, x) => a + x.bytes, 0) / requests) : 0,
          perTrivial: Number(median(runs.map((x, i) => x.rps / results[s.name]![trivial]![i]!.rps)).toFixed(2)),
          // Share of answers from the front cache, over all rounds.
          frontCache: requests ? Number((runs.reduce((a, x) => a + x.frontCacheHits, 0) / requests).toFixed(2)) : 0,
        };
      }
    }
    // The same target on two servers, round by round.
    const across = (a: string, b: string) =>
      Object.fromEntries(
        Object.keys(TARGETS).map((t) => [
          t,
          Number(median(results[a]![t]!.map((x, i) => x.rps / results[b]![t]![i]!.rps)).toFixed(2)),
        ]),
      );
    const one = 'after, 1 worker';
    const many = `after, ${cores} workers`;
    const comparisons: Record<string, Record<string, number>> = {
      [`${many} / ${one}`]: across(many, one),
      ...(baseline ? { [`${many} / before`]: across(many, 'before'), [`${one} / before`]: across(one, 'before') } : {}),
    };
    const loadAvg = os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
    console.log(
      `\nConcurrency ${concurrency}, ${rounds} interleaved rounds of ${seconds} s per target and server, ${cores} cores, load average ${loadAvg} at the end; medians over rounds; Brotli accepted\n`,
    );
    for (const s of servers) {
      const m = memory[s.name]!;
      console.log(
        `${s.name} (${m.processes} process${m.processes > 1 ? 'es' : ''}: ${Math.round(m.mainKb / 1024)} MB main, ${Math.round(m.totalKb / 1024)} MB in all)`,
      );
      console.log(
        '  target'.padEnd(40),
        'req/s'.padStart(7),
        '× trivial'.padStart(10),
        'p50 ms'.padStart(8),
        'p99 ms'.padStart(8),
        'bytes'.padStart(8),
        'errors'.padStart(7),
        'cached'.padStart(7),
      );
      for (const [t, v] of Object.entries(summary[s.name]!) as [string, Record<string, number>][])
        console.log(
          `  ${t}`.padEnd(40),
          String(v.rps).padStart(7),
          v.perTrivial!.toFixed(2).padStart(10),
          v.p50!.toFixed(1).padStart(8),
          v.p99!.toFixed(1).padStart(8),
          String(v.bytes).padStart(8),
          String(v.errors).padStart(7),
          `${Math.round(v.frontCache! * 100)}%`.padStart(7),
        );
    }
    for (const [name, c] of Object.entries(comparisons)) {
      console.log(`\nreq/s ratio ${name}:`);
      for (const [t, v] of Object.entries(c)) console.log(`  ${t}`.padEnd(40), v.toFixed(2).padStart(7));
    }
    const file = writeResult('pages', {
      concurrency,
      seconds,
      rounds,
      cores,
      loadAvg,
      baseline,
      summary,
      comparisons,
      memory,
    });
    console.log(`\nWritten: ${file}`);
  } finally {
    for (const s of servers) s.process.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await pgServer.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
