// npm start: the whole portal with one command.
//   1. a PostgreSQL: DATABASE_URL if set, otherwise an embedded one kept in .data/postgres
//   2. pending migrations, and demo data into an empty database
//   3. a production build if the sources changed since the last one
//   4. the production server (scripts/serve.ts: a worker per core, WEB_CONCURRENCY to choose, each
//      Next.js behind the front cache of public pages) on PORT (3000); Ctrl-C stops the server and
//      then the database, cleanly.
// `npm run dev` does the same with `next dev`.
// This process only supervises: steps 2 and 3 run in a child process (scripts/prepare.ts), and it is
// bundled to plain JavaScript by scripts/start.mjs, so it holds no TypeScript loader, Prisma or build
// tool while it waits for the server (under 80 MB resident; docs/decisions/030-speed.md).
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { isLoopbackUrl } from '../lib/loopback';
import { distDir, productionServerArgs } from './lib/server-command';
import { startEmbeddedPostgres, type EmbeddedDb } from './lib/embedded-pg';
import {
  dataDir,
  EMBEDDED_DB_NAME,
  EMBEDDED_PREFERRED_PORT,
  ensureDataDir,
  localSecret,
  nextCli,
  root,
} from './lib/project';

const dev = process.argv.includes('--dev');
let embedded: EmbeddedDb | undefined;
let server: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (preparing && preparing.exitCode === null) {
    preparing.kill('SIGTERM');
    await new Promise((r) => preparing?.once('exit', r));
  }
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server!.once('exit', r));
  }
  if (embedded) {
    console.log('Stopping the embedded PostgreSQL …');
    await embedded.stop().catch((e: unknown) => console.error(e));
  }
  process.exit(code);
}

/** The TypeScript runner's program (tsx), as its package.json's "bin" names it. */
function tsxCli(): string {
  const manifest = createRequire(path.join(root, 'package.json')).resolve('tsx/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin?: string | Record<string, string> };
  const entry = typeof bin === 'string' ? bin : bin?.tsx;
  if (!entry) throw new Error(`${manifest} names no "tsx" program in its "bin".`);
  return path.resolve(path.dirname(manifest), entry);
}

let preparing: ChildProcess | undefined;

/** Runs scripts/prepare.ts with this environment; fails with its exit code. */
function prepare(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [tsxCli(), '--conditions=react-server', path.join(root, 'scripts/prepare.ts'), ...(dev ? ['--dev'] : [])],
      { cwd: root, env, stdio: 'inherit' },
    );
    preparing = child;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      preparing = undefined;
      if (code === 0) resolve();
      // It printed its reason (a configuration mistake, a failed migration or build).
      else reject(new PreparationFailed(code ?? (signal ? 1 : 1)));
    });
  });
}

class PreparationFailed extends Error {
  constructor(readonly code: number) {
    super('');
  }
}

async function main() {
  const started = Date.now();
  ensureDataDir();
  const port = process.env.PORT ?? '3000';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: dev ? 'development' : 'production',
    PORT: port,
    AUTH_SECRET: process.env.AUTH_SECRET ?? localSecret(),
    PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
  };
  // Without an SMTP server, a portal only this machine reaches keeps its mail for the outbox page
  // (docs/decisions/016-mail-outbox.md); anywhere else mail needs SMTP_URL (serve.ts warns).
  if (!env.SMTP_URL && env.MAIL_OUTBOX === undefined && isLoopbackUrl(env.PUBLIC_URL!)) env.MAIL_OUTBOX = '1';
  if (!env.DATABASE_URL) {
    console.log(`Starting the embedded PostgreSQL (data in ${path.relative(root, dataDir) || '.'}/postgres) …`);
    embedded = await startEmbeddedPostgres(path.join(dataDir, 'postgres'), EMBEDDED_DB_NAME, {
      preferredPort: EMBEDDED_PREFERRED_PORT,
    });
    env.DATABASE_URL = embedded.url;
    console.log(`PostgreSQL is listening on 127.0.0.1:${embedded.port}.`);
  }
  // Configuration check, migrations, demo data and the build, in a process of their own.
  await prepare(env);

  const next = nextCli();
  server = spawn(process.execPath, dev ? [next, 'dev', '-p', port] : productionServerArgs(port, distDir('app')), {
    cwd: root,
    // glibc gives each thread decoding photos (sharp) its own malloc arena and keeps their peaks:
    // two arenas keep a server with 8 uploads at once near 330 MB instead of 500+ (docs/decisions/007).
    env: { MALLOC_ARENA_MAX: '2', ...env, NEXT_DIST_DIR: dev ? '.next-dev' : distDir('app') },
    stdio: 'inherit',
  });
  server.on('exit', (code) => {
    if (!stopping) void shutdown(code ?? 1);
  });
  console.log(`Công dân số: ${env.PUBLIC_URL} (ready steps took ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

main().catch(async (error: unknown) => {
  if (error instanceof PreparationFailed) return shutdown(error.code);
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
