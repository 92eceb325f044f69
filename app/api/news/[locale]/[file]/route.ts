// GET /api/news/{vi|en}/{rss|atom}.xml — the newest 30 published articles in that language.
import { newsFeed } from '@/server/news/feeds';
import { route } from '@/server/route';

// Read per request (one indexed query), so a save shows at once; readers and proxies may keep it 5 minutes.
export const dynamic = 'force-dynamic';

export const GET = route(async (_request, { params }: { params: Promise<{ locale: string; file: string }> }) => {
  const { locale, file } = await params;
  const feed = await newsFeed(locale, null, file);
  if (!feed)
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(feed.body, {
    headers: { 'Content-Type': feed.type, 'Cache-Control': 'public, max-age=300, stale-while-revalidate=600' },
  });
});
