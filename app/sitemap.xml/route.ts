// GET /sitemap.xml — the sitemap index: one sitemap of section pages and one per 10,000 procedures.
import { route } from '@/server/route';
import { sitemapIndex } from '@/server/sitemap';

export const revalidate = 3600;

export const GET = route(
  async () => new Response(await sitemapIndex(), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } }),
);
