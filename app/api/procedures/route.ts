// GET /api/procedures?q=&field=&level=&online=&page= — open data: search published procedures.
import { NextResponse, type NextRequest } from 'next/server';
import { parseProcedureQuery } from '@/lib/validation/procedures';
import { fieldErrors } from '@/server/errors';
import { searchProcedures } from '@/server/procedures/search';
import { jsonError, requestLocale } from '@/server/responses';
import { route } from '@/server/route';

export const GET = route(async (request: NextRequest) => {
  const raw = Object.fromEntries(request.nextUrl.searchParams.entries());
  const { query, invalid } = parseProcedureQuery(raw);
  const locale = requestLocale(request, raw.locale);
  if (invalid.length) {
    return jsonError(request, 'bad_request', 'bad_request', {
      locale,
      fields: fieldErrors(Object.fromEntries(invalid.map((k) => [k, 'invalid']))),
    });
  }
  const result = await searchProcedures({
    q: query.q,
    page: query.page,
    filters: { field: query.field, level: query.level, online: query.online },
    locale,
    pageSize: 20,
  });
  if (query.page > result.pages) {
    return jsonError(request, 'not_found', 'not_found', { locale });
  }
  return NextResponse.json(
    {
      query: query.q,
      total: result.total,
      page: result.page,
      pages: result.pages,
      facets: result.facets,
      items: result.hits.map((h) => ({
        code: h.code,
        slug: h.slug,
        title: { vi: h.titleVi, en: h.titleEn },
        summary: { vi: h.summaryVi, en: h.summaryEn },
        field: h.fieldCode,
        level: h.level,
        online: h.onlineLevel,
        url: `/vi/thu-tuc-hanh-chinh/${h.slug}`,
      })),
    },
    { headers: { 'Cache-Control': 'public, max-age=60, stale-while-revalidate=600' } },
  );
});
