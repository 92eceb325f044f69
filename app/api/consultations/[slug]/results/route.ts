// GET /api/consultations/{slug}/results?format=csv|json&lang=vi|en — a consultation's results as open data (no personal data), sealed like the results page.
import { NextResponse } from 'next/server';
import { resultsCsv, resultsData, resultsFor } from '@/server/consultations/results';
import { AppError } from '@/server/errors';
import { route } from '@/server/route';
import { getCurrentUser } from '@/server/session';

export const GET = route(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) throw new AppError('not_found');
  const url = new URL(request.url);
  const format = url.searchParams.get('format') ?? 'json';
  if (format !== 'csv' && format !== 'json') throw new AppError('bad_request');
  const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'vi';
  const user = await getCurrentUser();
  const { consultation, results } = await resultsFor(slug, user?.id);
  const data = resultsData(consultation, results);
  // Closed: the same for everyone. Still open (shown to a person who answered): theirs alone.
  const cache = consultation.phase === 'closed' ? 'public, max-age=300' : 'private, no-store';
  const name = `${slug}-ket-qua`;
  if (format === 'csv') {
    return new NextResponse(resultsCsv(data, lang), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}.csv"`,
        'Cache-Control': cache,
      },
    });
  }
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}.json"`,
      'Cache-Control': cache,
    },
  });
});
