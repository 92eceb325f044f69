// One worker of the production server (scripts/serve.ts starts one per core, or runs this in its own
// process with WEB_CONCURRENCY=1): Next.js's request handler (what `next start` runs) behind the
// front cache of public pages (server/http/front-cache.ts, docs/decisions/013-front-cache.md), with
// every answer compressed (server/http/compression.ts) and the build's hashed files served from
// memory, compressed at build time (server/http/static-assets.ts; docs/decisions/030-speed.md).
// Compiled to <dist>/serve-worker.mjs by the build step (scripts/lib/build.ts).
// FRONT_CACHE=off serves everything through Next.js alone; FRONT_CACHE_TTL_MS sets how long a page stays (2000).
// Each worker keeps its own caches and is an instance of its own for the page-change notification
// (decision 013): a save handled by one worker reaches the others through PostgreSQL, and each
// refreshes itself through a loopback port of its own (the shared port would hand the refresh
// request to any worker).
// Around Next.js's handler: form posts to pages (server actions) refused with a 4xx where Next.js
// would answer an empty 500, and the 503 "temporarily unavailable" page during a database outage
// (server/http/request-guards.ts).
import cluster from 'node:cluster';
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { compressAnswer } from '../server/http/compression';
import { StaticAssets } from '../server/http/static-assets';
import { FrontCache, type QueryRoute } from '../server/http/front-cache';
import { hashInlineScripts } from '../server/http/script-hashes';
import { fillEmptyNotFound, notFoundPages } from '../server/http/not-found-page';
import { noCookieOnSharedAnswers } from '../server/http/shared-answers';
import { servedHosts } from '../server/http/served-hosts';
import { publicPageLocale, publicRoutes } from '../i18n/public-routes';
import { anonymousRoute } from '../lib/anonymous-pages';
import { mailDeliveryWarning, parseEnv } from '../lib/env-schema';
import { enableLocalClientStamp, setClientAddress, stampLocalClient } from '../server/http/local-client';
import { randomUUID } from 'node:crypto';
import { pathLocale, plainJsonError } from '../server/http/plain-pages';
import {
  PAGES_CHANGED_HEADER,
  PAGES_CHANGED_PATH,
  pagesChangedToken,
  setInstanceId,
} from '../server/http/pages-changed';
import { listenForPagesChanged } from '../server/http/pages-changed-listener';
import { startAlertClock } from '../server/http/alert-clock';
import { silenceOutageErrors } from '../server/http/outage';
import { checkServerAction, malformedApiAddress, unavailablePageOnFailure } from '../server/http/request-guards';

// The procedure search and its suggestions are rendered per request, but the same for everyone who
// asks the same thing: kept 30 s by their query, emptied by every procedure or synonym save
// (docs/decisions/030-speed.md).
const SEARCH_TTL_MS = 30_000;
const searchPaths = new Set(publicRoutes.filter((r) => r.key === '/procedures').map((r) => r.external));
const searchRoute = (pathname: string): QueryRoute | null =>
  searchPaths.has(pathname)
    ? { params: ['q', 'field', 'level', 'online', 'page'], ttlMs: SEARCH_TTL_MS }
    : pathname === '/api/procedures/suggest'
      ? { params: ['q', 'locale'], ttlMs: SEARCH_TTL_MS }
      : null;

/** next.config.ts's serverActions.bodySizeLimit ('1mb'). */
const ACTION_BODY_LIMIT = 1024 * 1024;

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const port = Number(arg('port') ?? process.env.PORT ?? 3000);
const hostname = arg('hostname');

async function main() {
  // One line per configuration mistake, before anything starts.
  const env = parseEnv(process.env);
  const mailWarning = mailDeliveryWarning(env);
  if (mailWarning) console.warn(mailWarning);
  enableLocalClientStamp();
  silenceOutageErrors();
  const app = next({ dev: false, dir: process.cwd(), port, hostname: hostname ?? 'localhost' });
  await app.prepare();
  const handle = app.getRequestHandler();
  const nextHandler = (req: http.IncomingMessage, res: http.ServerResponse) =>
    Promise.resolve(handle(req, res)).catch((error: unknown) => {
      console.error(`Failed to handle request for ${req.url}`, error);
      // Half an answer is cut off rather than ended, so that no cache keeps it.
      if (res.headersSent) res.destroy();
      else {
        res.statusCode = 500;
        res.end();
      }
    });
  // Every answer Next.js gives: pages without a nonce get the hashes of their framework scripts in
  // their policy, and a shareable answer sets no cookie (docs/decisions/015-csp-without-unsafe-inline.md).
  // And a 404 that Next.js leaves as an empty shell gets the rendered not-found page (not-found-page.ts).
  const notFoundPage = notFoundPages(port);
  const answer = (req: http.IncomingMessage, res: http.ServerResponse) => {
    hashInlineScripts(req, res);
    fillEmptyNotFound(req, res, notFoundPage);
    return nextHandler(req, res);
  };
  const guardedNext = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const checked = await checkServerAction(req, res, ACTION_BODY_LIMIT);
    if (!checked) return;
    // Applied before the hashing, so the 503 page replaces what reaches the socket.
    unavailablePageOnFailure(checked, res);
    return answer(checked, res);
  };
  const cache =
    env.FRONT_CACHE === 'off' || env.FRONT_CACHE_TTL_MS === 0
      ? null
      : new FrontCache({
          localeOf: publicPageLocale,
          hostServed: servedHosts(env.PUBLIC_URL, port),
          ttlMs: env.FRONT_CACHE_TTL_MS,
          queryRoute: searchRoute,
          // The report list and pages, sign-in and a consultation's results, for visitors without a
          // session (docs/decisions/040-pages-shared-by-anonymous-visitors.md).
          anonymousRoute,
        }).register();
  // Each instance calls its own refresh route; nobody else needs to reach it (it also wants a token).
  const internalOnly = (req: http.IncomingMessage) =>
    req.url?.split('?')[0] === PAGES_CHANGED_PATH && !/^(127\.|::1$|::ffff:127\.)/.test(req.socket.remoteAddress ?? '');
  const assets = new StaticAssets(path.resolve(process.env.NEXT_DIST_DIR ?? '.next'));
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    // Brotli or gzip for every answer worth it, decided from the Accept-Encoding as it arrived.
    compressAnswer(req, res);
    if (assets.handle(req, res)) return;
    // Pages that only this machine may open (the mail outbox) recognise its browser by this stamp.
    stampLocalClient(req);
    // Rate limits key on the client's address: without a trusted proxy, the socket's.
    setClientAddress(req, env.TRUST_PROXY);
    if (malformedApiAddress(req)) {
      res
        .writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
        .end(plainJsonError(pathLocale(req.url), 'bad_request'));
      return;
    }
    if (internalOnly(req)) {
      res
        .writeHead(404, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
        .end(plainJsonError('vi', 'not_found'));
      return;
    }
    noCookieOnSharedAnswers(res);
    void (cache ? cache.handle(req, res, guardedNext) : guardedNext(req, res));
  };
  const server = http.createServer(handler);
  // Idle keep-alive connections stay open longer than clients and load balancers keep theirs (60 s
  // is common), so that a client never sends a request on a connection the server is closing
  // (ECONNRESET). Node.js's default is 5 s.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  // Editors' saves on other instances: refresh this one's Next.js cache (and so its front cache) too.
  const self = randomUUID();
  setInstanceId(self);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      error.code === 'EADDRINUSE' ? `Port ${port} is already in use: stop what runs there or set PORT.` : error.message,
    );
  });
  const url = `http://${hostname ?? 'localhost'}:${port}`;
  // With several workers, the shared port hands each connection to any of them: each worker
  // refreshes itself through a loopback port that only it listens on.
  let refreshPort = port;
  let loopback = !hostname || hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname;
  let internal: http.Server | undefined;
  if (cluster.isWorker) {
    const own = http.createServer((req, res) => {
      if (req.url?.split('?')[0] === PAGES_CHANGED_PATH) return handler(req, res);
      res.writeHead(404, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(plainJsonError('vi', 'not_found'));
    });
    internal = own;
    await new Promise<void>((resolve, reject) => {
      own.once('error', reject);
      own.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => resolve());
    });
    refreshPort = (own.address() as { port: number }).port;
    loopback = '127.0.0.1';
  }
  const refreshHere = async () => {
    const res = await fetch(
      `http://${loopback.includes(':') ? `[${loopback}]` : loopback}:${refreshPort}${PAGES_CHANGED_PATH}`,
      {
        method: 'POST',
        headers: { [PAGES_CHANGED_HEADER]: pagesChangedToken(env.AUTH_SECRET) },
      },
    );
    if (res.status !== 204) throw new Error(`${PAGES_CHANGED_PATH} answered ${res.status}`);
  };
  const listener = listenForPagesChanged({
    databaseUrl: env.DATABASE_URL,
    self,
    onChange: refreshHere,
    // A report or consultation changed (a trigger, whoever wrote): its pages kept for anonymous visitors go.
    onShared: (group) => {
      if (group === 'reports' || group === 'consultations') cache?.clear(group);
    },
  });
  // Alerts that start or run out change the banner of every page (docs/decisions/026); each worker
  // keeps its own clock, since each has its own front cache.
  const alertClock = startAlertClock({ databaseUrl: env.DATABASE_URL, onChange: refreshHere });
  // The first check refreshes the build's pages before anyone is told the server is ready.
  await alertClock.checked;
  if (cluster.isWorker) process.send?.({ type: 'ready', url, frontCache: !!cache });
  else console.log(`▲ Next.js ready on ${url}${cache ? ' (front cache of public pages on)' : ''}`);

  let closing = false;
  const stop = (code: number) => {
    if (closing) return;
    closing = true;
    // Finish the requests under way (5 s at most), then close Next.js and the listener.
    const drained = new Promise<void>((resolve) => {
      server.close(() => resolve());
      setTimeout(() => {
        server.closeAllConnections();
        resolve();
      }, 5000).unref();
    });
    server.closeIdleConnections();
    internal?.close();
    void drained
      .then(() => Promise.allSettled([listener.close(), alertClock.close(), app.close()]))
      .finally(() => process.exit(code));
  };
  process.on('SIGINT', () => stop(130));
  process.on('SIGTERM', () => stop(143));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
