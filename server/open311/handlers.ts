import 'server-only';
import type { z } from 'zod';
import { createRequestBody, locale as localeParam, requestsQuery } from '@/lib/validation/open311/requests';
import { env } from '@/server/env';
import { clientIp } from '@/server/http/request';
import { isLimited, limit } from '@/server/rate-limit';
import { REPORT_CODE_PATTERN } from '@/server/reports/codes';
import { authenticateApiKey } from './api-keys';
import {
  guarded,
  OPEN311_FORMATS,
  OPEN311_LIMITS,
  open311Error,
  open311Read,
  open311Response,
  splitFormat,
  type Open311Format,
} from './format';
import {
  createRequest,
  getRequest,
  listRequests,
  listServices,
  requestForToken,
  serviceDefinition,
  UnknownServiceError,
} from './service';

// The Open311 GeoReport v2 route handlers, once for both formats: the route files under
// app/api/open311/v2/ pass the format of their address (`services.json`, `services.xml`) or the
// path segment that ends with it (`services/{code}.xml`), and every answer, errors included, is
// written in that format by ./format.ts.

/** When this interface last changed in a way clients may notice (discovery's changeset). */
const CHANGESET = '2026-12-07T00:00:00+07:00';
const MAX_BODY_BYTES = 64 * 1024;

const messages = (error: z.ZodError) => [...new Set(error.issues.map((i) => i.message))];

/** The query string as fields: one value, or the list of values of a repeated parameter. */
function queryFields(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

function firstValues(entries: Iterable<[string, FormDataEntryValue | string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (typeof value === 'string' && !(key in out)) out[key] = value;
  }
  return out;
}

const searchParams = (request: Request) => new URL(request.url).searchParams;

function localeOf(request: Request) {
  return localeParam.safeParse(searchParams(request).get('locale') ?? undefined);
}

/** GET discovery.{format}: the endpoint, its formats and how to get a key. */
export function handleDiscovery(request: Request, format: Open311Format): Promise<Response> {
  return guarded(request, format, async () => {
    const base = env().PUBLIC_URL;
    return open311Read(format, 'discovery', {
      changeset: CHANGESET,
      contact: 'Công dân số — Ủy ban nhân dân Thành phố Hồ Chí Minh. Đường dây nóng 1022.',
      key_service: `API keys for POST requests are issued by the portal's administrators (${new URL('/vi/quan-tri/khoa-api', base).toString()}); ask the city through the 1022 hotline.`,
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: new URL('/api/open311/v2', base).toString(),
          changeset: CHANGESET,
          type: 'production',
          formats: [...OPEN311_FORMATS],
        },
      ],
    });
  });
}

/** GET services.{format}[?locale=en]: the report categories. */
export function handleServices(request: Request, format: Open311Format): Promise<Response> {
  return guarded(request, format, async () => {
    const locale = localeOf(request);
    if (!locale.success) return open311Error(format, 400, 'locale must be vi or en');
    return open311Read(format, 'services', await listServices(locale.data));
  });
}

/** GET services/{service_code}.{format}: a service definition (no extra attributes). */
export function handleServiceDefinition(request: Request, segment: string): Promise<Response> {
  const parsed = splitFormat(segment);
  return guarded(request, parsed.format, async () => {
    if ('error' in parsed) return parsed.error;
    const { value: code, format } = parsed;
    const definition = /^[a-z0-9-]{1,40}$/.test(code) ? await serviceDefinition(code) : null;
    if (!definition) return open311Error(format, 404, `service_code not found: ${code.slice(0, 40)}`);
    return open311Read(format, 'service_definition', definition);
  });
}

/** GET requests.{format}: public reports with the spec's filters. */
export function handleListRequests(request: Request, format: Open311Format): Promise<Response> {
  return guarded(request, format, async () => {
    const parsed = requestsQuery.safeParse(queryFields(searchParams(request)));
    if (!parsed.success) return open311Error(format, 400, messages(parsed.error));
    return open311Read(format, 'service_requests', await listRequests(parsed.data));
  });
}

/** GET requests/{service_request_id}.{format}: one public report by its tracking code. */
export function handleGetRequest(request: Request, segment: string): Promise<Response> {
  const parsed = splitFormat(segment);
  return guarded(request, parsed.format, async () => {
    if ('error' in parsed) return parsed.error;
    const { value: code, format } = parsed;
    const locale = localeOf(request);
    if (!locale.success) return open311Error(format, 400, 'locale must be vi or en');
    // A private or hidden report answers exactly like an unknown one.
    const found = REPORT_CODE_PATTERN.test(code) ? await getRequest(code, locale.data) : null;
    if (!found) return open311Error(format, 404, `service_request_id not found: ${code.slice(0, 40)}`);
    return open311Read(format, 'service_requests', [found]);
  });
}

/**
 * GET tokens/{token}.{format}: the service request a token stands for. Requests are created at
 * once (POST returns the service_request_id), so tokens exist only for clients that were given
 * one; an unknown token is a 404.
 */
export function handleToken(request: Request, segment: string): Promise<Response> {
  const parsed = splitFormat(segment);
  return guarded(request, parsed.format, async () => {
    if ('error' in parsed) return parsed.error;
    const { value: token, format } = parsed;
    const found = /^[A-Za-z0-9_-]{8,100}$/.test(token) ? await requestForToken(token) : null;
    if (!found) return open311Error(format, 404, 'token not found');
    return open311Read(format, 'service_requests', [found]);
  });
}

/** The body as fields, read up to MAX_BODY_BYTES; null when too large, undefined when not a form. */
async function readForm(request: Request): Promise<Record<string, string> | null | undefined> {
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  const isUrlEncoded = type.startsWith('application/x-www-form-urlencoded');
  const isMultipart = type.startsWith('multipart/form-data');
  if (!isUrlEncoded && !isMultipart) return undefined;
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
  }
  const bytes = Buffer.concat(chunks);
  if (isUrlEncoded) return firstValues(new URLSearchParams(bytes.toString('utf8')).entries());
  try {
    // Files (a "media" part) are ignored: only text fields are read.
    return firstValues((await new Response(bytes, { headers: { 'content-type': type } }).formData()).entries());
  } catch {
    return undefined;
  }
}

/**
 * POST requests.{format}: a partner application files a report with its API key (form-urlencoded
 * body as in GeoReport v2). Server to server: no cookie is read, so the Origin check of the
 * portal's forms does not apply; the key is the credential.
 */
export function handleCreateRequest(request: Request, format: Open311Format): Promise<Response> {
  return guarded(request, format, async () => {
    const fields = await readForm(request);
    if (fields === null) return open311Error(format, 413, `The body is larger than ${MAX_BODY_BYTES / 1024} KB`);
    if (fields === undefined) return open311Error(format, 400, 'Send the fields as application/x-www-form-urlencoded');
    const query = searchParams(request);

    const ip = clientIp(request.headers);
    const badKeys = await isLimited(`open311-badkey:${ip}`, OPEN311_LIMITS.badKeyPerIp.max);
    if (!badKeys.ok)
      return open311Error(format, 429, 'Too many requests with an invalid api_key; try again later', {
        'Retry-After': String(badKeys.retryAfter),
      });
    const key = await authenticateApiKey(fields.api_key ?? query.get('api_key'));
    if (!key) {
      await limit(`open311-badkey:${ip}`, OPEN311_LIMITS.badKeyPerIp.max, OPEN311_LIMITS.badKeyPerIp.windowSeconds);
      return open311Error(format, 403, 'api_key is missing, unknown or revoked');
    }
    const allowed = await limit(
      `open311-post:${key.id}`,
      OPEN311_LIMITS.postPerKey.max,
      OPEN311_LIMITS.postPerKey.windowSeconds,
    );
    if (!allowed.ok)
      return open311Error(format, 429, 'Too many service requests with this api_key; try again later', {
        'Retry-After': String(allowed.retryAfter),
      });

    const locale = localeParam.safeParse(fields.locale ?? query.get('locale') ?? undefined);
    if (!locale.success) return open311Error(format, 400, 'locale must be vi or en');
    const body = createRequestBody.safeParse(fields);
    if (!body.success) return open311Error(format, 400, messages(body.error));
    try {
      const created = await createRequest(key.id, body.data, locale.data);
      return open311Response(format, 'service_requests', [created], {
        status: 201,
        headers: { 'Cache-Control': 'no-store' },
      });
    } catch (error) {
      if (error instanceof UnknownServiceError)
        return open311Error(format, 400, `service_code not found: ${body.data.service_code}`);
      throw error;
    }
  });
}
