// POST /api/feedback — a signed-in resident files a report with up to 5 photos (multipart, streamed).
import { getCurrentUser } from '@/server/session';
import { handleReportUpload } from '@/server/reports/upload';
import { route } from '@/server/route';

// Photos are decoded with sharp: Node.js only, never cached.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = route(async (request) => handleReportUpload(request, await getCurrentUser()));
