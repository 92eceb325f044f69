// GET /api/open311/v2/services.json — the report categories as Open311 services (?locale=vi|en), in JSON.
import { handleServices } from '@/server/open311/handlers';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => handleServices(request, 'json');
