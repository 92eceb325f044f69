// GET /api/feedback/photos/{id}/{display|thumb} — a report photo, only for those allowed to see it.
import { getCurrentUser } from '@/server/session';
import { servePhoto } from '@/server/reports/photo-access';
import { route } from '@/server/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = route(async (request, { params }: { params: Promise<{ id: string; variant: string }> }) => {
  const { id, variant } = await params;
  return servePhoto(await getCurrentUser(), id, variant, undefined, request.headers.get('if-none-match'));
});
