// GET /api/feedback/photos/{id}/{display|thumb} — a report photo, only for those allowed to see it.
import { getCurrentUser } from '@/server/session';
import { servePhoto } from '@/server/feedback/photo-access';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; variant: string }> }) {
  const { id, variant } = await params;
  return servePhoto(await getCurrentUser(), id, variant);
}
