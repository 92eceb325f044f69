// GET /sitemaps/{pages|procedures-N|reports-N}.xml — one sitemap of the index.
import { route } from '@/server/route';
import { sitemapChunk } from '@/server/sitemap';

export const GET = route(async (_request, { params }: { params: Promise<{ chunk: string }> }) => {
  const { chunk } = await params;
  const xml = await sitemapChunk(chunk.replace(/\.xml$/, ''));
  if (!xml) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(xml, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
});
