import 'server-only';
import { xmlEscape } from '@/lib/reports/xml';
import { errorStatus } from '../errors';
import { errorResponse, type ErrorWriter } from '../route';

// The one serializer of the Open311 GeoReport v2 answers: every handler builds one value and this
// module writes it as JSON or as XML, whichever suffix the client asked for (`.json`, `.xml`). The
// JSON is the spec's "Spark convention" mapping of the XML: a list is an XML container whose
// children all carry the item name (`services` → `service`), an object is an element with one
// child per field, `null` is an empty element. Dates are ISO 8601 with the city's offset.

export type Open311Format = 'json' | 'xml';

export const OPEN311_CONTENT_TYPE: Record<Open311Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** The MIME types discovery lists for the endpoint, XML (the spec's required format) first. */
export const OPEN311_FORMATS = ['text/xml', 'application/json'] as const;

/** Root element of each answer. */
export type Open311Root = 'discovery' | 'services' | 'service_definition' | 'service_requests' | 'errors';

/** The element name of one item of each list (the spec's XML examples). */
const ITEM_OF: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
  attributes: 'attribute',
  values: 'value',
};

const XML_NAME = /^[a-z_][a-z0-9_]*$/;

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

function xmlElement(name: string, value: unknown): string {
  if (!XML_NAME.test(name)) throw new Error(`Open311 XML: not an element name: ${name}`);
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value)))
    return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = ITEM_OF[name];
    if (!item) throw new Error(`Open311 XML: no item name for the list ${name}`);
    return value.length ? `<${name}>${value.map((v) => xmlElement(item, v)).join('')}</${name}>` : `<${name}/>`;
  }
  if (typeof value === 'object') {
    const fields = Object.entries(value).filter(([, v]) => v !== undefined);
    return `<${name}>${fields.map(([k, v]) => xmlElement(k, v)).join('')}</${name}>`;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return `<${name}>${xmlEscape(String(value))}</${name}>`;
  throw new Error(`Open311 XML: cannot write a ${typeof value} in ${name}`);
}

/** The answer's text in `format`: the value as JSON, or as XML under `root`. */
export function serializeOpen311(format: Open311Format, root: Open311Root, body: unknown): string {
  if (format === 'json') return JSON.stringify(body);
  return `<?xml version="1.0" encoding="utf-8"?>\n${xmlElement(root, body)}\n`;
}

/** An answer in `format` with exactly the headers given (and the content type). */
export function open311Response(
  format: Open311Format,
  root: Open311Root,
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return new Response(serializeOpen311(format, root, body), {
    status: init.status ?? 200,
    headers: { ...init.headers, 'Content-Type': OPEN311_CONTENT_TYPE[format] },
  });
}

/** A public read: 200, open to every origin, cached for a minute. */
export function open311Read(format: Open311Format, root: Open311Root, body: unknown): Response {
  return open311Response(format, root, body, { headers: { ...PUBLIC_READ_HEADERS } });
}

/** The spec's error list (`[{ code, description }]`, `<errors><error>…`) with the same HTTP status. */
export function open311Error(
  format: Open311Format,
  status: number,
  description: string | string[],
  extraHeaders: Record<string, string> = {},
): Response {
  const list = (Array.isArray(description) ? description : [description]).map((d) => ({
    code: status,
    description: d,
  }));
  return open311Response(format, 'errors', list, {
    status,
    headers: { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*', ...extraHeaders },
  });
}

/**
 * A path segment that carries the format: "PA-2026-000001.json" or "PA-2026-000001.xml". Without
 * either suffix the resource does not exist: 404 (in JSON, since no format was asked for).
 */
export function splitFormat(
  segment: string,
): { value: string; format: Open311Format } | { error: Response; format: Open311Format } {
  const decoded = safeDecode(segment);
  if (decoded.endsWith('.json')) return { value: decoded.slice(0, -5), format: 'json' };
  if (decoded.endsWith('.xml')) return { value: decoded.slice(0, -4), format: 'xml' };
  return { error: open311Error('json', 404, 'Not found: add the format suffix .xml or .json'), format: 'json' };
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

/** The portal's errors in the spec's shape and the asked format (in English, like the rest of this interface). */
const writerFor =
  (format: Open311Format): ErrorWriter =>
  (_request, error) =>
    open311Error(
      format,
      error.status,
      OPEN311_MESSAGES[error.code] ?? 'The request failed; please try again later',
      error.details?.retryAfter ? { 'Retry-After': String(error.details.retryAfter) } : {},
    );

/**
 * Never a bare 500: the shared route-handler answer (server/route.ts) in the spec's error shape
 * and the asked format, so an unreachable database is a 503 with Retry-After here too.
 */
export async function guarded(
  request: Request,
  format: Open311Format,
  handler: () => Promise<Response>,
): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    return errorResponse(request, error, writerFor(format));
  }
}
