// GET /api/open311/v2/tokens/{token}.json|.xml — the service request a token stands for, in the
// suffix's format.
import { handleToken } from '@/server/open311/handlers';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return handleToken(request, (await params).token);
}
