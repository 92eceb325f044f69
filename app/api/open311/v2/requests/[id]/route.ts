// GET /api/open311/v2/requests/{service_request_id}.json|.xml — one public report by its tracking
// code, in the suffix's format.
import { handleGetRequest } from '@/server/open311/handlers';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleGetRequest(request, (await params).id);
}
