// GET /api/open311/v2/services/{service_code}.json — a service definition (no extra attributes).
import type { NextRequest } from 'next/server';
import { guarded, open311Error, open311Json, stripFormat } from '@/server/open311/format';
import { serviceDefinition } from '@/server/open311/service';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  return guarded(request, async () => {
    const parsed = stripFormat((await params).code);
    if ('error' in parsed) return parsed.error;
    const code = parsed.value;
    const definition = /^[a-z0-9-]{1,40}$/.test(code) ? await serviceDefinition(code) : null;
    if (!definition) return open311Error(404, `service_code not found: ${code.slice(0, 40)}`);
    return open311Json(definition);
  });
}
