// bench/floor-app, the smallest App Router site with the portal's Next.js and React, built and
// started with `next start` in a folder of its own (inside the repository Next.js would take the
// portal's proxy and instrumentation into it). node_modules is hard-linked: Turbopack resolves
// nothing outside the folder it builds. Used by bench:lighthouse --floor and bench:floor.
import { cpSync } from 'node:fs';
import path from 'node:path';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { freePort } from '../../scripts/lib/embedded-pg';
import { root } from '../../scripts/lib/project';
import { waitFor } from './measure';

const run = promisify(execFile);
const FLOOR_APP = path.join(root, 'bench', 'floor-app');

/** Builds the floor app under `tmp` and serves it; `stop()` ends the server. */
export async function startFloorApp(tmp: string): Promise<{ base: string; pid: number; stop: () => void }> {
  const dir = path.join(tmp, 'floor-app');
  cpSync(FLOOR_APP, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.next`) });
  await run('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
  const next = path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  await run(process.execPath, [next, 'build'], { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 });
  const port = await freePort();
  const server = spawn(process.execPath, [next, 'start', '--port', String(port)], {
    cwd: dir,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://localhost:${port}`;
  await waitFor(`${base}/`);
  return { base, pid: server.pid!, stop: () => server.kill('SIGTERM') };
}
