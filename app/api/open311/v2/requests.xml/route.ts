// GET  /api/open311/v2/requests.xml — public reports as Open311 service requests (filters of the spec).
// POST /api/open311/v2/requests.xml — a partner application files a report with its API key.
// Both answer in XML; the handlers are shared with requests.json.
import { handleCreateRequest, handleListRequests } from '@/server/open311/handlers';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => handleListRequests(request, 'xml');
export const POST = (request: Request) => handleCreateRequest(request, 'xml');
