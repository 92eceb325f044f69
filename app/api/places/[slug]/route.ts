// GET /api/places/{slug} — open data: one entry of the services directory with its opening hours.
import { NextResponse } from 'next/server';
import { placeRecord } from '@/lib/services/open-data';
import { AppError } from '@/server/errors';
import { route } from '@/server/route';
import { placeBySlug } from '@/server/services/queries';

export const GET = route(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const p = await placeBySlug(slug);
  if (!p) throw new AppError('not_found');
  return NextResponse.json(placeRecord({ ...p, ward: { code: p.ward.code, name: p.ward.name } }), {
    headers: { 'Cache-Control': 'public, max-age=300', 'Last-Modified': p.updatedAt.toUTCString() },
  });
});
