// While PostgreSQL cannot be reached the portal answers "temporarily unavailable" (503 with
// Retry-After) instead of failing each request on its own (docs/decisions/017-database-outages.md).
// This module is shared by the Next.js bundles and the production server (scripts/serve.ts), which
// load it separately: the state lives on globalThis so that they all see the same outage.

import { OUTAGE_DIGEST, OUTAGE_RETRY_AFTER_SECONDS } from '../../lib/outage';

export { OUTAGE_DIGEST, OUTAGE_RETRY_AFTER_SECONDS };

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// Prisma: can't reach, timed out, server closed the connection, pool timeout.
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
// @prisma/adapter-pg's names for a lost connection.
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
// PostgreSQL: connection exceptions (08…), shutdown or restart (57P01-57P03), too many connections.
const SQLSTATE = /^(08\d{3}|57P0[1-3]|53300)$/;
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|terminating connection|Server has closed the connection|connection error|ECONNREFUSED|ECONNRESET/i;

/** An error that says "the database is not reachable right now", whatever layer wrapped it. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number): boolean => {
    if (!e || typeof e !== 'object' || seen.has(e) || depth > 6) return false;
    seen.add(e);
    const o = e as Record<string, unknown>;
    if (o.digest === OUTAGE_DIGEST) return true;
    const code = typeof o.code === 'string' ? o.code : typeof o.originalCode === 'string' ? o.originalCode : '';
    if (CONNECTION_CODES.has(code) || PRISMA_CODES.has(code) || SQLSTATE.test(code)) return true;
    if (typeof o.kind === 'string' && ADAPTER_KINDS.has(o.kind)) return true;
    if (typeof o.message === 'string' && MESSAGES.test(o.message)) return true;
    const meta = o.meta as Record<string, unknown> | undefined;
    return (
      visit(o.cause, depth + 1) ||
      visit(meta?.driverAdapterError, depth + 1) ||
      (Array.isArray(o.errors) && o.errors.some((x) => visit(x, depth + 1)))
    );
  };
  return visit(error, 0);
}

/** Thrown instead of the driver's error: short, no stack worth printing, and recognisable by digest. */
export class ServiceUnavailableError extends Error {
  readonly digest = OUTAGE_DIGEST;
  readonly retryAfter = OUTAGE_RETRY_AFTER_SECONDS;
  constructor(cause?: unknown) {
    super('The database is not reachable', { cause });
    this.name = 'ServiceUnavailableError';
  }
}

type OutageState = {
  since: number | null;
  lastFailure: number;
  failures: number;
  recoveredAt: number;
  log: (line: string) => void;
};
const STATE_KEY = Symbol.for('congdanso.databaseOutage');

function state(): OutageState {
  const g = globalThis as unknown as Record<symbol, OutageState | undefined>;
  return (g[STATE_KEY] ??= {
    since: null,
    lastFailure: 0,
    failures: 0,
    recoveredAt: 0,
    log: (line) => console.warn(line),
  });
}

function describe(error: unknown): string {
  const parts: string[] = [];
  let e: unknown = error;
  for (let i = 0; e && typeof e === 'object' && i < 4; i++) {
    const o = e as { code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    if (typeof o.code === 'string') parts.push(o.code);
    if (typeof o.message === 'string' && !o.cause) parts.push(o.message.split('\n').filter(Boolean).at(-1) ?? '');
    e = o.cause ?? o.meta?.driverAdapterError;
  }
  return parts.filter(Boolean).join(' ').slice(0, 200) || 'unknown error';
}

/** The one place that says when an outage starts and ends: one line each, never a stack trace. */
export const databaseOutage = {
  /**
   * `startedAt`: when the failed call began. A call that began before the database came back failed
   * in the outage already reported and does not start another; an error with no known start (one
   * Next.js prints) is taken as up to two seconds old.
   */
  failed(error?: unknown, startedAt = Date.now() - 2000): void {
    const s = state();
    if (s.since === null && startedAt <= s.recoveredAt) return;
    s.lastFailure = Date.now();
    s.failures += 1;
    if (s.since === null) {
      s.since = s.lastFailure;
      s.failures = 1;
      s.log(
        `Database unreachable since ${new Date(s.since).toISOString()} (${describe(error)}): answering 503 until it is back.`,
      );
    }
  },
  succeeded(): void {
    const s = state();
    if (s.since === null) return;
    const seconds = ((Date.now() - s.since) / 1000).toFixed(1);
    s.log(
      `Database reachable again after ${seconds} s (${s.failures} failed database call${s.failures === 1 ? '' : 's'} answered 503).`,
    );
    s.since = null;
    s.failures = 0;
    s.recoveredAt = Date.now();
  },
  isDown(): boolean {
    return state().since !== null;
  },
  /** Where the two lines go (tests capture them). */
  setLogger(log: (line: string) => void): void {
    state().log = log;
  },
};

const LOG_FILTER_KEY = Symbol.for('congdanso.outageLogFilter');

/**
 * Next.js prints every error a page or action throws, with its stack. During an outage that is one
 * stack per request, all saying the same thing: those are dropped here (the outage already has its
 * two lines). Any other error is printed as before.
 */
export function silenceOutageErrors(): void {
  const g = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (g[LOG_FILTER_KEY]) return;
  g[LOG_FILTER_KEY] = true;
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    if (args.some((a) => a instanceof Error && isDatabaseUnavailable(a))) {
      databaseOutage.failed(args.find((a) => a instanceof Error));
      return;
    }
    original(...args);
  };
}
