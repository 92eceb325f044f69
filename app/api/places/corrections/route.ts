// POST /api/places/corrections — anyone tells the editors that a directory entry is wrong (plain form or JSON)
import { NextResponse } from 'next/server';
import { getPathname } from '@/i18n/paths';
import { placeReportSchema } from '@/lib/validation/services';
import { AppError } from '@/server/errors';
import { fieldErrorsOf } from '@/server/action';
import { clientIp, isSameOrigin, publicUrl } from '@/server/http/request';
import { htmlFailure, jsonFailure, requestLocale } from '@/server/responses';
import { readFields, route } from '@/server/route';
import { toAppError } from '@/server/errors';
import { fileCorrection } from '@/server/services/corrections';

export const POST = route(async (request: Request) => {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  let locale = requestLocale(request);
  let back = getPathname({ locale, href: '/services' });
  try {
    if (!isSameOrigin(request)) throw new AppError('forbidden', 'origin');
    const fields = await readFields(request);
    locale = requestLocale(request, fields.locale);
    if (typeof fields.slug === 'string' && /^[a-z0-9-]{1,120}$/.test(fields.slug))
      back = getPathname({ locale, href: { pathname: '/services/places/[slug]', params: { slug: fields.slug } } });
    const parsed = placeReportSchema.safeParse(fields);
    if (!parsed.success) throw new AppError('bad_request', 'invalid', { fields: fieldErrorsOf(parsed.error) });
    const saved = await fileCorrection(parsed.data, clientIp(request.headers));
    if (wantsJson)
      return NextResponse.json({ id: saved.id }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
    return NextResponse.redirect(publicUrl(getPathname({ locale, href: '/services/report-sent' })), 303);
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === 'internal' || appError.code === 'unavailable') throw error;
    return wantsJson ? jsonFailure(request, appError, locale) : htmlFailure(locale, appError, back);
  }
});
