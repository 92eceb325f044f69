// How the production server is started (scripts/serve.ts: Next.js behind the front cache of public
// pages), shared by npm start, the end-to-end tests and the benchmarks so they all measure and test
// the same server. The environment must carry NODE_ENV=production and NEXT_DIST_DIR.
import path from 'node:path';
import { root } from './project';

export function productionServerArgs(port: number | string): string[] {
  return ['--import', 'tsx', path.join(root, 'scripts/serve.ts'), '--port', String(port)];
}
