// POST /api/consultations/{slug}/poll — one tap on a quick poll: a plain form from a cached page (home, news article), or JSON with `Accept: application/json`.
import { NextResponse } from 'next/server';
import { getPathname } from '@/i18n/paths';
import { POLL_LIMIT } from '@/lib/consultations/comments';
import { issueFieldErrors } from '@/lib/errors';
import { pollAnswerSchema } from '@/lib/validation/consultation-comments';
import { answerPoll } from '@/server/consultations/polls';
import { AppError, toAppError } from '@/server/errors';
import { isSameOrigin, publicUrl } from '@/server/http/request';
import { limit } from '@/server/rate-limit';
import { htmlFailure, jsonFailure, requestLocale } from '@/server/responses';
import { route } from '@/server/route';
import { getCurrentUser } from '@/server/session';

export const dynamic = 'force-dynamic';

const SLUG = /^[a-z0-9-]{1,120}$/;

export const POST = route(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  let form: FormData | null = null;
  try {
    form = await request.formData();
  } catch {
    form = null;
  }
  const locale = requestLocale(request, form?.get('locale'));
  const page = SLUG.test(slug)
    ? getPathname({ locale, href: { pathname: '/consultations/[slug]', params: { slug } } })
    : `/${locale}`;
  const fail = (error: unknown) => {
    const appError = toAppError(error);
    // One tap answers one field: its own error ("not an option of this question") is the one to show.
    const field = Object.values(appError.details.fields ?? {})[0]?.[0];
    const shown = field ? { status: appError.status, error: field, fields: appError.details.fields } : appError;
    return wantsJson ? jsonFailure(request, shown, locale) : htmlFailure(locale, shown, page);
  };
  const see = (path: string) =>
    new NextResponse(null, {
      status: 303,
      headers: { Location: publicUrl(path).toString(), 'Cache-Control': 'no-store' },
    });

  try {
    if (!SLUG.test(slug)) throw new AppError('not_found');
    if (!isSameOrigin(request)) throw new AppError('forbidden', 'origin');
    if (!form) throw new AppError('bad_request', 'bad_body');
    const user = await getCurrentUser();
    if (!user) {
      if (wantsJson) throw new AppError('unauthorized', 'consultationSignIn');
      return see(`${getPathname({ locale, href: '/sign-in' })}?next=${encodeURIComponent(page)}`);
    }
    const parsed = pollAnswerSchema.safeParse(
      Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')),
    );
    if (!parsed.success)
      throw new AppError('bad_request', 'invalidFields', { fields: issueFieldErrors(parsed.error.issues) });
    const rate = await limit(`consultation-poll:${user.id}`, POLL_LIMIT.max, POLL_LIMIT.windowSeconds);
    if (!rate.ok)
      throw new AppError('rate_limited', 'rate_limited', {
        retryAfter: rate.retryAfter,
        params: { seconds: rate.retryAfter },
      });
    const saved = await answerPoll({ userId: user.id, slug, optionId: parsed.data.option });
    if (wantsJson)
      return NextResponse.json(
        { receiptCode: saved.receiptCode, url: publicUrl(page).toString() },
        { status: saved.replaced ? 200 : 201, headers: { 'Cache-Control': 'no-store' } },
      );
    return see(`${page}?answered=1#receipt`);
  } catch (error) {
    return fail(error);
  }
});
