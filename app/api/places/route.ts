// GET /api/places?q=&type=&ward=&open=&lat=&lng=&page=&size= — open data: the services directory, paged, nearest first with lat/lng.
import { NextResponse, type NextRequest } from 'next/server';
import { placeRecord } from '@/lib/services/open-data';
import { typeOfSlug } from '@/lib/services/places';
import { placeQuerySchema } from '@/lib/validation/services';
import { fieldErrorsOf } from '@/server/action';
import { AppError } from '@/server/errors';
import { jsonFailure, requestLocale } from '@/server/responses';
import { route } from '@/server/route';
import { searchPlaces, wardByCode } from '@/server/services/queries';

export const GET = route(async (request: NextRequest) => {
  const raw = Object.fromEntries(request.nextUrl.searchParams.entries());
  const locale = requestLocale(request, raw.locale);
  const parsed = placeQuerySchema.safeParse(raw);
  if (!parsed.success)
    return jsonFailure(
      request,
      new AppError('bad_request', 'bad_request', { fields: fieldErrorsOf(parsed.error) }),
      locale,
    );
  const q = parsed.data;
  const type = q.type ? typeOfSlug(q.type) : undefined;
  if (type === null)
    return jsonFailure(request, new AppError('not_found', 'not_found', { fields: { type: 'invalid' } }), locale);
  if (q.ward && !(await wardByCode(q.ward)))
    return jsonFailure(request, new AppError('not_found', 'wardUnknown', { fields: { ward: 'wardUnknown' } }), locale);
  const origin = q.lat !== undefined && q.lng !== undefined ? { lat: q.lat, lng: q.lng } : undefined;
  const result = await searchPlaces({
    q: q.q,
    type: type ?? undefined,
    wardCode: q.ward,
    openNow: q.open,
    origin,
    page: q.page,
    size: q.size,
  });
  if (q.page > result.pages) return jsonFailure(request, new AppError('not_found'), locale);
  return NextResponse.json(
    {
      query: q.q,
      total: result.total,
      page: result.page,
      pages: result.pages,
      size: result.size,
      items: result.items.map((p) =>
        placeRecord({ ...p, ward: { code: p.wardCode, name: p.wardName }, distance: origin ? p.distance : undefined }),
      ),
    },
    // "open" changes by the minute: a short cache only.
    { headers: { 'Cache-Control': q.open ? 'public, max-age=30' : 'public, max-age=60, stale-while-revalidate=600' } },
  );
});
