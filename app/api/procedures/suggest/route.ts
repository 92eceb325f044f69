// GET /api/procedures/suggest?q=&locale=vi|en — up to 6 procedures for the search box's suggestions.
// The search box works without this (a plain GET form); with JavaScript it offers these while typing.
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { getPathname } from '@/i18n/paths';
import { locales, routing } from '@/i18n/routing';
import { normalizeForSearch, searchTokens } from '@/lib/search/normalize';
import { MAX_QUERY_LENGTH, searchProcedures } from '@/server/procedures/search';
import { fieldErrors } from '@/server/errors';
import { jsonError, requestLocale } from '@/server/responses';
import { route } from '@/server/route';

const SUGGESTIONS = 6;

// A long query is cut, not refused; only an unknown language is an error.
const suggestQuerySchema = z.object({
  q: z
    .string()
    .optional()
    .default('')
    .transform((q) => q.slice(0, MAX_QUERY_LENGTH)),
  locale: z.enum(locales).optional().default(routing.defaultLocale),
});

const cacheHeaders = { 'Cache-Control': 'public, max-age=60' };

export const GET = route(async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  const parsed = suggestQuerySchema.safeParse({
    q: params.get('q') ?? undefined,
    locale: params.get('locale') || undefined,
  });
  if (!parsed.success) {
    const fields = fieldErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), 'invalid'])));
    return jsonError(request, 'bad_request', 'bad_request', { locale: requestLocale(request), fields });
  }
  const { q, locale } = parsed.data;
  // Nothing to search for (blank, or only punctuation and emoji): no suggestions, not the most viewed.
  if (!searchTokens(normalizeForSearch(q)).length) {
    return NextResponse.json({ items: [] }, { headers: cacheHeaders });
  }
  const result = await searchProcedures({ q, page: 1, filters: {}, locale, pageSize: SUGGESTIONS });
  const items = result.hits.slice(0, SUGGESTIONS).map((h) => ({
    slug: h.slug,
    title: locale === 'en' ? h.titleEn : h.titleVi,
    href: getPathname({ locale, href: { pathname: '/procedures/[slug]', params: { slug: h.slug } } }),
  }));
  return NextResponse.json({ items }, { headers: cacheHeaders });
});
