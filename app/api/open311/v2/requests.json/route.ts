// GET  /api/open311/v2/requests.json — public reports as Open311 service requests (filters of the spec).
// POST /api/open311/v2/requests.json — a partner application files a report with its API key
// (form-urlencoded body as in GeoReport v2). Server to server: no cookie is read, so the Origin
// check of the portal's forms does not apply; the key is the credential.
import { NextResponse, type NextRequest } from 'next/server';
import type { z } from 'zod';
import { createRequestBody, locale as localeParam, requestsQuery } from '@/lib/validation/open311/requests';
import { authenticateApiKey } from '@/server/open311/api-keys';
import { clientIp } from '@/server/http/request';
import { guarded, OPEN311_LIMITS, open311Error, open311Json } from '@/server/open311/format';
import { createRequest, listRequests, UnknownServiceError } from '@/server/open311/service';
import { isLimited, limit } from '@/server/rate-limit';

export const dynamic = 'force-dynamic';

const MAX_BODY_BYTES = 64 * 1024;

const messages = (error: z.ZodError) => [...new Set(error.issues.map((i) => i.message))];

function firstValues(entries: Iterable<[string, FormDataEntryValue | string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (typeof value === 'string' && !(key in out)) out[key] = value;
  }
  return out;
}

export async function GET(request: NextRequest) {
  return guarded(request, async () => {
    const parsed = requestsQuery.safeParse(firstValues(request.nextUrl.searchParams.entries()));
    if (!parsed.success) return open311Error(400, messages(parsed.error));
    return open311Json(await listRequests(parsed.data));
  });
}

/** The body as fields, read up to MAX_BODY_BYTES; null when too large, undefined when not a form. */
async function readForm(request: NextRequest): Promise<Record<string, string> | null | undefined> {
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

export async function POST(request: NextRequest) {
  return guarded(request, async () => {
    const fields = await readForm(request);
    if (fields === null) return open311Error(413, `The body is larger than ${MAX_BODY_BYTES / 1024} KB`);
    if (fields === undefined) return open311Error(400, 'Send the fields as application/x-www-form-urlencoded');

    const ip = clientIp(request.headers);
    const badKeys = await isLimited(`open311-badkey:${ip}`, OPEN311_LIMITS.badKeyPerIp.max);
    if (!badKeys.ok)
      return open311Error(429, 'Too many requests with an invalid api_key; try again later', {
        'Retry-After': String(badKeys.retryAfter),
      });
    const key = await authenticateApiKey(fields.api_key ?? request.nextUrl.searchParams.get('api_key'));
    if (!key) {
      await limit(`open311-badkey:${ip}`, OPEN311_LIMITS.badKeyPerIp.max, OPEN311_LIMITS.badKeyPerIp.windowSeconds);
      return open311Error(403, 'api_key is missing, unknown or revoked');
    }
    const allowed = await limit(
      `open311-post:${key.id}`,
      OPEN311_LIMITS.postPerKey.max,
      OPEN311_LIMITS.postPerKey.windowSeconds,
    );
    if (!allowed.ok)
      return open311Error(429, 'Too many service requests with this api_key; try again later', {
        'Retry-After': String(allowed.retryAfter),
      });

    const locale = localeParam.safeParse(fields.locale ?? request.nextUrl.searchParams.get('locale') ?? undefined);
    if (!locale.success) return open311Error(400, 'locale must be vi or en');
    const body = createRequestBody.safeParse(fields);
    if (!body.success) return open311Error(400, messages(body.error));
    try {
      const created = await createRequest(key.id, body.data, locale.data);
      return NextResponse.json([created], { status: 201, headers: { 'Cache-Control': 'no-store' } });
    } catch (error) {
      if (error instanceof UnknownServiceError)
        return open311Error(400, `service_code not found: ${body.data.service_code}`);
      throw error;
    }
  });
}
