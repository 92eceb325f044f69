import 'server-only';
import { NextResponse } from 'next/server';
import { errorStatus } from '../errors';
import { errorResponse, type ErrorWriter } from '../route';

// Shapes of the Open311 GeoReport v2 answers: dates in ISO 8601 with the city's offset, the
// spec's error list, and the headers of public reads.

const OFFSET_MS = 7 * 60 * 60 * 1000;

/** Reports one key may file per window, and failed key checks one client address may make. */
export const OPEN311_LIMITS = {
  postPerKey: { max: 100, windowSeconds: 600 },
  badKeyPerIp: { max: 20, windowSeconds: 600 },
} as const;

/** 2026-11-25T09:30:00+07:00 */
export function isoCity(date: Date | null | undefined): string | null {
  if (!date) return null;
  return `${new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** Reads are public open data: any site may call them from a browser. */
export const PUBLIC_READ_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'public, max-age=60, stale-while-revalidate=300',
} as const;

/** `[{ "code": 400, "description": "…" }]` with the same HTTP status. */
export function open311Error(
  status: number,
  description: string | string[],
  extraHeaders: Record<string, string> = {},
) {
  const list = (Array.isArray(description) ? description : [description]).map((d) => ({
    code: status,
    description: d,
  }));
  return NextResponse.json(list, {
    status,
    headers: { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*', ...extraHeaders },
  });
}

export function open311Json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}) {
  return NextResponse.json(body, { status: init.status ?? 200, headers: { ...PUBLIC_READ_HEADERS, ...init.headers } });
}

/**
 * Route segments carry the format: "PA-2026-000001.json". JSON is the only format served; ".xml"
 * (allowed by the spec) is refused with a 400 that says so.
 */
export function stripFormat(segment: string): { value: string } | { error: ReturnType<typeof open311Error> } {
  const decoded = safeDecode(segment);
  if (decoded.endsWith('.json')) return { value: decoded.slice(0, -5) };
  if (decoded.endsWith('.xml')) return { error: open311Error(400, 'Only the JSON format is served: use .json') };
  return { error: open311Error(404, 'Not found: add the .json format suffix') };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const OPEN311_MESSAGES: Partial<Record<keyof typeof errorStatus, string>> = {
  unavailable: 'The service is temporarily unavailable; please try again later',
  bad_request: 'The request is not valid',
};

/** The portal's errors in the spec's shape (and in English, like the rest of this interface). */
const writeOpen311: ErrorWriter = (_request, error) =>
  open311Error(
    error.status,
    OPEN311_MESSAGES[error.code] ?? 'The request failed; please try again later',
    error.details?.retryAfter ? { 'Retry-After': String(error.details.retryAfter) } : {},
  );

/**
 * Never a bare 500: the shared route-handler answer (server/route.ts) in the spec's error shape,
 * so an unreachable database is a 503 with Retry-After here too.
 */
export async function guarded(request: Request, handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    return errorResponse(request, error, writeOpen311);
  }
}
