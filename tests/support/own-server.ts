// A production server of a test's own (the build under test, .next-test/serve.mjs, as scripts/test.ts
// starts the shared one), for settings the shared server does not have: another database address,
// another PUBLIC_URL, no proxy in front. Its output is collected for tests that read the log.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freeTcpPort } from './db-proxy';

const root = path.resolve(__dirname, '../..');

export type OwnServer = {
  base: string;
  /** Everything the server printed so far. */
  output: () => string;
  stop: () => Promise<void>;
};

/** Starts the server with the test run's environment plus `env` (PUBLIC_URL is its own address unless given), and waits until it is ready. */
export async function startOwnServer(
  env: Record<string, string | undefined> = {},
  { host = 'localhost' } = {},
): Promise<OwnServer> {
  const port = await freeTcpPort();
  const base = `http://${host}:${port}`;
  let output = '';
  const server: ChildProcess = spawn(
    process.execPath,
    [path.join(root, '.next-test', 'serve.mjs'), '--port', String(port)],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_DIST_DIR: '.next-test',
        FRONT_CACHE_TTL_MS: '60000',
        PAGE_CACHE_TO_DISK: '0',
        PUBLIC_URL: base,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  server.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  };
  for (let i = 0; i < 400; i++) {
    if (server.exitCode !== null) break;
    if (/ready on/.test(output)) return { base, output: () => output, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`The server did not start:\n${output}`);
}
