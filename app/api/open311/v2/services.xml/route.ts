// GET /api/open311/v2/services.xml — the report categories as Open311 services (?locale=vi|en), in XML.
import { handleServices } from '@/server/open311/handlers';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => handleServices(request, 'xml');
