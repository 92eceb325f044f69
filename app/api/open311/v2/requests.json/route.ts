// GET  /api/open311/v2/requests.json — public reports as Open311 service requests (filters of the spec).
// POST /api/open311/v2/requests.json — a partner application files a report with its API key.
// Both answer in JSON; the handlers are shared with requests.xml.
import { handleCreateRequest, handleListRequests } from '@/server/open311/handlers';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => handleListRequests(request, 'json');
export const POST = (request: Request) => handleCreateRequest(request, 'json');
