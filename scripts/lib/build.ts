// Builds the production bundle only when the sources changed since the last build.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { nextCli, root } from './project';
import { distDir, SERVER_ENTRY, WORKER_ENTRY } from './server-command';

export { distDir, SERVER_ENTRY, WORKER_ENTRY };
import { compressStaticAssets } from '../../server/http/static-assets';

const inputs = [
  'app',
  'components',
  'lib',
  'server',
  'i18n',
  'messages',
  'public',
  'generated',
  'next.config.ts',
  'proxy.ts',
  'instrumentation.ts',
  'tsconfig.json',
  'postcss.config.mjs',
  '.browserslistrc',
  'package-lock.json',
  'global.d.ts',
  'scripts/serve.ts',
  'scripts/serve-worker.ts',
  'scripts/lib/web-concurrency.ts',
];

function walk(p: string, out: string[]) {
  if (!existsSync(p)) return;
  const s = statSync(p);
  if (s.isDirectory()) for (const e of readdirSync(p).sort()) walk(path.join(p, e), out);
  else out.push(p);
}

/** The sources, and the one setting baked into cached pages (their absolute canonical URLs). */
export function sourceHash(publicUrl = ''): string {
  const files: string[] = [];
  for (const i of inputs) walk(path.join(root, i), files);
  const h = createHash('sha256').update(`PUBLIC_URL=${publicUrl}\0`);
  for (const f of files) h.update(path.relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

/** Runs `next build` unless `dist` already holds a build of exactly these sources. */
export async function buildIfNeeded(env: NodeJS.ProcessEnv, dist: string): Promise<boolean> {
  const stamp = path.join(root, dist, 'SOURCE_HASH');
  const hash = sourceHash(env.PUBLIC_URL);
  if (
    existsSync(path.join(root, dist, 'BUILD_ID')) &&
    existsSync(path.join(root, dist, SERVER_ENTRY)) &&
    existsSync(path.join(root, dist, WORKER_ENTRY)) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === hash
  )
    return false;
  const started = Date.now();
  console.log(`Building the production bundle into ${dist}/ …`);
  await run(process.execPath, [nextCli(), 'build'], { ...env, NEXT_DIST_DIR: dist });
  await buildServerEntry(dist);
  // Scripts, stylesheets and the like get their Brotli and gzip copies once, here.
  const compressed = compressStaticAssets(path.join(root, dist));
  console.log(
    `Compressed ${compressed.files} build files: ${Math.round(compressed.bytes / 1024)} KB, Brotli ${Math.round(compressed.br / 1024)} KB, gzip ${Math.round(compressed.gzip / 1024)} KB.`,
  );
  writeFileSync(stamp, hash);
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}

/**
 * scripts/serve.ts compiled to one plain JavaScript file (packages stay imports from node_modules):
 * the server then runs on bare Node.js, without a TypeScript loader in the process, which would
 * cost it about 75 MB of memory.
 */
export async function buildServerEntry(dist: string): Promise<void> {
  // Two files: the process that hands connections to the workers loads neither Next.js nor the app.
  await build({
    entryPoints: [
      { in: path.join(root, 'scripts/serve.ts'), out: SERVER_ENTRY.replace(/\.mjs$/, '') },
      { in: path.join(root, 'scripts/serve-worker.ts'), out: WORKER_ENTRY.replace(/\.mjs$/, '') },
    ],
    outdir: path.join(root, dist),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}

export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `${path.basename(args[0] ?? cmd)} ${args.slice(1).join(' ')} failed (${signal ?? `exit ${code}`})`,
            ),
          ),
    );
  });
}
