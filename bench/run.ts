// npm run bench — builds (if needed), starts the production server with demo data on a database
// of its own, and measures side by side, in one run, requests per second and p50/p99 latency of:
//   - a static file served by the same server (the page's CSS bundle)
//   - the home page and a procedure page (cached, static Content-Security-Policy; served from the
//     front cache of public pages, server/http/front-cache.ts)
//   - the privacy page (cached, static CSP) and the forgot-password page (rendered per request
//     with a nonce CSP): the two ways of applying a CSP, on pages of similar weight
//   - robots.txt: a tiny cached route that the proxy and the front cache do not see
//   - the static file and the procedure page on a second server with its front cache off
//     (FRONT_CACHE=off: Next.js alone), each ratio within its own server
// `-- --variants` adds the static file and the procedure page without compression, and the page
// requested with the language cookie already set.
// Each target also gets the CPU time its server process spent per request (median of rounds), a
// figure the other load on a shared machine disturbs less than requests per second.
// Rounds are interleaved so that drift on a shared machine hits every target alike; ratios are the
// figures to compare: each ratio is taken within a round, and the median over rounds is reported.
// Before measuring, the procedure page must come from the full-route cache (x-nextjs-cache: HIT).
// Results are written to bench/results/http-<timestamp>.json.
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { applyMigrations } from '../scripts/lib/migrate';
import { buildIfNeeded, distDir } from '../scripts/lib/build';
import { productionServerArgs } from '../scripts/lib/server-command';
import { freePort, startEmbeddedPostgres } from '../scripts/lib/embedded-pg';
import { scriptClient } from '../scripts/lib/db-client';
import { root } from '../scripts/lib/project';
import { seed } from '../prisma/seed';
import { load, type LoadResult } from './lib/load';
import { cpuMs, median } from './lib/measure';
import { writeResult } from './lib/results';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const concurrency = arg('concurrency', 10);
const seconds = arg('seconds', 5);
const rounds = arg('rounds', 3);
// --variants: also the static file and the procedure page without compression, and the page with the
// language cookie already set (a returning visitor: no Set-Cookie in the answer).
const variants = process.argv.includes('--variants');
const PROCEDURE_PAGE = '/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh';

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cds-bench-'));
  chmodSync(tmp, 0o755);
  const pgServer = await startEmbeddedPostgres(path.join(tmp, 'pg'), 'bench', { quiet: true });
  const servers: ReturnType<typeof spawn>[] = [];
  try {
    await applyMigrations(pgServer.url);
    const db = scriptClient(pgServer.url);
    await seed(db);
    await db.$disconnect();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const plainPort = await freePort();
    const plain = `http://127.0.0.1:${plainPort}`;
    const env = {
      ...process.env,
      NODE_ENV: 'production' as const,
      DATABASE_URL: pgServer.url,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      // The address baked into cached pages: the same as npm start's, so its build is reused.
      PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:3000',
      NEXT_TELEMETRY_DISABLED: '1',
      // One process per server: the CPU time per request is read from that process (bench/pages.ts
      // measures several workers).
      WEB_CONCURRENCY: '1',
    };
    await buildIfNeeded(env, distDir('app'));
    // The production server, and the same server with its front cache off (Next.js alone) for comparison.
    for (const [p, frontCache] of [
      [port, 'on'],
      [plainPort, 'off'],
    ] as const) {
      servers.push(
        spawn(process.execPath, productionServerArgs(p, distDir('app')), {
          cwd: root,
          env: { ...env, NEXT_DIST_DIR: distDir('app'), FRONT_CACHE: frontCache },
          stdio: ['ignore', 'ignore', 'inherit'],
        }),
      );
    }
    for (const b of [base, plain]) {
      for (let i = 0; i < 300; i++) {
        try {
          if ((await fetch(`${b}/vi`)).ok) break;
        } catch {
          /* starting */
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const home = await (await fetch(`${base}/vi`)).text();
    const css = home.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
    if (!css) throw new Error('No stylesheet link found on the home page.');
    // The first request renders the page into the cache; the next ones must be cache hits.
    await (await fetch(`${base}${PROCEDURE_PAGE}`)).text();
    const probe = await fetch(`${base}${PROCEDURE_PAGE}`, { headers: { 'accept-encoding': 'gzip' } });
    const probeBody = await probe.arrayBuffer();
    const cacheState = probe.headers.get('x-nextjs-cache') ?? '(none)';
    const frontCacheState = probe.headers.get('x-front-cache') ?? '(none)';
    console.log(
      `${PROCEDURE_PAGE}: ${probe.status}, x-nextjs-cache ${cacheState}, x-front-cache ${frontCacheState}, cache-control ${probe.headers.get('cache-control')}, ${probeBody.byteLength} bytes`,
    );
    if (probe.status !== 200) throw new Error(`${PROCEDURE_PAGE} answered ${probe.status}.`);
    await (await fetch(`${plain}${PROCEDURE_PAGE}`)).text();
    const plainProbe = await fetch(`${plain}${PROCEDURE_PAGE}`, { headers: { 'accept-encoding': 'gzip' } });
    await plainProbe.arrayBuffer();
    console.log(
      `Front cache off: ${plainProbe.status}, x-nextjs-cache ${plainProbe.headers.get('x-nextjs-cache')}, x-front-cache ${plainProbe.headers.get('x-front-cache') ?? '(none)'}`,
    );
    const targets = {
      'static file (CSS)': `${base}${css}`,
      'home page /vi (cached, static CSP)': `${base}/vi`,
      'procedure page (cached, static CSP)': `${base}${PROCEDURE_PAGE}`,
      'privacy page (cached, static CSP)': `${base}/vi/chinh-sach-bao-mat`,
      'forgot-password page (per request, nonce CSP)': `${base}/vi/quen-mat-khau`,
      'robots.txt (cached route, no proxy)': `${base}/robots.txt`,
      'front cache off: static file (CSS)': `${plain}${css}`,
      'front cache off: procedure page': `${plain}${PROCEDURE_PAGE}`,
      ...(variants
        ? {
            'static file (CSS), no compression': `${base}${css}`,
            'procedure page, no compression': `${base}${PROCEDURE_PAGE}`,
            'procedure page, language cookie sent': `${base}${PROCEDURE_PAGE}`,
          }
        : {}),
    };
    const headersFor = (name: string): Record<string, string> =>
      name.endsWith('no compression')
        ? {}
        : name.endsWith('cookie sent')
          ? { 'accept-encoding': 'gzip', cookie: 'NEXT_LOCALE=vi' }
          : { 'accept-encoding': 'gzip' };
    for (const [name, url] of Object.entries(targets))
      await load(url, { concurrency, seconds: 1, headers: headersFor(name) }); // warm-up
    const results: Record<string, LoadResult[]> = {};
    const cpu: Record<string, number[]> = {};
    for (let r = 0; r < rounds; r++) {
      for (const [name, url] of Object.entries(targets)) {
        // CPU time the answering server process spent (all its threads, gzip included), per request.
        const pid = (url.startsWith(plain) ? servers[1] : servers[0])!.pid!;
        const before = cpuMs(pid);
        const result = await load(url, { concurrency, seconds, headers: headersFor(name) });
        (results[name] ??= []).push(result);
        (cpu[name] ??= []).push(result.requests ? ((cpuMs(pid) - before) * 1000) / result.requests : NaN);
      }
    }
    const summary = Object.fromEntries(
      Object.entries(results).map(([name, runs]) => {
        const requests = runs.reduce((s, x) => s + x.requests, 0);
        const bytes = runs.reduce((s, x) => s + x.bytes, 0);
        return [
          name,
          {
            rps: median(runs.map((x) => x.rps)),
            rpsPerRound: runs.map((x) => Math.round(x.rps)),
            cpuMicrosPerRequest: Math.round(median(cpu[name]!)),
            p50: median(runs.map((x) => x.p50)),
            p99: median(runs.map((x) => x.p99)),
            errors: runs.reduce((s, x) => s + x.errors, 0),
            requests,
            bytesPerResponse: requests ? Math.round(bytes / requests) : 0,
          },
        ];
      }),
    );
    // Ratios within each round (the targets of one round ran minutes apart at most), then the median.
    const ratio = (a: string, b: string) => median(results[a]!.map((x, i) => x.rps / results[b]![i]!.rps));
    const ratios = {
      'home / static file': ratio('home page /vi (cached, static CSP)', 'static file (CSS)'),
      'procedure page / static file': ratio('procedure page (cached, static CSP)', 'static file (CSS)'),
      'robots.txt / static file': ratio('robots.txt (cached route, no proxy)', 'static file (CSS)'),
      'front cache off: procedure page / static file': ratio(
        'front cache off: procedure page',
        'front cache off: static file (CSS)',
      ),
      'nonce page / static-CSP page': ratio(
        'forgot-password page (per request, nonce CSP)',
        'privacy page (cached, static CSP)',
      ),
      ...(variants
        ? {
            'procedure page / static file, both without compression': ratio(
              'procedure page, no compression',
              'static file (CSS), no compression',
            ),
            'procedure page with the cookie / static file': ratio(
              'procedure page, language cookie sent',
              'static file (CSS)',
            ),
          }
        : {}),
    };
    const loadAvg = os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
    console.log(
      `\nConcurrency ${concurrency}, ${rounds} interleaved rounds of ${seconds} s per target, ${os.cpus().length} cores, load average ${loadAvg} at the end; medians over rounds (gzip accepted)\n`,
    );
    console.log(
      'target'.padEnd(50),
      'req/s'.padStart(9),
      'p50 ms'.padStart(9),
      'p99 ms'.padStart(9),
      'errors'.padStart(7),
      'bytes'.padStart(8),
      'CPU µs'.padStart(8),
      '  req/s per round',
    );
    for (const [name, s] of Object.entries(summary)) {
      console.log(
        name.padEnd(50),
        s.rps.toFixed(0).padStart(9),
        s.p50.toFixed(1).padStart(9),
        s.p99.toFixed(1).padStart(9),
        String(s.errors).padStart(7),
        String(s.bytesPerResponse).padStart(8),
        String(s.cpuMicrosPerRequest).padStart(8),
        ' ',
        s.rpsPerRound.join(' '),
      );
    }
    console.log('');
    for (const [name, v] of Object.entries(ratios)) console.log(`ratio ${name}: ${v.toFixed(2)}`);
    const file = writeResult('http', {
      concurrency,
      seconds,
      rounds,
      procedurePage: { path: PROCEDURE_PAGE, cache: cacheState, bytes: probeBody.byteLength },
      frontCache: frontCacheState,
      summary,
      ratios,
    });
    console.log(`\nWritten: ${file}`);
  } finally {
    for (const server of servers) server.kill('SIGTERM');
    await pgServer.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
