// The production server: one worker per core (node:cluster), each running Next.js's request handler
// behind the front cache of public pages (scripts/serve-worker.ts, docs/decisions/013 and 030).
// Compiled with the worker to <dist>/serve.mjs and <dist>/serve-worker.mjs by the build step
// (scripts/lib/build.ts) and run by `npm start`, the end-to-end tests and the benchmarks, from the
// project folder:
//   NODE_ENV=production NEXT_DIST_DIR=.next node .next/serve.mjs --port 3000 [--hostname 0.0.0.0]
// WEB_CONCURRENCY sets the number of workers (default: the cores this process may use); with 1, the
// worker runs in this process and nothing else is started.
// This process only accepts connections and hands them to the workers in turn; it loads neither
// Next.js nor the app, so it stays small. A worker that dies is replaced; a worker that fails before
// it is ready (a configuration mistake) stops the whole server with its exit code.
import cluster, { type Worker } from 'node:cluster';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { workerCount } from './lib/web-concurrency';

const workerUrl = new URL('./serve-worker.mjs', import.meta.url);
const workerEntry = fileURLToPath(workerUrl);

type Ready = { type: 'ready'; url: string; frontCache: boolean };

function primary(count: number) {
  cluster.setupPrimary({ exec: workerEntry, args: process.argv.slice(2) });
  const ready = new Set<number>();
  let announced = false;
  let stopping = false;
  const restarts: number[] = [];
  // Workers still running (cluster.workers forgets a worker when it disconnects, before it exits).
  const alive = new Set<Worker>();

  const fork = () => {
    const worker: Worker = cluster.fork({ CDS_WORKER_COUNT: String(count) });
    alive.add(worker);
    worker.on('message', (message: Ready) => {
      if (message?.type !== 'ready') return;
      ready.add(worker.id);
      if (!announced && ready.size === count) {
        announced = true;
        console.log(
          `▲ Next.js ready on ${message.url} (${count} workers${message.frontCache ? ', front cache of public pages on' : ''})`,
        );
      }
    });
    worker.on('exit', (code, signal) => {
      const wasReady = ready.delete(worker.id);
      alive.delete(worker);
      if (stopping) {
        if (alive.size === 0) process.exit(stopCode);
        return;
      }
      if (!wasReady) {
        // It never started: the others would fail the same way.
        stop(code || 1);
        return;
      }
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && restarts[0]! < now - 60_000) restarts.shift();
      console.error(
        `A server worker stopped (${signal ?? `exit ${code}`}); ${restarts.length > 5 ? 'too many in a minute, stopping' : 'starting another'}.`,
      );
      if (restarts.length > 5) stop(1);
      else fork();
    });
  };

  let stopCode = 0;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    stopCode = code;
    if (!alive.size) process.exit(code);
    // Each worker finishes its requests under way (5 s at most) before it exits.
    for (const w of alive) w.process.kill('SIGTERM');
    setTimeout(() => process.exit(code), 10_000).unref();
  };
  process.on('SIGINT', () => stop(130));
  process.on('SIGTERM', () => stop(143));
  for (let i = 0; i < count; i++) fork();
}

let count: number;
try {
  count = workerCount(process.env.WEB_CONCURRENCY, os.availableParallelism());
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
if (count === 1) await import(workerUrl.href);
else primary(count);
