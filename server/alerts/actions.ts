'use server';
import 'server-only';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { alertSubscriptionSchema } from '@/lib/validation/alerts';
import { AppError } from '../errors';
import { getCurrentUser } from '../session';
import { setAlertSubscription } from './notify';

// A resident's choice of alert emails, from their account page: a plain form (no JavaScript needed).
export async function alertSubscriptionAction(formData: FormData) {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthorized');
  const parsed = alertSubscriptionSchema.safeParse({ email: formData.getAll('email').at(-1) });
  if (!parsed.success) throw new AppError('bad_request', 'invalid');
  await setAlertSubscription(user.id, parsed.data.email === 'on');
  const locale = (await getLocale()) as Locale;
  redirect({ href: '/account', locale });
}
