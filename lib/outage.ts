// Shared by the server and the error pages: how an outage of the database is recognised in the
// browser (the digest of the error a page throws) and how long clients are asked to wait.

/** Seconds a client is asked to wait before trying again (Retry-After). */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

/** Carried by the error a page throws during an outage, so error.tsx can tell it from a bug. */
export const OUTAGE_DIGEST = 'SERVICE_UNAVAILABLE';

/** Is this error (as an error boundary receives it) the database being out of reach? */
export function isOutageError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { digest?: unknown }).digest === OUTAGE_DIGEST;
}
