// GET /api/news/images/{id}/{full|og} — an article's cover: the page's copy or the 1200×630 share image.
import { newsImageBytes } from '@/server/news/images';
import { route } from '@/server/route';

export const dynamic = 'force-dynamic';

export const GET = route(async (_request, { params }: { params: Promise<{ id: string; variant: string }> }) => {
  const { id, variant } = await params;
  const bytes = variant === 'full' || variant === 'og' ? await newsImageBytes(id, variant) : null;
  if (!bytes)
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  // A new cover is a new id: an image never changes, so it may be kept for a year.
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'image/jpeg',
      'Content-Length': String(bytes.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
