// GET /api/open311/v2/services/{service_code}.json|.xml — a service definition, in the suffix's format.
import { handleServiceDefinition } from '@/server/open311/handlers';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  return handleServiceDefinition(request, (await params).code);
}
