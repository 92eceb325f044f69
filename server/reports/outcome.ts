import 'server-only';
import pg from 'pg';
import { env } from '@/server/env';
import { isDatabaseUnavailable as isUnreachable } from '@/server/http/outage';

// When a connection fails at the moment of COMMIT, the transaction may have committed or not: the
// server can commit and then lose the connection before its answer arrives. Only a look at the
// database afterwards tells which, and only a report known not to exist may lose its files.

/** A report filed under (author, idempotency key), as the database holds it. */
export type FiledReport = { id: string; code: string; requestHash: string };

/**
 * Whether an error means the database could not be reached or dropped the connection: the shared
 * rule of server/http/outage.ts, plus Prisma's words for a transaction whose connection went away
 * under it (for a report being filed, that too leaves the outcome to be looked up).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (isUnreachable(error)) return true;
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && typeof e === 'object' && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const { message } = e as { message?: unknown };
    if (typeof message === 'string' && TRANSACTION_LOST.test(message)) return true;
  }
  return false;
}

const TRANSACTION_LOST = /Transaction already closed|Unable to start a transaction/i;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Asks the database on a connection of its own (the pool's may be the one that just broke),
 * retrying for about three seconds while it comes back. Throws when it could not be asked at all.
 */
async function askAfterCommitFailure<T extends pg.QueryResultRow>(
  text: string,
  values: unknown[],
  waits: number[],
): Promise<T | null> {
  let last: unknown;
  for (const wait of waits) {
    if (wait) await sleep(wait);
    const client = new pg.Client({
      connectionString: env().DATABASE_URL,
      connectionTimeoutMillis: 1500,
      query_timeout: 2000,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const { rows } = await client.query<T>(text, values);
      return rows[0] ?? null;
    } catch (e) {
      last = e;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw last;
}

const WAITS = [0, 250, 750, 1500];

/** The report filed under (author, idempotency key), or null: no such report. Throws when the database cannot be asked. */
export function findFiledReport(
  authorId: string,
  idempotencyKey: string,
  waits: number[] = WAITS,
): Promise<FiledReport | null> {
  return askAfterCommitFailure<FiledReport>(
    'SELECT "id", "code", "requestHash" FROM "Report" WHERE "authorId" = $1 AND "idempotencyKey" = $2',
    [authorId, idempotencyKey],
    waits,
  );
}

/** The answer event that holds this photo, with its report's status, or null: not stored. Throws when the database cannot be asked. */
export function findStoredAnswer(
  photoId: string,
  waits: number[] = WAITS,
): Promise<{ eventId: string; status: string } | null> {
  return askAfterCommitFailure<{ eventId: string; status: string }>(
    'SELECT p."eventId", r."status" FROM "ReportPhoto" p JOIN "Report" r ON r."id" = p."reportId" WHERE p."id" = $1 AND p."eventId" IS NOT NULL',
    [photoId],
    waits,
  );
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
