'use server';
import 'server-only';
import { redirect, unstable_rethrow } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { getPathname, redirect as localeRedirect } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import type { FormState } from '@/lib/form-state';
import {
  commentModerationSchema,
  commentReportSchema,
  commentSchema,
  consultationSettingsSchema,
} from '@/lib/validation/consultation-comments';
import { validatedAction } from '../action';
import { AppError, toAppError } from '../errors';
import { can } from '../permissions';
import { getCurrentUser, requireUser } from '../session';
import { moderateComment, postComment, reportComment } from './comments';
import { saveSettings } from './settings';
import { consultationBySlug } from './queries';

// The forms of comments (docs/decisions/024). Each posts without JavaScript and sends the browser
// back to the page it came from: the consultation's page for residents, its back-office page for
// officials. A plain form's refusal comes back as `?commentError=code` (`?error=code` in the back office).

const SLUG = /^[a-z0-9-]{1,120}$/;

async function consultationPage(slug: string) {
  const locale = (await getLocale()) as Locale;
  return getPathname({ locale, href: { pathname: '/consultations/[slug]', params: { slug } } });
}

/** The comment form of a consultation page, bound to its slug. */
export async function postCommentAction(slug: string, state: FormState, formData: FormData): Promise<FormState> {
  if (!SLUG.test(slug)) return { ok: false, formError: { code: 'not_found' } };
  const page = await consultationPage(slug);
  const user = await requireUser(page);
  const consultation = await consultationBySlug(slug);
  if (!consultation) return { ok: false, formError: { code: 'not_found' } };
  let id = '';
  const result = await validatedAction(commentSchema, async (values) => {
    id = (await postComment({ userId: user.id, consultationId: consultation.id, body: values.body })).id;
  })(state, formData);
  if (!result.ok) return result;
  redirect(`${page}?commented=1#comment-${id}`);
}

/** "Report this comment": a plain form on the consultation page. */
export async function reportCommentAction(formData: FormData) {
  const slug = String(formData.get('slug') ?? '');
  if (!SLUG.test(slug)) throw new AppError('not_found');
  const page = await consultationPage(slug);
  const user = await requireUser(page);
  const commentId = String(formData.get('commentId') ?? '').slice(0, 64);
  let error: string | null = null;
  try {
    const parsed = commentReportSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) throw new AppError('unprocessable', 'invalid');
    await reportComment({ userId: user.id, commentId: parsed.data.commentId, reason: parsed.data.reason });
  } catch (e) {
    unstable_rethrow(e);
    error = toAppError(e).error.code;
  }
  redirect(error ? `${page}?commentError=${error}#comments` : `${page}?reported=1#comment-${commentId}`);
}

async function manager() {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthorized');
  if (!can(user, 'consultation:manage')) throw new AppError('forbidden');
  return user;
}

async function backToAdmin(id: string, query: Record<string, string>, hash: string): Promise<never> {
  const locale = (await getLocale()) as Locale;
  const path = getPathname({ locale, href: { pathname: '/admin/consultations/[id]', params: { id }, query } });
  redirect(`${path}#${hash}`);
}

/** Hide or restore a comment, with a reason: a plain form in the back office. */
export async function moderateCommentAction(formData: FormData) {
  const pageId = String(formData.get('consultationId') ?? '').slice(0, 64);
  let error: string | null = null;
  try {
    const user = await manager();
    const parsed = commentModerationSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      const reasonMissing = parsed.error.issues.some((i) => i.path[0] === 'reason');
      const hiding = formData.get('op') === 'hide';
      throw new AppError('unprocessable', reasonMissing ? (hiding ? 'hideReasonRequired' : 'required') : 'invalid');
    }
    await moderateComment(user, parsed.data);
  } catch (e) {
    unstable_rethrow(e);
    const appError = toAppError(e);
    if (appError.code === 'unauthorized' || appError.code === 'forbidden' || !pageId) throw appError;
    error = appError.error.code;
  }
  await backToAdmin(pageId, error ? { error } : { saved: '1' }, 'comments');
}

/** The settings form of the back office: comments on or off, consultation or quick poll, placement. */
export const settingsAction = validatedAction(consultationSettingsSchema, async (input) => {
  const user = await manager();
  await saveSettings(user, input);
  const locale = (await getLocale()) as Locale;
  return localeRedirect({
    href: { pathname: '/admin/consultations/[id]', params: { id: input.id }, query: { saved: '1' } },
    locale,
  });
});
