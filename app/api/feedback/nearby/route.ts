// GET /api/feedback/nearby?category=&lat=&lng=&ward=&title=&locale= — up to 5 open public reports
// like the one a signed-in resident is writing, so they can follow one instead of sending again.
import { NextResponse, type NextRequest } from 'next/server';
import { issueFieldErrors } from '@/lib/errors';
import { nearbyParams, nearbyQuerySchema } from '@/lib/validation/reports/nearby';
import { findNearbyReports } from '@/server/reports/nearby';
import { clientIp } from '@/server/http/request';
import { limit } from '@/server/rate-limit';
import { jsonError, requestLocale } from '@/server/responses';
import { route } from '@/server/route';
import { getCurrentUser } from '@/server/session';

/** The form asks again after a pause in typing: generous for a person, tight for a scraper. */
const NEARBY_RATE = { max: 60, windowSeconds: 60 };

export const GET = route(async (request: NextRequest) => {
  const params = nearbyParams(request.nextUrl.searchParams);
  const locale = requestLocale(request, params.locale);
  const rl = await limit(`nearby:ip:${clientIp(request.headers)}`, NEARBY_RATE.max, NEARBY_RATE.windowSeconds);
  if (!rl.ok) return jsonError(request, 'rate_limited', 'rate_limited', { retryAfter: rl.retryAfter, locale });
  if (!(await getCurrentUser())) return jsonError(request, 'unauthorized', 'unauthorized', { locale });

  const parsed = nearbyQuerySchema.safeParse(params);
  if (!parsed.success) {
    return jsonError(request, 'bad_request', 'bad_request', { locale, fields: issueFieldErrors(parsed.error.issues) });
  }
  const items = await findNearbyReports(parsed.data);
  return NextResponse.json({ items }, { headers: { 'Cache-Control': 'private, no-store' } });
});
