import 'server-only';
import { databaseOutage, isDatabaseUnavailable, OUTAGE_RETRY_AFTER_SECONDS } from './http/outage';

// One error type for the whole server: each code has an HTTP status and a translated message
// (messages/*.json, group "Errors"). Raw errors never reach the browser.
export const errorStatus = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: { retryAfter?: number; fieldErrors?: Record<string, string[]> },
  ) {
    super(message ?? code);
    this.status = errorStatus[code];
  }
}

/**
 * Prisma's unique-constraint violation becomes a conflict, a database out of reach "unavailable"
 * (503 with Retry-After); anything unknown stays internal.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) {
    databaseOutage.failed(error);
    return new AppError('unavailable', 'unavailable', { retryAfter: OUTAGE_RETRY_AFTER_SECONDS });
  }
  if (typeof error === 'object' && error && 'code' in error && (error as { code: unknown }).code === 'P2002') {
    return new AppError('conflict');
  }
  return new AppError('internal');
}
