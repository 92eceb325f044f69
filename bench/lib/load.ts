// A small closed-loop HTTP load generator: C connections, each sending the next request as soon as
// the previous answer has been read. Bounded in time, loopback only.
import http from 'node:http';

export type LoadResult = {
  url: string;
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  bytes: number;
  /** Answers the front cache gave (`X-Front-Cache: hit`). */
  frontCacheHits: number;
};

export async function load(
  url: string,
  opts: { concurrency: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  return loadUrls([url], opts);
}

/**
 * Like load(), but the requests go to `urls` in turn (each connection takes the next one in the list).
 * `timeoutMs`: a request without an answer by then is aborted and counted as an error.
 * `headers`: the request headers (default: gzip accepted, as a browser would).
 */
export async function loadUrls(
  urls: string[],
  {
    concurrency,
    seconds,
    timeoutMs,
    headers = { 'accept-encoding': 'gzip' },
  }: { concurrency: number; seconds: number; timeoutMs?: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  if (!urls.length) throw new Error('No URL to load.');
  const targets = urls.map((u) => new URL(u));
  for (const target of targets) {
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname))
      throw new Error('Benchmarks only target this machine.');
  }
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let frontCacheHits = 0;
  let turn = 0;
  const end = performance.now() + seconds * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const target = targets[turn++ % targets.length]!;
      const started = performance.now();
      const req = http.get(target, { agent, headers }, (res) => {
        if (res.headers['x-front-cache'] === 'hit') frontCacheHits++;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => {
          if (res.statusCode !== 200) errors++;
          latencies.push(performance.now() - started);
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      if (timeoutMs) req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) await one();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  const url = urls.length === 1 ? urls[0]! : `${urls[0]} … (${urls.length} URLs in turn)`;
  return {
    url,
    requests: latencies.length,
    errors,
    seconds: elapsed,
    rps: latencies.length / elapsed,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    bytes,
    frontCacheHits,
  };
}
