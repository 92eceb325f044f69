// GET /api/open311/v2/discovery.json — Open311 service discovery (JSON).
import { handleDiscovery } from '@/server/open311/handlers';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => handleDiscovery(request, 'json');
