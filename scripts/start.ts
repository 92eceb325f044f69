// npm start: the whole portal with one command.
//   1. a PostgreSQL: DATABASE_URL if set, otherwise an embedded one kept in .data/postgres
//   2. pending migrations, and demo data into an empty database
//   3. a production build if the sources changed since the last one
//   4. the production server (scripts/serve.ts: Next.js behind the front cache of public pages) on
//      PORT (3000); Ctrl-C stops the server and then the database, cleanly.
// `npm run dev` does the same with `next dev`.
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { isLoopbackUrl, mailDeliveryWarning, parseEnv } from '../lib/env-schema';
import { applyMigrations } from './lib/migrate';
import { buildIfNeeded, distDir } from './lib/build';
import { productionServerArgs } from './lib/server-command';
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
import { scriptClient } from './lib/db-client';
import { isEmpty, seed } from '../prisma/seed';

const dev = process.argv.includes('--dev');
let embedded: EmbeddedDb | undefined;
let server: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
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
  // One clear line per configuration mistake, before anything else happens.
  const parsed = parseEnv(env);
  // The production server prints this itself; `next dev` does not run it.
  const mailWarning = dev ? mailDeliveryWarning(parsed) : null;
  if (mailWarning) console.warn(mailWarning);

  const applied = await applyMigrations(env.DATABASE_URL!);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  const db = scriptClient(env.DATABASE_URL!);
  try {
    if (await isEmpty(db)) {
      const { users } = await seed(db);
      console.log(`Seeded demo data (${users} accounts; see README).`);
    }
  } finally {
    await db.$disconnect();
  }

  const next = nextCli();
  if (!dev) await buildIfNeeded(env, distDir('app'));
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
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
