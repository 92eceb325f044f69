// GET /api/alerts/{vi|en}/wards/{ward}/feed.atom — Atom of the alerts in force for one ward (and for
// the whole city); 404 for an unknown language or ward.
import { isLocale } from '@/i18n/routing';
import { wardFeed } from '@/server/alerts/documents';
import { AppError } from '@/server/errors';
import { route } from '@/server/route';

export const dynamic = 'force-dynamic';

export const GET = route(async (_request, { params }: { params: Promise<{ locale: string; ward: string }> }) => {
  const { locale, ward } = await params;
  if (!isLocale(locale)) throw new AppError('not_found');
  const xml = await wardFeed(locale, ward, 'atom');
  if (!xml) throw new AppError('not_found');
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=60',
    },
  });
});
