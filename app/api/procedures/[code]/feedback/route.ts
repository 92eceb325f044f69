// POST /api/procedures/{code}/feedback — "Was this page helpful?" from the procedure page: anonymous,
// Origin-checked, rate-limited. A plain form is sent back to the page's thank-you note.
import { NextResponse, type NextRequest } from 'next/server';
import { getPathname } from '@/i18n/navigation';
import { procedureFeedbackSchema } from '@/lib/validation/procedures';
import { clientIp, isSameOrigin, publicUrl } from '@/server/http/request';
import { recordFeedback } from '@/server/procedures/helpfulness';
import { htmlError, jsonError, requestLocale } from '@/server/responses';
import { errorResponse, route } from '@/server/route';

export const POST = route(async (request: NextRequest, { params }: { params: Promise<{ code: string }> }) => {
  const { code } = await params;
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  const fields = Object.fromEntries(await request.formData().catch(() => new FormData()));
  const locale = requestLocale(request, fields.locale);
  const home = getPathname({ locale, href: '/procedures' });
  const fail = (status: Parameters<typeof jsonError>[1], key: string, retryAfter?: number) =>
    wantsJson ? jsonError(request, status, key, { locale, retryAfter }) : htmlError(locale, status, key, request.headers.get('referer') ?? home, retryAfter);

  if (!isSameOrigin(request)) return fail('forbidden', 'origin');
  const parsed = procedureFeedbackSchema.safeParse(fields);
  if (!parsed.success) return fail('bad_request', 'bad_request');
  try {
    const p = await recordFeedback(decodeURIComponent(code).slice(0, 50), clientIp(request.headers), parsed.data);
    if (wantsJson) return NextResponse.json({ ok: true }, { status: 201 });
    const page = getPathname({ locale, href: { pathname: '/procedures/[slug]', params: { slug: p.slug } } });
    return NextResponse.redirect(publicUrl(`${page}#feedback-thanks`), 303);
  } catch (error) {
    return errorResponse(request, error, (_req, e) => fail(e.code, e.message, e.details?.retryAfter));
  }
});
