'use server';
import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { redirect } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { statusChange } from '@/lib/validation/reports/report';
import {
  assignAgency,
  cannedAnswer,
  photoVisibility,
  progressUpdate,
  reopenReport,
  reportVisibility,
} from '@/lib/validation/reports/admin';
import { validatedAction } from '../action';
import { issueError, portalError } from '@/lib/errors';
import { toAppError } from '../errors';
import { can, isOfficial } from '../permissions';
import { getCurrentUser } from '../session';
import { deleteCannedAnswer, saveCannedAnswer } from './canned-answers';
import {
  assertOfficial,
  assignReport,
  changeStatus,
  progressUpdate as recordProgress,
  reopenReport as reopen,
  setPhotoHidden,
  setReportHidden,
  type Actor,
} from './workflow';

// The back office's report forms. Each authorises here (the workflow checks the agency again,
// inside its transaction) and answers with the same page and a notice, with or without JavaScript.

async function official(): Promise<Actor> {
  const user = await getCurrentUser();
  assertOfficial(user);
  return user;
}

/** For the plain forms (no form state to carry an error): the localized 403 page instead. */
async function officialOrForbidden(): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user || !isOfficial(user)) forbidden();
  return user;
}

const codeOf = (formData: FormData) => z.string().trim().min(1).max(40).parse(formData.get('code')).toUpperCase();

async function backToReport(code: string, done: string, extra: Record<string, string> = {}): Promise<never> {
  const locale = (await getLocale()) as Locale;
  redirect({ href: { pathname: '/admin/reports/[code]', params: { code }, query: { done, ...extra } }, locale });
  throw new Error('unreachable');
}

export const changeStatusAction = validatedAction(statusChange, async (input, formData) => {
  const actor = await official();
  const code = codeOf(formData);
  await changeStatus(actor, code, input);
  await backToReport(code, 'status');
});

export const assignAction = validatedAction(assignAgency, async (input) => {
  const actor = await official();
  await assignReport(actor, { code: input.code, agencyId: input.agencyId, note: input.assignNote });
  const locale = (await getLocale()) as Locale;
  // An official has just handed the report to another agency: it is no longer theirs to open.
  if (!can(actor, 'report:all-agencies'))
    redirect({ href: { pathname: '/admin/reports', query: { assigned: input.code.toUpperCase() } }, locale });
  await backToReport(input.code.toUpperCase(), 'assigned');
});

export const progressAction = validatedAction(progressUpdate, async (input) => {
  const actor = await official();
  await recordProgress(actor, { code: input.code, note: input.progressNote, committedDate: input.progressDate });
  await backToReport(input.code.toUpperCase(), 'progress');
});

export const reportVisibilityAction = validatedAction(reportVisibility, async (input) => {
  const actor = await official();
  await setReportHidden(actor, { code: input.code, hidden: input.hide === '1', reason: input.hideReason });
  await backToReport(input.code.toUpperCase(), input.hide === '1' ? 'hidden' : 'shown');
});

export const reopenAction = validatedAction(reopenReport, async (input) => {
  const actor = await official();
  await reopen(actor, { code: input.code, note: input.reopenNote });
  await backToReport(input.code.toUpperCase(), 'reopened');
});

/**
 * One photo's hide/show form: a plain form per photo (several on one page), so its answer is
 * the page again with a notice, or with the error next to that photo.
 */
export async function photoVisibilityAction(formData: FormData) {
  const actor = await officialOrForbidden();
  const code = codeOf(formData);
  const parsed = photoVisibility.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const shown = parsed.error.issues[0] ? issueError(parsed.error.issues[0]) : portalError('invalid');
    await backToReport(code, 'photoError', {
      photo: String(formData.get('photoId') ?? '').slice(0, 64),
      error: shown.code,
    });
    return;
  }
  const input = parsed.data;
  try {
    await setPhotoHidden(actor, { code, photoId: input.photoId, hidden: input.hide === '1', reason: input.reason });
  } catch (e) {
    const error = toAppError(e);
    if (error.code === 'forbidden' || error.code === 'unauthorized') forbidden();
    if (error.code === 'internal') console.error(e);
    // The back office's own words for a failure it did not expect.
    const shown = error.details.fields
      ? Object.values(error.details.fields)[0]?.[0]
      : error.code === 'internal'
        ? undefined
        : error.error;
    await backToReport(code, 'photoError', { photo: input.photoId, error: shown?.code ?? 'adminInternal' });
  }
  await backToReport(code, input.hide === '1' ? 'photoHidden' : 'photoShown');
}

// ----- canned answers -----

async function backToCanned(query: Record<string, string>): Promise<never> {
  const locale = (await getLocale()) as Locale;
  redirect({ href: { pathname: '/admin/canned-answers', query }, locale });
  throw new Error('unreachable');
}

export const saveCannedAnswerAction = validatedAction(cannedAnswer, async (input) => {
  const actor = await official();
  const saved = await saveCannedAnswer(actor, input);
  await backToCanned({ saved: saved.id });
});

export async function deleteCannedAnswerAction(formData: FormData) {
  const actor = await officialOrForbidden();
  const id = z.string().trim().min(1).max(64).safeParse(formData.get('id'));
  if (!id.success) notFound();
  try {
    await deleteCannedAnswer(actor, id.data);
  } catch (e) {
    const error = toAppError(e);
    if (error.code === 'forbidden') forbidden();
    if (error.code === 'not_found') notFound();
    throw e;
  }
  await backToCanned({ deleted: '1' });
}
