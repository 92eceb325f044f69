// GET /api/cards/{vi|en}/reports/{code} — a public report's 1200×630 share image. A private report,
// one hidden by a moderator or an unknown code: 404, the same answer, so nothing is learnt from it.
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { reportCard } from '@/server/cards/cards';
import { cardNotFound, cardResponse } from '@/server/cards/social-card';
import { route } from '@/server/route';

export const dynamic = 'force-dynamic';

export const GET = route(async (request, { params }: { params: Promise<{ locale: string; code: string }> }) => {
  const { locale, code } = await params;
  if (!hasLocale(routing.locales, locale)) return cardNotFound();
  const card = await reportCard(locale, code);
  return card ? cardResponse(request, card, 300) : cardNotFound();
});
