// GET /api/alerts/{vi|en}/feed.atom — the CAP index feed: every alert in force, each entry linking
// its CAP document (application/cap+xml), for aggregators; 404 for an unknown language.
import { isLocale } from '@/i18n/routing';
import { capFeed } from '@/server/alerts/documents';
import { AppError } from '@/server/errors';
import { route } from '@/server/route';

export const dynamic = 'force-dynamic';

export const GET = route(async (_request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params;
  if (!isLocale(locale)) throw new AppError('not_found');
  return new Response(await capFeed(locale), {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=60',
    },
  });
});
