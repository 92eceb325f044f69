// GET /api/admin/consultations/{id}/responses?format=csv|json&lang=vi|en — an editor or administrator exports the full anonymous response table (ward, written answers and their moderation; no account), audit-logged.
import { AppError } from '@/server/errors';
import { exportResponses } from '@/server/consultations/tally';
import { route } from '@/server/route';
import { getCurrentUser } from '@/server/session';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new AppError('not_found');
  const url = new URL(request.url);
  const format = url.searchParams.get('format') ?? 'csv';
  if (format !== 'csv' && format !== 'json') throw new AppError('bad_request');
  const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'vi';
  const { consultation, stream } = await exportResponses(await getCurrentUser(), { id, format, locale: lang });
  return new Response(stream, {
    headers: {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${consultation.slug}-phieu-tra-loi.${format}"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
