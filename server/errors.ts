import 'server-only';
import { portalError, type ErrorCode, type ErrorParams, type FieldErrors, type PortalError } from '@/lib/errors';
import { databaseOutage, isDatabaseUnavailable, OUTAGE_RETRY_AFTER_SECONDS } from './http/outage';

// One error type for the whole server: a kind that sets the HTTP status, and the error shown
// (lib/errors.ts: a code of the closed list with its parameters, and the fields it concerns).
// Its text comes from the one resolver, `errorText`. Raw errors never reach the browser.
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

/** What kind of failure it is, which sets the HTTP status; also a code of lib/errors.ts. */
export type ErrorKind = keyof typeof errorStatus;

type FieldInput = ErrorCode | PortalError;

/** Field name → its errors, from codes or errors (one or several). */
export function fieldErrors(fields: Record<string, FieldInput | FieldInput[]>): FieldErrors {
  const out: FieldErrors = {};
  for (const [name, value] of Object.entries(fields)) {
    out[name] = (Array.isArray(value) ? value : [value]).map((e) => (typeof e === 'string' ? portalError(e) : e));
  }
  return out;
}

export class AppError extends Error {
  readonly status: number;
  /** The error shown: its code (the kind's own by default) and parameters. */
  readonly error: PortalError;
  readonly details: { retryAfter?: number; fields?: FieldErrors };
  constructor(
    readonly code: ErrorKind,
    shown: ErrorCode | PortalError = code,
    details: { retryAfter?: number; params?: ErrorParams; fields?: Record<string, FieldInput | FieldInput[]> } = {},
  ) {
    const error = typeof shown === 'string' ? portalError(shown, details.params) : shown;
    super(error.code);
    this.status = errorStatus[code];
    // A refusal that asks to wait says for how long.
    this.error = details.retryAfter && !error.params ? { ...error, params: { seconds: details.retryAfter } } : error;
    this.details = { retryAfter: details.retryAfter, fields: details.fields ? fieldErrors(details.fields) : undefined };
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
