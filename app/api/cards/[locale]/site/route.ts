// GET /api/cards/{vi|en}/site — the portal's 1200×630 share image, for pages without one of their own.
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { siteCard } from '@/server/cards/cards';
import { cardNotFound, cardResponse } from '@/server/cards/social-card';
import { route } from '@/server/route';

export const dynamic = 'force-dynamic';

export const GET = route(async (request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return cardNotFound();
  return cardResponse(request, siteCard(locale));
});
