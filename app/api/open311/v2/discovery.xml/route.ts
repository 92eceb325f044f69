// GET /api/open311/v2/discovery.xml — Open311 service discovery (XML).
import { handleDiscovery } from '@/server/open311/handlers';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => handleDiscovery(request, 'xml');
