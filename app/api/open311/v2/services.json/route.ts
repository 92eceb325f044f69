// GET /api/open311/v2/services.json — the report categories as Open311 services (?locale=vi|en).
import type { NextRequest } from 'next/server';
import { locale as localeParam } from '@/lib/validation/open311/requests';
import { guarded, open311Error, open311Json } from '@/server/open311/format';
import { listServices } from '@/server/open311/service';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  return guarded(request, async () => {
    const locale = localeParam.safeParse(request.nextUrl.searchParams.get('locale') ?? undefined);
    if (!locale.success) return open311Error(400, 'locale must be vi or en');
    return open311Json(await listServices(locale.data));
  });
}
