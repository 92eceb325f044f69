// GET /api/open311/v2/requests/{service_request_id}.json — one public report by its tracking code.
import type { NextRequest } from 'next/server';
import { locale as localeParam } from '@/lib/validation/open311/requests';
import { REPORT_CODE_PATTERN } from '@/server/reports/codes';
import { guarded, open311Error, open311Json, stripFormat } from '@/server/open311/format';
import { getRequest } from '@/server/open311/service';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return guarded(request, async () => {
    const parsed = stripFormat((await params).id);
    if ('error' in parsed) return parsed.error;
    const locale = localeParam.safeParse(request.nextUrl.searchParams.get('locale') ?? undefined);
    if (!locale.success) return open311Error(400, 'locale must be vi or en');
    const code = parsed.value;
    // A private or hidden report answers exactly like an unknown one.
    const found = REPORT_CODE_PATTERN.test(code) ? await getRequest(code, locale.data) : null;
    if (!found) return open311Error(404, `service_request_id not found: ${code.slice(0, 40)}`);
    return open311Json([found]);
  });
}
