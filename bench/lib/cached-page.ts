// Helpers of the benchmarks that compare cached pages of the production server with a bare Node
// `http` server sending the same bytes from memory (bench:services): the cached answer as it goes on
// the wire, and a bare server that answers several paths (a child process, like the production
// server). The measuring helpers themselves are in ./measure.ts.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../../scripts/lib/embedded-pg';
import { fetchRaw, waitFor, type RawAnswer } from './measure';

export { median, waitFor, cpuTreeMs as treeCpuMs } from './measure';

export const GZIP = { 'accept-encoding': 'gzip' };
export type WireAnswer = RawAnswer;
/** An answer as it goes on the wire, asked as a browser would (gzip accepted). */
export const wireAnswer = (url: string, headers: Record<string, string> = GZIP) => fetchRaw(url, headers);

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
export async function startBareSite(
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
