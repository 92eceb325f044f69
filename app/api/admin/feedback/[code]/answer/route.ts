// POST /api/admin/feedback/{code}/answer — an official answers a report, with up to 5 photos.
import { getCurrentUser } from '@/server/session';
import { handleReportAnswer } from '@/server/reports/answer';
import { route } from '@/server/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = route(async (request, { params }: { params: Promise<{ code: string }> }) => {
  const { code } = await params;
  return handleReportAnswer(request, await getCurrentUser(), decodeURIComponent(code));
});
