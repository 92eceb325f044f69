// npm test [unit] [integration] [e2e] — every suite by default.
// Each run gets its own databases: on DATABASE_URL's server when it is set (fresh databases are
// created there and dropped afterwards; nothing else on that server is touched), otherwise on an
// embedded PostgreSQL in a temporary folder. The end-to-end tests run in Chromium against a
// production build (.next-test), rebuilt only when the sources change.
import { chmodSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { applyMigrations } from './lib/migrate';
import { buildIfNeeded, distDir } from './lib/build';
import { productionServerArgs } from './lib/server-command';
import { findBrowser, NO_BROWSER_MESSAGE } from './lib/browser';
import { freePort, startEmbeddedPostgres, type EmbeddedDb } from './lib/embedded-pg';
import { root } from './lib/project';
import { scriptClient } from './lib/db-client';
import { seed } from '../prisma/seed';
import type { OidcServer } from '../tests/support/oidc-server';

type Suite = 'unit' | 'integration' | 'e2e';
const all: Suite[] = ['unit', 'integration', 'e2e'];
const requested = process.argv.slice(2).filter((a): a is Suite => (all as string[]).includes(a));
const suites = requested.length ? requested : all;
// Anything else is passed to Playwright (a file name or --grep), e.g. `npm run test:e2e -- procedures`,
// or, when the end-to-end suite is not requested, to Vitest as file filters (`npm run test:integration -- report-upload`).
const extraArgs = process.argv.slice(2).filter((a) => !(all as string[]).includes(a));
const playwrightArgs = suites.includes('e2e') ? extraArgs : [];
const vitestFilters = suites.includes('e2e') ? [] : extraArgs;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'cds-test-'));
// The embedded PostgreSQL runs as its own system user when we are root: it must reach the folder.
chmodSync(tmp, 0o755);
const cleanups: (() => Promise<void>)[] = [];
const totals = { passed: 0, failed: 0, skipped: 0 };

function log(message: string) {
  console.log(`\n▶ ${message}`);
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The server that holds this run's databases, and a way to create a fresh one on it. */
async function databaseServer(): Promise<{ adminUrl: string; create: (label: string) => Promise<string> }> {
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    const embedded: EmbeddedDb = await startEmbeddedPostgres(path.join(tmp, 'postgres'), 'postgres', { quiet: true });
    cleanups.push(() => embedded.stop());
    adminUrl = embedded.url;
  }
  const run = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  return {
    adminUrl,
    async create(label) {
      const name = `cds_test_${label}_${run}`;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`CREATE DATABASE "${name}"`);
      await client.end();
      // Only databases this run created are ever dropped.
      cleanups.push(async () => {
        const c = new pg.Client({ connectionString: adminUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      });
      const url = withDatabase(adminUrl, name);
      await applyMigrations(url);
      return url;
    },
  };
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

function countVitest(file: string) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + r.numTodoTests;
}

function countPlaywright(file: string) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  totals.passed += r.stats.expected + r.stats.flaky;
  totals.failed += r.stats.unexpected;
  totals.skipped += r.stats.skipped;
}

async function vitest(project: 'unit' | 'integration', env: NodeJS.ProcessEnv): Promise<number> {
  const json = path.join(tmp, `vitest-${project}.json`);
  const code = await run(
    process.execPath,
    [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', project, ...vitestFilters],
    { ...env, VITEST_JSON: json },
  );
  countVitest(json);
  if (code !== 0 && !existsSync(json)) totals.failed += 1;
  return code;
}

async function waitFor(url: string, server: ChildProcess, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (server.exitCode !== null) throw new Error('The portal server stopped before it was ready.');
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The portal server did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

async function e2e(server: Awaited<ReturnType<typeof databaseServer>>, baseEnv: NodeJS.ProcessEnv): Promise<number> {
  const browser = await findBrowser();
  if (!browser) {
    console.error(NO_BROWSER_MESSAGE);
    totals.failed += 1;
    return 1;
  }
  const url = await server.create('e2e');
  const db = scriptClient(url);
  await seed(db);
  await db.$disconnect();

  // A stable port when free, so the build (whose cached pages carry the address) is reused.
  const port = await freePort(43100);
  // Hold the port while the build runs (minutes), so a parallel run cannot take it meanwhile.
  const holder = net.createServer();
  await new Promise<void>((resolve, reject) => holder.once('error', reject).listen(port, resolve));
  const oidcPort = await freePort();
  const baseURL = `http://localhost:${port}`;
  const { startOidcProvider } = await import('../tests/support/oidc-server');
  const oidc: OidcServer = await startOidcProvider(oidcPort, `${baseURL}/api/auth/callback/oidc`);
  cleanups.push(() => oidc.close());

  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    NODE_ENV: 'production',
    DATABASE_URL: url,
    PUBLIC_URL: baseURL,
    OIDC_ISSUER: oidc.issuer,
    OIDC_CLIENT_ID: oidc.clientId,
    OIDC_CLIENT_SECRET: oidc.clientSecret,
    OIDC_NAME: 'VNeID',
    SMTP_URL: '',
    REDIS_URL: '',
    // Each end-to-end test plays a separate client by its X-Forwarded-For, as a proxy in front of
    // the portal would write it; tests/e2e/client-address.spec.ts checks the server without one.
    TRUST_PROXY: '1',
    // One worker: the tests read the front cache's state from one process (tests/e2e/front-cache.spec.ts);
    // tests/e2e/instances.spec.ts starts a server with several.
    WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? '1',
  };
  await buildIfNeeded(env, distDir('test'));
  await new Promise((resolve) => holder.close(resolve));
  const next = spawn(process.execPath, productionServerArgs(port, distDir('test')), {
    cwd: root,
    // A minute in the front cache instead of two seconds: a page still stale after a save shows up in the tests.
    // Refreshed pages in memory only: the next run starts again from the build's pages.
    env: { ...env, NEXT_DIST_DIR: distDir('test'), FRONT_CACHE_TTL_MS: '60000', PAGE_CACHE_TO_DISK: '0' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  cleanups.push(async () => {
    if (next.exitCode === null) {
      next.kill('SIGTERM');
      await new Promise((r) => next.once('exit', r));
    }
  });
  await waitFor(`${baseURL}/vi`, next);

  const json = path.join(tmp, 'playwright.json');
  // The tests make their data with the server's own code (tests/support/data.ts): Playwright's
  // workers load it as the server does, with the react-server condition and TypeScript through tsx.
  const nodeFlags = ['--conditions=react-server', '--import', 'tsx'];
  const code = await run(
    process.execPath,
    [...nodeFlags, path.join(root, 'node_modules/@playwright/test/cli.js'), 'test', ...playwrightArgs],
    {
      ...env,
      BASE_URL: baseURL,
      CHROME_PATH: browser,
      E2E_DATABASE_URL: url,
      PLAYWRIGHT_JSON_OUTPUT_NAME: json,
      PLAYWRIGHT_OUTPUT_DIR: path.join(root, 'test-results', `run-${process.pid}`),
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    },
  );
  countPlaywright(json);
  if (code !== 0 && !existsSync(json)) totals.failed += 1;
  return code;
}

async function main(): Promise<number> {
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    NEXT_TELEMETRY_DISABLED: '1',
    // Photos written by a run stay in its temporary folder, removed at the end.
    STORAGE_DIR: path.join(tmp, 'uploads'),
    // Mail stays in the run's database, where the tests read it (the outbox page answers only a
    // browser on this machine: docs/decisions/016-mail-outbox.md); nothing is ever sent.
    SMTP_URL: '',
    MAIL_OUTBOX: '1',
  };
  let failed = false;
  if (suites.includes('unit')) {
    log('Unit tests');
    failed =
      (await vitest('unit', { ...baseEnv, DATABASE_URL: 'postgresql://unit-tests-use-no-database/none' })) !== 0 ||
      failed;
  }
  if (suites.includes('integration') || suites.includes('e2e')) {
    log(
      process.env.DATABASE_URL ? 'Databases on DATABASE_URL’s server' : 'Starting an embedded PostgreSQL for this run',
    );
    const server = await databaseServer();
    if (suites.includes('integration')) {
      log('Integration tests (real PostgreSQL)');
      const url = await server.create('int');
      failed =
        (await vitest('integration', { ...baseEnv, DATABASE_URL: url, TEST_ADMIN_DATABASE_URL: server.adminUrl })) !==
          0 || failed;
    }
    if (suites.includes('e2e')) {
      log('End-to-end tests (Chromium against the production build)');
      failed = (await e2e(server, baseEnv)) !== 0 || failed;
    }
  }
  return failed ? 1 : 0;
}

async function cleanup() {
  for (const c of cleanups.reverse())
    await c().catch((e: unknown) => console.error('cleanup:', e instanceof Error ? e.message : e));
  rmSync(tmp, { recursive: true, force: true });
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    totals.failed += 1;
    return 1;
  })
  .then(async (code) => {
    await cleanup();
    console.log(
      `\nTotal: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
    );
    process.exit(code === 0 && totals.failed === 0 ? 0 : 1);
  });

process.on('SIGINT', () => {
  void cleanup().then(() => process.exit(130));
});
