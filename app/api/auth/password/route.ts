// POST /api/auth/password — a resident signs in with email and password.
// A plain form post is answered with redirects (the form comes back with its error and the email
// kept); a request that accepts JSON gets JSON. Five failures a minute per account or per
// address: 429 with Retry-After. A body that is not a form or a JSON object: 400.
import { NextResponse, type NextRequest } from 'next/server';
import { getPathname } from '@/i18n/paths';
import { signInSchema } from '@/lib/validation/account';
import { SIGN_IN_FLASH_COOKIE } from '@/lib/constants';
import { checkSignIn } from '@/server/accounts/service';
import { createSignInTicket, signIn } from '@/server/auth';
import { safeReturnPath } from '@/lib/safe-redirect';
import { env } from '@/server/env';
import { clientIp, isSameOrigin, publicUrl } from '@/server/http/request';
import { issueFieldErrors } from '@/lib/errors';
import { htmlError, htmlFailure, jsonError, jsonFailure, requestLocale } from '@/server/responses';
import { errorResponse, readFields, route } from '@/server/route';

export const POST = route(async (request: NextRequest) => {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  const fields = await readFields(request);
  const locale = requestLocale(request, fields.locale);
  const signInPath = getPathname({ locale, href: '/sign-in' });

  const back = (error: string, email?: unknown, status = 303) => {
    const url = publicUrl(signInPath);
    url.searchParams.set('error', error);
    const next = safeReturnPath(fields.next, env().PUBLIC_URL);
    if (next) url.searchParams.set('next', next);
    const response = NextResponse.redirect(url, status);
    if (typeof email === 'string' && email.length <= 254) {
      response.cookies.set(SIGN_IN_FLASH_COOKIE, email, { httpOnly: true, sameSite: 'lax', maxAge: 120, path: '/' });
    }
    return response;
  };

  if (!isSameOrigin(request)) {
    return wantsJson
      ? jsonError(request, 'forbidden', 'origin', { locale })
      : htmlError(locale, 'forbidden', 'origin', signInPath);
  }

  const parsed = signInSchema.safeParse(fields);
  if (!parsed.success) {
    const fieldErrors = issueFieldErrors(parsed.error.issues);
    return wantsJson
      ? jsonError(request, 'bad_request', 'bad_request', { locale, fields: fieldErrors })
      : back(Object.values(fieldErrors)[0]?.[0]?.code === 'emailInvalid' ? 'emailInvalid' : 'missing', fields.email);
  }
  const { email, password } = parsed.data;
  const next = safeReturnPath(parsed.data.next, env().PUBLIC_URL) ?? getPathname({ locale, href: '/account' });

  try {
    const result = await checkSignIn(email, password, clientIp(request.headers));
    if (!result.ok) {
      const status = result.reason === 'invalid_credentials' ? 'unauthorized' : 'forbidden';
      return wantsJson ? jsonError(request, status, result.reason, { locale }) : back(result.reason, email);
    }
    await signIn('ticket', { ticket: createSignInTicket(result.userId), redirect: false });
    if (wantsJson) return NextResponse.json({ ok: true, redirect: next }, { headers: { 'Cache-Control': 'no-store' } });
    const response = NextResponse.redirect(new URL(next, env().PUBLIC_URL), 303);
    response.cookies.delete(SIGN_IN_FLASH_COOKIE);
    return response;
  } catch (error) {
    // A plain form gets a page it can go back from, or its form again; JSON clients the usual shape.
    return errorResponse(request, error, (req, e) => {
      if (wantsJson) return jsonFailure(req, e, locale);
      if (e.details.retryAfter) return htmlFailure(locale, e, signInPath);
      return back('internal', email);
    });
  }
});
