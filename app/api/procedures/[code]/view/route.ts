// POST /api/procedures/{code}/view — the procedure page's beacon: counts a view for popularity.
import type { NextRequest } from 'next/server';
import { clientIp, isSameOrigin } from '@/server/http/request';
import { recordView } from '@/server/procedures/helpfulness';
import { jsonError } from '@/server/responses';
import { route } from '@/server/route';

export const POST = route(async (request: NextRequest, { params }: { params: Promise<{ code: string }> }) => {
  if (!isSameOrigin(request)) return jsonError(request, 'forbidden', 'origin');
  const { code } = await params;
  await recordView(decodeURIComponent(code).slice(0, 50), clientIp(request.headers));
  return new Response(null, { status: 204 });
});
