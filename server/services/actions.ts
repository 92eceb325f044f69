'use server';
import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { placeEditSchema, placeReportHandleSchema } from '@/lib/validation/services';
import { validatedAction } from '../action';
import { AppError, toAppError } from '../errors';
import { getCurrentUser } from '../session';
import { closeCorrection, savePlace } from './admin';

// The directory's back-office forms. The permission is checked in server/services/admin.ts with
// the signed-in user; each form goes back to its page, so they post without JavaScript.

export const savePlaceAction = validatedAction(placeEditSchema, async (input) => {
  const user = await getCurrentUser();
  const saved = await savePlace(user, input);
  const locale = (await getLocale()) as Locale;
  redirect({ href: { pathname: '/admin/services/[id]', params: { id: saved.id }, query: { saved: '1' } }, locale });
});

/** A button of the corrections queue (a plain form): back to the queue, with `?error=code` when refused. */
export async function closeCorrectionAction(formData: FormData) {
  let error: string | null = null;
  try {
    const user = await getCurrentUser();
    const parsed = placeReportHandleSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) throw new AppError('unprocessable', 'invalid');
    await closeCorrection(user, parsed.data.id, parsed.data.status);
  } catch (e) {
    unstable_rethrow(e);
    const appError = toAppError(e);
    if (appError.code === 'unauthorized' || appError.code === 'forbidden') throw appError;
    error = appError.error.code;
  }
  const locale = (await getLocale()) as Locale;
  redirect({ href: { pathname: '/admin/services/reports', query: error ? { error } : { done: '1' } }, locale });
}
