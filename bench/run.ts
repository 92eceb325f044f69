// npm run bench — builds (if needed), starts the production server with demo data on a database
// of its own, and measures side by side, in one run, requests per second and p50/p99 latency of:
//   - a static file served by the same server (the page's CSS bundle)
//   - the home page (cached, static Content-Security-Policy)
//   - the privacy page (cached, static CSP) and the forgot-password page (rendered per request
//     with a nonce CSP): the two ways of applying a CSP, on pages of similar weight
// Rounds are interleaved so that drift on a shared machine hits every target alike; ratios are the
// figures to compare. Results are written to bench/results/http-<timestamp>.json.
import { mkdtempSync, chmodSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { applyMigrations } from '../scripts/lib/migrate';
import { buildIfNeeded, distDir } from '../scripts/lib/build';
import { freePort, startEmbeddedPostgres } from '../scripts/lib/embedded-pg';
import { scriptClient } from '../scripts/lib/db-client';
import { root } from '../scripts/lib/project';
import { seed } from '../prisma/seed';
import { load, type LoadResult } from './lib/load';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const concurrency = arg('concurrency', 10);
const seconds = arg('seconds', 5);
const rounds = arg('rounds', 3);

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cds-bench-'));
  chmodSync(tmp, 0o755);
  const pgServer = await startEmbeddedPostgres(path.join(tmp, 'pg'), 'bench', { quiet: true });
  let server: ReturnType<typeof spawn> | undefined;
  try {
    await applyMigrations(pgServer.url);
    const db = scriptClient(pgServer.url);
    await seed(db);
    await db.$disconnect();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = { ...process.env, NODE_ENV: 'production' as const, DATABASE_URL: pgServer.url, AUTH_SECRET: randomBytes(32).toString('base64url'),
      // The address baked into cached pages: the same as npm start's, so its build is reused.
      PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:3000', NEXT_TELEMETRY_DISABLED: '1' };
    await buildIfNeeded(env, distDir('app'));
    server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
      cwd: root, env: { ...env, NEXT_DIST_DIR: distDir('app') }, stdio: ['ignore', 'ignore', 'inherit'],
    });
    for (let i = 0; i < 200; i++) {
      try { if ((await fetch(`${base}/vi`)).ok) break; } catch { /* starting */ }
      await new Promise((r) => setTimeout(r, 100));
    }
    const home = await (await fetch(`${base}/vi`)).text();
    const css = home.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
    if (!css) throw new Error('No stylesheet link found on the home page.');
    const targets = {
      'static file (CSS)': `${base}${css}`,
      'home page /vi (cached, static CSP)': `${base}/vi`,
      'privacy page (cached, static CSP)': `${base}/vi/chinh-sach-bao-mat`,
      'forgot-password page (per request, nonce CSP)': `${base}/vi/quen-mat-khau`,
    };
    for (const url of Object.values(targets)) await load(url, { concurrency, seconds: 1 }); // warm-up
    const results: Record<string, LoadResult[]> = {};
    for (let r = 0; r < rounds; r++) {
      for (const [name, url] of Object.entries(targets)) (results[name] ??= []).push(await load(url, { concurrency, seconds }));
    }
    const summary = Object.fromEntries(
      Object.entries(results).map(([name, runs]) => {
        const requests = runs.reduce((s, x) => s + x.requests, 0);
        const secs = runs.reduce((s, x) => s + x.seconds, 0);
        const median = (k: 'p50' | 'p99') => runs.map((x) => x[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
        return [name, { rps: requests / secs, p50: median('p50'), p99: median('p99'), errors: runs.reduce((s, x) => s + x.errors, 0), requests }];
      }),
    );
    const rps = (k: keyof typeof targets) => summary[k]!.rps;
    const ratios = {
      'home / static file': rps('home page /vi (cached, static CSP)') / rps('static file (CSS)'),
      'nonce page / static-CSP page': rps('forgot-password page (per request, nonce CSP)') / rps('privacy page (cached, static CSP)'),
    };
    console.log(`\nConcurrency ${concurrency}, ${rounds} interleaved rounds of ${seconds} s per target, ${os.cpus().length} cores\n`);
    console.log('target'.padEnd(50), 'req/s'.padStart(9), 'p50 ms'.padStart(9), 'p99 ms'.padStart(9), 'errors'.padStart(7));
    for (const [name, s] of Object.entries(summary)) {
      console.log(name.padEnd(50), s.rps.toFixed(0).padStart(9), s.p50.toFixed(1).padStart(9), s.p99.toFixed(1).padStart(9), String(s.errors).padStart(7));
    }
    console.log('');
    for (const [name, v] of Object.entries(ratios)) console.log(`ratio ${name}: ${v.toFixed(2)}`);
    mkdirSync(path.join(root, 'bench/results'), { recursive: true });
    const file = path.join(root, 'bench/results', `http-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: os.cpus().length, concurrency, seconds, rounds, summary, ratios }, null, 2));
    console.log(`\nWritten: ${path.relative(root, file)}`);
  } finally {
    server?.kill('SIGTERM');
    await pgServer.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
