// GET /api/procedures/{code} — open data: one published procedure with every field.
import { NextResponse, type NextRequest } from 'next/server';
import { currentEnglish } from '@/lib/procedures/english';
import { procedureByCode } from '@/server/procedures/queries';
import { jsonError } from '@/server/responses';
import { route } from '@/server/route';

export const GET = route(async (request: NextRequest, { params }: { params: Promise<{ code: string }> }) => {
  const { code } = await params;
  const p = await procedureByCode(decodeURIComponent(code));
  if (!p) return jsonError(request, 'not_found');
  const { id, field, ...rest } = p;
  return NextResponse.json(
    {
      ...rest,
      // The English details only while they translate the current Vietnamese ones; null otherwise.
      detailsEn: currentEnglish(p),
      field: { code: field.code, vi: field.nameVi, en: field.nameEn },
      url: `/vi/thu-tuc-hanh-chinh/${p.slug}`,
    },
    {
      headers: {
        'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
        'Last-Modified': p.updatedAt.toUTCString(),
      },
    },
  );
});
