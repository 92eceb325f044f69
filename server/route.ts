import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { AppError, toAppError } from './errors';
import { jsonFailure } from './responses';

// The one way a route handler answers what went wrong: an AppError with its status, a database out
// of reach as 503 with Retry-After, a body of the wrong shape as 400, anything else as a 500 in
// the one `{ error: { code, message, fields? } }` shape (never the framework's empty 500). The session
// lookup runs inside the handler, so its failure is answered the same way.

/** How an AppError is written when the route has its own error format (Open311). */
export type ErrorWriter = (request: Request, error: AppError) => Response;

const writeJson: ErrorWriter = (request, error) => jsonFailure(request, error);

/** The answer to an error thrown by a route handler; unexpected ones are logged once here. */
export function errorResponse(request: Request, error: unknown, write: ErrorWriter = writeJson): Response {
  unstable_rethrow(error);
  const appError = toAppError(error);
  if (appError.code === 'internal') console.error(`${request.method} ${new URL(request.url).pathname} failed`, error);
  return write(request, appError);
}

/**
 * Wraps a route handler: `export const GET = route(async (request, { params }) => …)`.
 * Redirects and notFound() from next/navigation pass through.
 */
export function route<C = unknown, R extends Request = Request>(
  handler: (request: R, context: C) => Promise<Response> | Response,
  options: { write?: ErrorWriter } = {},
): (request: R, context?: C) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(request, context as C);
    } catch (error) {
      return errorResponse(request, error, options.write);
    }
  };
}

const badBody = () => new AppError('bad_request', 'bad_body');

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** A JSON object body, or a 400: not JSON, invalid JSON, or `null`, an array, a number, a string. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  if (mediaType(request) !== 'application/json') throw badBody();
  let value: unknown;
  try {
    value = await request.json();
  } catch {
    throw badBody();
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw badBody();
  return value as Record<string, unknown>;
}

/**
 * The text fields of a form post (urlencoded or multipart) or of a JSON object, or a 400 for any
 * other content type or a body that cannot be read. Files are left out.
 */
export async function readFields(request: Request): Promise<Record<string, unknown>> {
  const type = mediaType(request);
  if (type === 'application/json') return readJsonObject(request);
  if (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data') throw badBody();
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw badBody();
  }
  const fields: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string' && !(key in fields)) fields[key] = value;
  return fields;
}
