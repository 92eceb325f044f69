'use server';
import 'server-only';
import { notFound, redirect as nextRedirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { getPathname } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { reportRating } from '@/lib/validation/reports/report';
import type { FormState } from '@/lib/form-state';
import { validatedAction } from '../action';
import { AppError } from '../errors';
import { requireUser } from '../session';
import { REPORT_CODE_PATTERN } from './codes';
import { followReport, markAllRead, rateReport, unfollowReport } from './resident';

// Forms on the report pages. Each works without JavaScript: it posts, then the browser is sent
// back to the page with a notice in the query string (and to the part of the page it came from).

async function reportPath(code: string): Promise<string> {
  const locale = (await getLocale()) as Locale;
  return getPathname({ locale, href: { pathname: '/reports/[code]', params: { code } } });
}

const followSchema = z.object({ intent: z.enum(['follow', 'unfollow']) });

/** Follow or stop following (bound to the report's code). */
export async function followAction(code: string, formData: FormData): Promise<void> {
  if (!REPORT_CODE_PATTERN.test(code)) notFound();
  const path = await reportPath(code);
  const user = await requireUser(path);
  const parsed = followSchema.safeParse({ intent: formData.get('intent') });
  let outcome = 'invalid';
  if (parsed.success) {
    try {
      if (parsed.data.intent === 'follow') await followReport(user, code);
      else await unfollowReport(user, code);
      outcome = parsed.data.intent === 'follow' ? 'followed' : 'unfollowed';
    } catch (e) {
      if (e instanceof AppError && e.code === 'not_found') notFound();
      if (e instanceof AppError && e.code === 'rate_limited') outcome = 'rate_limited';
      else throw e;
    }
  }
  const anchor = (await getLocale()) === 'en' ? 'follow' : 'theo-doi';
  nextRedirect(`${path}?follow=${outcome}#${anchor}`);
}

/** The author's rating of the answer (bound to the report's code). */
export async function rateAction(code: string, prev: FormState, formData: FormData): Promise<FormState> {
  if (!REPORT_CODE_PATTERN.test(code)) notFound();
  const path = await reportPath(code);
  const user = await requireUser(path);
  const run = validatedAction(reportRating, async (input) => {
    let outcome: string;
    try {
      const { reopened } = await rateReport(user, code, input);
      outcome = reopened ? 'reopened' : 'satisfied';
    } catch (e) {
      if (e instanceof AppError && e.code === 'not_found') notFound();
      if (e instanceof AppError && e.error.code === 'ratingClosed') outcome = 'closed';
      else throw e;
    }
    nextRedirect(`${path}?rated=${outcome}#rating`);
  });
  return run(prev, formData);
}

/** "Mark all as read" on the notifications page. */
export async function markAllReadAction(): Promise<void> {
  const locale = (await getLocale()) as Locale;
  const path = getPathname({ locale, href: '/notifications' });
  const user = await requireUser(path);
  await markAllRead(user.id);
  nextRedirect(`${path}?read=1`);
}
