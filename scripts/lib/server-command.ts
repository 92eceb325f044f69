// How the production server is started (scripts/serve.ts, compiled next to the build by
// buildIfNeeded(): Next.js behind the front cache of public pages), shared by npm start, the
// end-to-end tests and the benchmarks so they all run and measure the same server. Run it with
// `cwd` at the project root and NODE_ENV=production, NEXT_DIST_DIR=dist in the environment.
import path from 'node:path';
import { root } from './project';
import { SERVER_ENTRY } from './build';

export function productionServerArgs(port: number | string, dist: string): string[] {
  return [path.join(root, dist, SERVER_ENTRY), '--port', String(port)];
}
