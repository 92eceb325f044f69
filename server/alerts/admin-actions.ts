'use server';
import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { alertCancelSchema, alertDraftSchema, alertEditSchema } from '@/lib/validation/alerts';
import { validatedAction } from '../action';
import { AppError, toAppError } from '../errors';
import { can } from '../permissions';
import { getCurrentUser } from '../session';
import { discardDraft, issueAlert, prepareAlert, prepareCancel } from './admin';

// The alerts back office's forms. Preparing (a new alert, an update, a cancel) answers with field
// errors or goes to the preview; issuing and discarding are plain buttons on the preview, which
// come back with `?error=code` when refused. Every form posts without JavaScript.

async function official() {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthorized');
  if (!can(user, 'alert:issue')) throw new AppError('forbidden');
  return user;
}

async function toPreview(id: string, query: Record<string, string> = {}): Promise<never> {
  const locale = (await getLocale()) as Locale;
  return redirect({ href: { pathname: '/admin/alerts/[id]', params: { id }, query }, locale });
}

export const prepareAlertAction = validatedAction(alertEditSchema, async (input) => {
  const user = await official();
  const { id } = await prepareAlert(user, input);
  await toPreview(id);
});

export const prepareCancelAction = validatedAction(alertCancelSchema, async (input) => {
  const user = await official();
  const { id } = await prepareCancel(user, input);
  await toPreview(id);
});

async function plain(
  formData: FormData,
  act: (id: string, user: Awaited<ReturnType<typeof official>>) => Promise<unknown>,
) {
  const parsed = alertDraftSchema.safeParse(Object.fromEntries(formData));
  const id = parsed.success ? parsed.data.id : '';
  let error: string | null = null;
  try {
    const user = await official();
    if (!parsed.success) throw new AppError('unprocessable', 'invalid');
    await act(id, user);
  } catch (e) {
    unstable_rethrow(e);
    const appError = toAppError(e);
    if (appError.code === 'unauthorized' || appError.code === 'forbidden' || !id) throw appError;
    error = appError.error.code;
  }
  return error;
}

export async function issueAlertAction(formData: FormData) {
  let issuedId = '';
  const error = await plain(formData, async (id, user) => {
    issuedId = (await issueAlert(user, id)).id;
  });
  const id = String(formData.get('id') ?? '').slice(0, 64);
  await toPreview(issuedId || id, error ? { error } : { issued: '1' });
}

export async function discardDraftAction(formData: FormData) {
  const error = await plain(formData, (id, user) => discardDraft(user, id));
  const locale = (await getLocale()) as Locale;
  if (error) await toPreview(String(formData.get('id') ?? '').slice(0, 64), { error });
  redirect({ href: { pathname: '/admin/alerts', query: { discarded: '1' } }, locale });
}
