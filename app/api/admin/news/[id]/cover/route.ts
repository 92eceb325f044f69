// POST /api/admin/news/{id}/cover — an editor uploads an article's cover image (multipart, field "file").
import { handleCoverUpload } from '@/server/news/cover-upload';
import { route } from '@/server/route';
import { getCurrentUser } from '@/server/session';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = route(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  return handleCoverUpload(request, await getCurrentUser(), decodeURIComponent(id).slice(0, 64));
});
