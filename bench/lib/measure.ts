// What the HTTP benchmarks share: the median of per-round figures, a process's CPU time, waiting for
// a server to answer, an answer's bytes as they travel (compressed) and a bare Node `http` server
// sending given bytes and headers from memory, the limit a cached page is measured against.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../../scripts/lib/embedded-pg';

/** The median of the finite numbers in `xs` (NaN when there is none). */
export function median(xs: number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** User plus system CPU time of a process so far, in milliseconds (Linux). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/**
 * CPU time (ms) of a process and all its descendants so far: the production server answers from
 * a worker per core under a supervisor (docs/decisions/030), so the parent alone says little.
 */
export function cpuTreeMs(pid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      /* gone */
    }
  }
  let total = 0;
  const visit = (p: number) => {
    try {
      total += cpuMs(p);
    } catch {
      return;
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return total;
}

/** Waits until `url` answers with a status under 500 (at most `ms`). */
export async function waitFor(url: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not start`);
}

export type RawAnswer = { status: number; body: Buffer; headers: Record<string, string> };

// Per-connection headers: the bare server's own `http` module writes these.
const PER_CONNECTION = ['date', 'connection', 'keep-alive', 'transfer-encoding'];

/** An answer as it travels (fetch() would decode the compression): status, body bytes, headers. */
export function fetchRaw(url: string, headers: Record<string, string> = { 'accept-encoding': 'gzip' }) {
  return new Promise<RawAnswer>((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const kept: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers))
            if (v !== undefined && !PER_CONNECTION.includes(k)) kept[k] = Array.isArray(v) ? v.join(', ') : v;
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: kept });
        });
      })
      .on('error', reject);
  });
}

// A child process, like the production server: every request gets the same bytes and headers.
const BARE_SERVER = `
const http = require('node:http');
const fs = require('node:fs');
const { body, headers } = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
const bytes = Buffer.from(body, 'base64');
http.createServer((req, res) => { res.writeHead(200, headers); res.end(bytes); }).listen(Number(process.argv[2]), '127.0.0.1');
`;

/**
 * Starts a bare Node `http` server (its own process) answering every request with `answer`'s body
 * and headers, read once into memory. `dir`: where to leave the file it reads them from.
 */
export async function startBareServer(
  answer: Pick<RawAnswer, 'body' | 'headers'>,
  dir: string,
): Promise<{ process: ChildProcess; base: string }> {
  const file = path.join(dir, `bare-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify({ body: answer.body.toString('base64'), headers: answer.headers }));
  const port = await freePort();
  const child = spawn(process.execPath, ['-e', BARE_SERVER, file, String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(base);
  return { process: child, base };
}
