// GET /api/consultations/{slug}/tally?format=csv|json&lang=vi|en — the published tally of a closed consultation: one line per response, named by the SHA-256 of its receipt code (docs/decisions/023).
import { AppError } from '@/server/errors';
import { consultationBySlug } from '@/server/consultations/queries';
import { requireTallyOpen, tallyStream } from '@/server/consultations/tally';
import { route } from '@/server/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = route(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) throw new AppError('not_found');
  const url = new URL(request.url);
  const format = url.searchParams.get('format') ?? 'json';
  if (format !== 'csv' && format !== 'json') throw new AppError('bad_request');
  const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'vi';
  const consultation = await consultationBySlug(slug);
  if (!consultation) throw new AppError('not_found');
  // Nothing before closing, whatever the results rule: the file is the same for everyone.
  requireTallyOpen(consultation);
  return new Response(tallyStream(consultation, { format, locale: lang, full: false }), {
    headers: {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slug}-bang-kiem-phieu.${format}"`,
      'Cache-Control': 'public, max-age=300',
    },
  });
});
