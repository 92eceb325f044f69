// npm run bench:floor — what Next.js itself allows for a page rendered per request, on this machine,
// beside the portal's own figures (bench:pages). Builds bench/floor-app (no database, no
// translations, no session, no proxy; the portal's Next.js and React) and serves it with
// `next start`, then loads, in interleaved rounds, with 10 connections:
//   - its trivial route handler (a small JSON answer),
//   - its smallest page rendered per request (a heading, a paragraph, a link),
//   - a page rendered per request with as much HTML as a signed-in report page (57 KB: 119 links),
// and prints each page's requests per second as a ratio to the trivial handler in the same round
// (the ratio bench:pages reports for the portal's pages). Results in bench/results/floor-<timestamp>.json.
//   npm run bench:floor -- [--seconds=4] [--rounds=3] [--concurrency=10]
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadUrls, type LoadResult } from './lib/load';
import { median } from './lib/measure';
import { writeResult } from './lib/results';
import { startFloorApp } from './lib/floor-app';

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const concurrency = Number(option('concurrency') ?? 10);
const seconds = Number(option('seconds') ?? 4);
const rounds = Number(option('rounds') ?? 3);

const TARGETS: Record<string, string> = {
  'trivial route handler': '/api/trivial',
  'smallest page, per request': '/per-request',
  'page of a report page’s size, per request': '/per-request/list',
};

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cds-bench-floor-'));
  chmodSync(tmp, 0o755);
  const app = await startFloorApp(tmp);
  try {
    const headers = { 'accept-encoding': 'br, gzip' };
    for (const p of Object.values(TARGETS)) await loadUrls([app.base + p], { concurrency, seconds: 1, headers });
    const results: Record<string, LoadResult[]> = {};
    for (let r = 0; r < rounds; r++)
      for (const [name, p] of Object.entries(TARGETS))
        (results[name] ??= []).push(await loadUrls([app.base + p], { concurrency, seconds, headers }));
    const trivial = results['trivial route handler']!;
    // Uncompressed size of each answer, to compare with the portal's pages.
    const html: Record<string, number> = {};
    for (const [name, p] of Object.entries(TARGETS))
      html[name] = (
        await (await fetch(app.base + p, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer()
      ).byteLength;
    const summary = Object.fromEntries(
      Object.entries(results).map(([name, runs]) => [
        name,
        {
          rps: Math.round(median(runs.map((x) => x.rps))),
          p99: Number(median(runs.map((x) => x.p99)).toFixed(1)),
          bytes: Math.round(
            runs.reduce((a, x) => a + x.bytes, 0) /
              Math.max(
                1,
                runs.reduce((a, x) => a + x.requests, 0),
              ),
          ),
          errors: runs.reduce((a, x) => a + x.errors, 0),
          perTrivial: Number(median(runs.map((x, i) => x.rps / trivial[i]!.rps)).toFixed(2)),
          uncompressedBytes: html[name]!,
        },
      ]),
    );
    const loadAvg = os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
    console.log(
      `\nbench/floor-app with next start (one process), concurrency ${concurrency}, ${rounds} interleaved rounds of ${seconds} s, ${os.availableParallelism()} cores, load average ${loadAvg} at the end; Brotli accepted\n`,
    );
    console.log(
      `${'target'.padEnd(44)}${'req/s'.padStart(8)}${'× trivial'.padStart(11)}${'p99'.padStart(10)}${'Brotli'.padStart(9)}${'HTML'.padStart(9)}`,
    );
    for (const [name, v] of Object.entries(summary))
      console.log(
        `${name.padEnd(44)}${String(v.rps).padStart(8)}${v.perTrivial.toFixed(2).padStart(11)}${`${v.p99} ms`.padStart(10)}${String(v.bytes).padStart(9)}${String(v.uncompressedBytes).padStart(9)}`,
      );
    console.log(`\nSaved ${writeResult('floor', { concurrency, seconds, rounds, loadAvg, summary })}`);
  } finally {
    app.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
