// npm start / npm run dev: bundles the supervisor (scripts/start.ts and the few helpers it uses) to
// plain JavaScript with esbuild and runs it on bare Node.js. A TypeScript loader would stay in the
// supervisor's memory for as long as the server runs (about 50 MB of its 94), for nothing: the
// supervisor only waits (docs/decisions/030-speed.md). Packages stay imports from node_modules.
// The bundle lives in node_modules/.cache/, two folders below the project, as scripts/lib/project.ts
// expects of its own file when it finds the project folder.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'node_modules', '.cache', `cds-start-${process.pid}.mjs`);
mkdirSync(path.dirname(outfile), { recursive: true });
const esbuild = await import('esbuild');
await esbuild.build({
  entryPoints: [path.join(root, 'scripts/start.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
await esbuild.stop();
const { rmSync } = await import('node:fs');
// Loaded once; the file is not needed after that.
const loaded = import(pathToFileURL(outfile).href);
await loaded.finally(() => rmSync(outfile, { force: true }));
