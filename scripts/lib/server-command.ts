// How the production server is started (scripts/serve.ts, compiled next to the build by
// buildIfNeeded(): one worker per core, each Next.js behind the front cache of public pages), shared
// by npm start, the end-to-end tests and the benchmarks so they all run and measure the same server.
// Run it with `cwd` at the project root and NODE_ENV=production, NEXT_DIST_DIR=dist in the
// environment (WEB_CONCURRENCY: the number of workers). No heavy import here: npm start's
// supervisor loads this module and stays small (docs/decisions/030-speed.md).
import path from 'node:path';
import { root } from './project';

/** The production server's entry, compiled next to the build with its worker (scripts/lib/build.ts). */
export const SERVER_ENTRY = 'serve.mjs';
export const WORKER_ENTRY = 'serve-worker.mjs';

export function distDir(kind: 'app' | 'test' = 'app'): string {
  return kind === 'test' ? '.next-test' : '.next';
}

export function productionServerArgs(port: number | string, dist: string): string[] {
  return [path.join(root, dist, SERVER_ENTRY), '--port', String(port)];
}
