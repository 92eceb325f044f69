import 'server-only';
import pg from 'pg';
import { env } from '@/server/env';

// When a connection fails at the moment of COMMIT, the transaction may have committed or not: the
// server can commit and then lose the connection before its answer arrives. Only a look at the
// database afterwards tells which, and only a report known not to exist may lose its files.

/** A report filed under (author, idempotency key), as the database holds it. */
export type FiledReport = { id: string; code: string; requestHash: string };

/** Whether an error means the database could not be reached or dropped the connection. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const { code, kind, originalCode, message } = e as { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof originalCode === 'string' && UNAVAILABLE_CODES.has(originalCode)) return true;
    if (typeof kind === 'string' && UNAVAILABLE_KINDS.has(kind)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

// Connection failures (Node), PostgreSQL's shutdown and connection classes, Prisma's "cannot reach".
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND',
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006',
  'P1001', 'P1002', 'P1017', 'P2024',
]);
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection error|ECONNREFUSED|ECONNRESET|terminating connection|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|timeout exceeded when trying to connect|Can't reach database server|Server has closed the connection|Transaction already closed|Unable to start a transaction/i;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Looks the report up on a connection of its own (the pool's may be the one that just broke),
 * retrying for about three seconds while the database comes back. Null: no such report. Throws
 * when the database could not be asked at all: the outcome stays unknown.
 */
export async function findFiledReport(authorId: string, idempotencyKey: string, waits: number[] = [0, 250, 750, 1500]): Promise<FiledReport | null> {
  let last: unknown;
  for (const wait of waits) {
    if (wait) await sleep(wait);
    const client = new pg.Client({ connectionString: env().DATABASE_URL, connectionTimeoutMillis: 1500, query_timeout: 2000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const { rows } = await client.query<FiledReport>(
        'SELECT "id", "code", "requestHash" FROM "Report" WHERE "authorId" = $1 AND "idempotencyKey" = $2',
        [authorId, idempotencyKey],
      );
      return rows[0] ?? null;
    } catch (e) {
      last = e;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw last;
}

/**
 * Why a report could not be confirmed as filed. `notSaved`: it is known not to exist (nothing to
 * look for, or the database said so); `unknown`: the commit was sent and the database could not be
 * asked afterwards, so a retry with the same key is the only way to know.
 */
export class ReportOutcomeError extends Error {
  constructor(
    readonly outcome: 'notSaved' | 'unknown',
    readonly databaseUnavailable: boolean,
    options?: { cause?: unknown },
  ) {
    super(`Report outcome: ${outcome}`, options);
  }
}
