// npm run test:chaos — reports filed while the database and the app server crash.
// The production build on an embedded PostgreSQL of its own; 30 accounts file 10 reports each with
// photos (300 submissions, 30 at a time), every client retrying with its idempotency key until it
// gets an answer it can keep. Meanwhile PostgreSQL is killed twice (immediate shutdown, as a power
// cut would leave it; the first timed to land while report transactions are committing) and the
// app server once (SIGKILL), each then restarted. Afterwards, with a sweep run: every acknowledged
// submission stored exactly once with all its photos readable through the photo route; no report
// that no client was told about unless a replay of its key returns it; no photo row without its
// files, no file without its row; during outages only 503 with Retry-After (or a refused
// connection while the app is down), never a 500; service back within 2 s of the database.
// Prints the counts as a table; exits 1 on any failure.
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { encode } from '@auth/core/jwt';
import { applyMigrations } from './lib/migrate';
import { buildIfNeeded, distDir } from './lib/build';
import { productionServerArgs } from './lib/server-command';
import { freePort, startEmbeddedPostgres, type EmbeddedDb } from './lib/embedded-pg';
import { scriptClient } from './lib/db-client';
import { root } from './lib/project';
import { seed } from '../prisma/seed';
import { jpeg } from '../tests/support/images';
import { sendWithRetries, type Job, type Tally } from './lib/chaos-client';
import { runScript } from './lib/run-script';

const ACCOUNTS = 30;
const REPORTS_EACH = 10;
const CONCURRENCY = 30;
const RECOVERY_LIMIT_MS = 2000;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'cds-chaos-'));
chmodSync(tmp, 0o755);
const pgDir = path.join(tmp, 'postgres');
const storageDir = path.join(tmp, 'uploads');
let database: EmbeddedDb | undefined;
let app: ChildProcess | undefined;
const failures: string[] = [];
const started = Date.now();
const log = (m: string) => console.log(`[chaos ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${m}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function cleanup() {
  if (app && app.exitCode === null && app.signalCode === null) {
    const exited = new Promise((r) => app!.once('exit', r));
    app.kill('SIGTERM');
    await exited;
  }
  await database?.stop().catch(() => undefined);
  rmSync(tmp, { recursive: true, force: true });
}

async function main() {
  log('Starting PostgreSQL, migrating and seeding…');
  database = await startEmbeddedPostgres(pgDir, 'chaos', { quiet: true });
  const dbUrl = database.url;
  const dbPort = database.port;
  // The same address as the end-to-end tests, so their build is reused.
  const port = await freePort(43100);
  const base = `http://localhost:${port}`;
  const secret = randomBytes(32).toString('base64url');
  // The seed and the final sweep run here, with the app's settings.
  Object.assign(process.env, {
    DATABASE_URL: dbUrl,
    STORAGE_DIR: storageDir,
    AUTH_SECRET: secret,
    PUBLIC_URL: base,
    SMTP_URL: '',
    REDIS_URL: '',
  });
  await applyMigrations(dbUrl);
  const prisma = scriptClient(dbUrl);
  await seed(prisma);
  const users = await Promise.all(
    Array.from({ length: ACCOUNTS + 1 }, (_, i) =>
      prisma.user.create({
        data: {
          name: `Cư dân ${i}`,
          email: `chaos.${i}.${randomBytes(3).toString('hex')}@example.com`,
          emailVerified: new Date(),
        },
        select: { id: true },
      }),
    ),
  );
  await prisma.$disconnect();

  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: dbUrl,
    PUBLIC_URL: base,
    AUTH_SECRET: secret,
    STORAGE_DIR: storageDir,
    SMTP_URL: '',
    REDIS_URL: '',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: distDir('test'),
    PAGE_CACHE_TO_DISK: '0',
  };
  // Hold the port while a build runs (minutes), so a parallel run cannot take it meanwhile.
  const holder = net.createServer();
  await new Promise<void>((resolve, reject) => holder.once('error', reject).listen(port, resolve));
  await buildIfNeeded(appEnv, distDir('test'));
  await new Promise((resolve) => holder.close(resolve));
  const serverLog: string[] = [];
  const startApp = async () => {
    const child = spawn(process.execPath, productionServerArgs(port, distDir('test')), {
      cwd: root,
      env: appEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const s of [child.stdout!, child.stderr!]) s.on('data', (c: Buffer) => serverLog.push(c.toString()));
    app = child;
    for (let i = 0; i < 600; i++) {
      if (child.exitCode !== null) throw new Error(`The app server stopped: ${serverLog.join('').slice(-2000)}`);
      const ok = await fetch(`${base}/vi`, { redirect: 'manual' }).then(
        (r) => r.status < 500,
        () => false,
      );
      if (ok) return;
      await sleep(100);
    }
    throw new Error('The app server did not start');
  };
  await startApp();

  const cookieOf = async (id: string) =>
    `authjs.session-token=${await encode({ token: { sub: id, sv: 0 }, secret, salt: 'authjs.session-token', maxAge: 3600 })}`;
  const cookies = await Promise.all(users.map((u) => cookieOf(u.id)));
  const photos = await Promise.all(Array.from({ length: 8 }, (_, i) => jpeg(640, 480, { seed: i + 1 })));
  const jobs: Job[] = [];
  for (let u = 0; u < ACCOUNTS; u++) {
    for (let n = 0; n < REPORTS_EACH; n++) {
      const count = 1 + ((u + n) % 2);
      jobs.push({
        userId: users[u]!.id,
        cookie: cookies[u]!,
        key: randomBytes(12).toString('hex'),
        title: `Phản ánh số ${n + 1} của cư dân ${u}`,
        photos: Array.from({ length: count }, (_, k) => photos[(u * 3 + n + k) % photos.length]!),
      });
    }
  }
  jobs.sort(() => Math.random() - 0.5);

  // --- the outages -------------------------------------------------------------------------------
  const tally: Tally = { answers: new Map(), acked: new Map(), gaveUp: [], state: 'normal' };
  const restarts: { what: string; downMs: number; recoveryMs: number }[] = [];
  const probeJob: Job = {
    userId: users[ACCOUNTS]!.id,
    cookie: cookies[ACCOUNTS]!,
    key: randomBytes(12).toString('hex'),
    title: 'Thăm dò',
    photos: [photos[0]!],
  };
  const probeTally: Tally = { answers: new Map(), acked: new Map(), gaveUp: [], state: 'normal' };
  await sendWithRetries(base, probeJob, probeTally, 30);
  const probeCode = probeTally.acked.get(probeJob.key);
  if (!probeCode) throw new Error('The first report could not be filed');
  // Back = a page that reads the session and the report from the database answers again.
  const probe = async (): Promise<number> => {
    const from = Date.now();
    while (Date.now() - from < 60_000) {
      const res = await fetch(`${base}/vi/phan-anh/${probeCode}`, {
        headers: { cookie: probeJob.cookie },
        redirect: 'manual',
        signal: AbortSignal.timeout(5000),
      }).catch(() => null);
      await res?.arrayBuffer().catch(() => undefined);
      if (res?.status === 200) return Date.now() - from;
      await sleep(50);
    }
    return Infinity;
  };
  const waitForAcks = async (n: number) => {
    while (tally.acked.size < n && tally.acked.size + tally.gaveUp.length < jobs.length) await sleep(20);
  };
  const postmasterPid = () => Number(readFileSync(path.join(pgDir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const killDatabase = async (label: string, duringCommit: boolean, downMs: number) => {
    if (duringCommit) {
      // Strike while a report transaction is between its last insert and its COMMIT's answer.
      const watcher = new pg.Client({ connectionString: dbUrl });
      await watcher.connect();
      const until = Date.now() + 10_000;
      while (Date.now() < until) {
        const { rows } = await watcher.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
             AND (state = 'idle in transaction' OR query ILIKE 'COMMIT%' OR query ILIKE '%INSERT INTO "public"."ReportPhoto"%')`,
        );
        if (rows[0]!.n > 0) break;
      }
      void watcher.end().catch(() => undefined);
    }
    const pid = postmasterPid();
    tally.state = 'database down';
    const downAt = Date.now();
    process.kill(pid, 'SIGQUIT'); // what `pg_ctl stop -m immediate` sends
    while (isAlive(pid)) await sleep(10);
    log(`${label}: PostgreSQL killed (immediate shutdown)`);
    await sleep(downMs);
    database = await startEmbeddedPostgres(pgDir, 'chaos', { preferredPort: dbPort, quiet: true });
    if (database.port !== dbPort) throw new Error('PostgreSQL came back on another port');
    const upAt = Date.now();
    tally.state = 'recovering';
    const recoveryMs = await probe();
    tally.state = 'normal';
    restarts.push({ what: label, downMs: upAt - downAt, recoveryMs });
    log(`${label}: PostgreSQL back after ${upAt - downAt} ms; the portal answered again ${recoveryMs} ms later`);
  };
  const killApp = async () => {
    tally.state = 'app down';
    const downAt = Date.now();
    const exited = new Promise((r) => app!.once('exit', r));
    app!.kill('SIGKILL');
    await exited;
    log('App server killed (SIGKILL)');
    await startApp();
    tally.state = 'normal';
    restarts.push({ what: 'app server SIGKILL', downMs: Date.now() - downAt, recoveryMs: await probe() });
    log(`App server back after ${Date.now() - downAt} ms`);
  };
  const chaos = (async () => {
    await waitForAcks(40);
    await killDatabase('PostgreSQL kill 1 (during commits)', true, 1000);
    await waitForAcks(130);
    await killApp();
    await waitForAcks(210);
    await killDatabase('PostgreSQL kill 2', false, 2500);
  })();

  log(`Filing ${jobs.length} reports from ${ACCOUNTS} accounts, ${CONCURRENCY} at a time…`);
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await sendWithRetries(base, job, tally, 200);
    }),
  );
  await chaos;
  log(`Load done: ${tally.acked.size} acknowledged, ${tally.gaveUp.length} given up`);

  // --- after: a sweep, then the checks -----------------------------------------------------------
  const { sweepUploads } = await import('../server/reports/sweep');
  const swept = await sweepUploads({ now: new Date(Date.now() + 2 * 60 * 60 * 1000) });
  const { db } = await import('../server/db');
  await db.$disconnect();
  const { check } = await import('./lib/chaos-checks');
  const result = await check({
    base,
    dbUrl,
    storageDir,
    jobs,
    tally,
    users: users.slice(0, ACCOUNTS).map((u) => u.id),
  });
  failures.push(...result.failures);

  const count = (pred: (k: string) => boolean) =>
    [...tally.answers.entries()].filter(([k]) => pred(k)).reduce((a, [, n]) => a + n, 0);
  const lostAcks = serverLog.join('').split('the commit’s answer was lost but the report is stored').length - 1;
  const rows: [string, string | number][] = [
    ['Submissions (accounts × reports)', `${jobs.length} (${ACCOUNTS} × ${REPORTS_EACH}), ${CONCURRENCY} at a time`],
    ['Acknowledged (201/200)', tally.acked.size],
    ['Given up by clients', tally.gaveUp.length],
    ...[...tally.answers.entries()].sort().map(([k, n]): [string, number] => [`  answers: ${k}`, n]),
    ['Commit answers lost, report found (server log)', lostAcks],
    ['Acknowledged and stored exactly once', result.storedOnce],
    ['Acknowledged photos readable (display + thumb)', `${result.photosReadable} / ${result.photosExpected}`],
    ['Reports no client was told about', result.untold],
    ['  of which returned by a replay of their key', result.untoldReturned],
    ['Photo rows without files', result.rowsWithoutFiles],
    ['Files without a row', result.filesWithoutRow],
    ['Temporary files left', result.tmpLeft],
    ['Final sweep: promoted / deleted / marked missing', `${swept.promoted} / ${swept.deleted} / ${swept.missing}`],
    ['500 answers', count((k) => k.includes(' 500'))],
    ['  of which with an empty body (framework default)', count((k) => k.endsWith(' 500 empty'))],
    ['503 without Retry-After', count((k) => k.includes('503 without Retry-After'))],
    ...restarts.map((r): [string, string] => [
      `${r.what}`,
      `down ${r.downMs} ms, serving again ${r.recoveryMs} ms after restart`,
    ]),
    ['Total time', `${((Date.now() - started) / 1000).toFixed(1)} s`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\n${'Chaos test'.padEnd(width)} | Count\n${'-'.repeat(width)}-|------`);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)} | ${v}`);

  if (tally.gaveUp.length)
    failures.push(
      `${tally.gaveUp.length} submissions were never acknowledged (${tally.gaveUp.slice(0, 3).join('; ')})`,
    );
  const outageAnswers = [...tally.answers.entries()].filter(
    ([k]) => (k.includes(' 500') || k.includes('without Retry-After')) && !k.startsWith('normal'),
  );
  for (const [k, n] of outageAnswers)
    failures.push(`During outages: ${n} × ${k} (only 503 with Retry-After or a refused connection are allowed)`);
  const normal500 = count((k) => k.startsWith('normal') && k.includes(' 500'));
  if (normal500) failures.push(`${normal500} answers of 500 outside outages`);
  const otherBad = [...tally.answers.entries()].filter(([k]) => / (4\d\d)\b/.test(k));
  for (const [k, n] of otherBad) failures.push(`${n} × ${k}`);
  for (const r of restarts)
    if (r.what.startsWith('PostgreSQL') && r.recoveryMs > RECOVERY_LIMIT_MS)
      failures.push(
        `${r.what}: service back only ${r.recoveryMs} ms after the database (limit ${RECOVERY_LIMIT_MS} ms)`,
      );
  if (!failures.length) return 0;
  const logLines = serverLog
    .join('')
    .split('\n')
    .filter((l) => l.trim());
  console.error(`\nLast lines of the app server's log:\n${logLines.slice(-30).join('\n')}`);
  console.error(`\nFAILED:\n- ${failures.join('\n- ')}`);
  return 1;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

runScript(main, cleanup);
