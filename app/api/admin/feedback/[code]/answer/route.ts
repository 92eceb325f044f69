// POST /api/admin/feedback/{code}/answer — an official answers a report, with up to 5 photos.
import { getCurrentUser } from '@/server/session';
import { handleReportAnswer } from '@/server/feedback/answer';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return handleReportAnswer(request, await getCurrentUser(), decodeURIComponent(code));
}
