// The one way tests read a refusal: the AppError a server function throws, or the `error` of a
// JSON answer (a route handler's Response, or Playwright's APIResponse).
// A type import only: end-to-end tests load this file in Playwright's process, where the server's
// error module (with its translations) cannot load; an AppError is recognised by its shape.
import type { AppError } from '../../server/errors';

const isAppError = (e: unknown): e is AppError => e instanceof Error && 'status' in e && 'error' in e && 'details' in e;

/** What a JSON answer's `error` holds. */
export type AnswerError = {
  code: string;
  message: string;
  /** Field name → the text of its first error. */
  fields?: Record<string, string>;
};

type JsonAnswer = { json(): Promise<unknown> };

export async function errorOf(source: JsonAnswer): Promise<AnswerError>;
export async function errorOf(source: Promise<unknown>): Promise<AppError>;
export async function errorOf(source: JsonAnswer | Promise<unknown>): Promise<AnswerError | AppError> {
  if (!(source instanceof Promise) && typeof (source as JsonAnswer).json === 'function') {
    const body = (await (source as JsonAnswer).json()) as { error?: AnswerError };
    if (!body?.error) throw new Error(`expected an error answer, got ${JSON.stringify(body)}`);
    return body.error;
  }
  try {
    await source;
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}
