// GET /api/cards/{vi|en}/procedures/{slug} — a published procedure's 1200×630 share image; 404 otherwise.
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { procedureCard } from '@/server/cards/cards';
import { cardNotFound, cardResponse } from '@/server/cards/social-card';
import { route } from '@/server/route';

export const dynamic = 'force-dynamic';

export const GET = route(async (request, { params }: { params: Promise<{ locale: string; slug: string }> }) => {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return cardNotFound();
  const card = await procedureCard(locale, slug);
  return card ? cardResponse(request, card) : cardNotFound();
});
