'use server';
import 'server-only';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import type { FormState } from '@/lib/form-state';
import { answerSchema } from '@/lib/validation/consultations';
import { validatedAction } from '../action';
import { requireUser } from '../session';
import { answerTarget, questionRules } from './queries';
import { submitResponse } from './respond';

// The answer form of a consultation page (bound to its slug). It posts without JavaScript too:
// on success the browser is sent back to the page, which shows the receipt.

const SLUG = /^[a-z0-9-]{1,120}$/;

export async function answerAction(slug: string, state: FormState, formData: FormData): Promise<FormState> {
  if (!SLUG.test(slug)) return { ok: false, formError: { code: 'not_found' } };
  const locale = (await getLocale()) as Locale;
  const page = getPathname({ locale, href: { pathname: '/consultations/[slug]', params: { slug } } });
  const user = await requireUser(page);
  const consultation = await answerTarget(slug);
  if (!consultation) return { ok: false, formError: { code: 'not_found' } };
  const result = await validatedAction(answerSchema(questionRules(consultation.questions)), async (values) => {
    await submitResponse({ userId: user.id, slug, values });
  })(state, formData);
  if (!result.ok) return result;
  redirect(`${page}?answered=1#receipt`);
}
