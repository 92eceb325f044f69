// Helpers of the benchmarks that compare a cached page of the production server with a bare Node
// `http` server sending the same bytes from memory (bench:news, bench:services): the gzip answer
// as it goes on the wire, the bare server (a child process, like the production server), the CPU
// time of a process, a median.
import { get } from 'node:http';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../../scripts/lib/embedded-pg';

export const GZIP = { 'accept-encoding': 'gzip' };

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const stat = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');

/** CPU time (user + system) a process has used, in ms (Linux /proc). */
export const cpuMs = (pid: number) => {
  const fields = stat(pid);
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};

/**
 * CPU time of a process and every process under it (the production server's workers are children
 * of the process started), in ms; processes that end meanwhile are skipped.
 */
export function treeCpuMs(pid: number): number {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      parent.set(Number(entry), Number(stat(Number(entry))[1]));
    } catch {
      /* ended */
    }
  }
  const inTree = (p: number): boolean => p === pid || (parent.has(p) && p !== 1 && inTree(parent.get(p)!));
  let total = 0;
  for (const p of parent.keys())
    if (inTree(p))
      try {
        total += cpuMs(p);
      } catch {
        /* ended */
      }
  return total;
}

export async function waitFor(url: string) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not start`);
}

export type WireAnswer = { status: number; body: Buffer; headers: Record<string, string> };

/**
 * An answer as it goes on the wire, asked as a browser would (gzip accepted): the bytes (still
 * compressed) and the headers, without the per-connection ones and the date.
 */
export function wireAnswer(url: string, headers: Record<string, string> = GZIP): Promise<WireAnswer> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const kept: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers))
          if (v !== undefined && !['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(k))
            kept[k] = Array.isArray(v) ? v.join(', ') : v;
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: kept });
      });
    }).on('error', reject);
  });
}

/**
 * The cached page as the front cache serves it: asked until the front cache answers `hit` (the
 * first request renders it), then its gzip bytes and headers.
 */
export async function cachedAnswer(url: string): Promise<WireAnswer> {
  let answer = await wireAnswer(url);
  for (let i = 0; i < 20 && answer.headers['x-front-cache'] !== 'hit'; i++) {
    await new Promise((r) => setTimeout(r, 100));
    answer = await wireAnswer(url);
  }
  if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}`);
  return answer;
}

// The bare server: each path's bytes and headers from a file read once, sent as they are.
const BARE_SERVER = `
const http = require('node:http');
const fs = require('node:fs');
const pages = new Map(Object.entries(JSON.parse(fs.readFileSync(process.argv[1], 'utf8'))).map(
  ([p, { body, headers }]) => [p, { bytes: Buffer.from(body, 'base64'), headers }]));
http.createServer((req, res) => {
  const page = pages.get(req.url);
  if (!page) { res.writeHead(404).end(); return; }
  res.writeHead(200, page.headers);
  res.end(page.bytes);
}).listen(Number(process.argv[2]), '127.0.0.1');
`;

/**
 * Starts the bare Node `http` server in a child process, answering each path with exactly the
 * given bytes and headers. Returns its base URL and process (the caller kills it).
 */
export async function startBareServer(
  tmpDir: string,
  pages: Record<string, Pick<WireAnswer, 'body' | 'headers'>>,
): Promise<{ base: string; process: ChildProcess }> {
  const file = path.join(tmpDir, 'bare-pages.json');
  writeFileSync(
    file,
    JSON.stringify(
      Object.fromEntries(
        Object.entries(pages).map(([p, a]) => [
          p,
          { body: a.body.toString('base64'), headers: { ...a.headers, 'content-length': String(a.body.length) } },
        ]),
      ),
    ),
  );
  const port = await freePort();
  const child = spawn(process.execPath, ['-e', BARE_SERVER, file, String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}${Object.keys(pages)[0]}`);
  return { base, process: child };
}
