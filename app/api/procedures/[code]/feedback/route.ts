// POST /api/procedures/{code}/feedback — "Was this page helpful?" from the procedure page: anonymous,
// Origin-checked, rate-limited. A plain form is sent back to the page's thank-you note.
import { NextResponse, type NextRequest } from 'next/server';
import { getPathname } from '@/i18n/paths';
import { procedureFeedbackSchema } from '@/lib/validation/procedures';
import { clientIp, isSameOrigin, publicUrl } from '@/server/http/request';
import { recordFeedback } from '@/server/procedures/helpfulness';
import type { AppError } from '@/server/errors';
import { failure, htmlFailure, jsonFailure, requestLocale, type Failure } from '@/server/responses';
import { errorResponse, route } from '@/server/route';

export const POST = route(async (request: NextRequest, { params }: { params: Promise<{ code: string }> }) => {
  const { code } = await params;
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  const fields = Object.fromEntries(await request.formData().catch(() => new FormData()));
  const locale = requestLocale(request, fields.locale);
  const home = getPathname({ locale, href: '/procedures' });
  const back = request.headers.get('referer') ?? home;
  const fail = (f: Failure | AppError) => (wantsJson ? jsonFailure(request, f, locale) : htmlFailure(locale, f, back));

  if (!isSameOrigin(request)) return fail(failure('forbidden', 'origin'));
  const parsed = procedureFeedbackSchema.safeParse(fields);
  if (!parsed.success) return fail(failure('bad_request'));
  try {
    const p = await recordFeedback(decodeURIComponent(code).slice(0, 50), clientIp(request.headers), parsed.data);
    if (wantsJson) return NextResponse.json({ ok: true }, { status: 201 });
    const page = getPathname({ locale, href: { pathname: '/procedures/[slug]', params: { slug: p.slug } } });
    return NextResponse.redirect(publicUrl(`${page}#feedback-thanks`), 303);
  } catch (error) {
    return errorResponse(request, error, (_req, e) => fail(e));
  }
});
