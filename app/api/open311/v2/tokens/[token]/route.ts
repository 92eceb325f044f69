// GET /api/open311/v2/tokens/{token}.json — the service request a token stands for. Requests are
// created at once (POST returns the service_request_id), so tokens exist only for clients that
// were given one; an unknown token is a 404.
import type { NextRequest } from 'next/server';
import { guarded, open311Error, open311Json, stripFormat } from '@/server/open311/format';
import { requestForToken } from '@/server/open311/service';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  return guarded(request, async () => {
    const parsed = stripFormat((await params).token);
    if ('error' in parsed) return parsed.error;
    const token = parsed.value;
    const found = /^[A-Za-z0-9_-]{8,100}$/.test(token) ? await requestForToken(token) : null;
    if (!found) return open311Error(404, 'token not found');
    return open311Json([found]);
  });
}
