// GET /api/alerts/{vi|en}/cap/{identifier}.xml — one public alert message as CAP 1.2 XML, both
// languages' <info> blocks (the address's language first); 404 for an unknown language or message.
import { isLocale } from '@/i18n/routing';
import { capDocument } from '@/server/alerts/documents';
import { AppError } from '@/server/errors';
import { route } from '@/server/route';

export const dynamic = 'force-dynamic';

export const GET = route(async (_request, { params }: { params: Promise<{ locale: string; file: string }> }) => {
  const { locale, file } = await params;
  const identifier = file.match(/^([A-Za-z0-9_-]{1,100})\.xml$/)?.[1];
  if (!isLocale(locale) || !identifier) throw new AppError('not_found');
  const xml = await capDocument(identifier, locale);
  if (!xml) throw new AppError('not_found');
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/cap+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=60',
    },
  });
});
