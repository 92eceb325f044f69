'use server';
import 'server-only';
import { getLocale } from 'next-intl/server';
import { getPathname, redirect } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import {
  deleteAccountSchema,
  emailOnlySchema,
  profileSchema,
  resetPasswordSchema,
  signUpSchema,
} from '@/lib/validation/account';
import type { FormState } from '@/lib/form-state';
import { validatedAction } from '../action';
import { signIn, signOut } from '../auth';
import { safeReturnPath } from '@/lib/safe-redirect';
import { env } from '../env';
import { currentIp } from '../http/request';
import { getCurrentUser, requireUser } from '../session';
import { AppError } from '../errors';
import {
  deleteAccount,
  registerUser,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  signOutEverywhere,
  updateProfile,
} from './service';

const locale = async () => (await getLocale()) as Locale;

export const signUpAction = validatedAction(signUpSchema, async (input) => {
  const user = await registerUser(input, await locale(), await currentIp());
  return { ok: true, values: { email: user.email ?? '' } };
});

export const resendVerificationAction = validatedAction(emailOnlySchema, async ({ email }) => {
  await resendVerification(email, await locale(), await currentIp());
  return { ok: true };
});

export const forgotPasswordAction = validatedAction(emailOnlySchema, async ({ email }) => {
  await requestPasswordReset(email, await locale(), await currentIp());
  return { ok: true };
});

export const resetPasswordAction = validatedAction(resetPasswordSchema, async ({ token, password }) => {
  await resetPassword(token, password);
  redirect({ href: { pathname: '/sign-in', query: { notice: 'passwordChanged' } }, locale: await locale() });
});

export const updateProfileAction = validatedAction(profileSchema, async (input): Promise<FormState> => {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthorized');
  await updateProfile(user.id, input);
  return { ok: true, notice: 'saved' };
});

export const deleteAccountAction = validatedAction(deleteAccountSchema, async () => {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthorized');
  await deleteAccount(user.id);
  await signOut({ redirect: false });
  redirect({ href: { pathname: '/sign-in', query: { notice: 'accountDeleted' } }, locale: await locale() });
});

export async function signOutAction() {
  await signOut({ redirect: false });
  redirect({ href: { pathname: '/sign-in', query: { notice: 'signedOut' } }, locale: await locale() });
}

export async function signOutEverywhereAction() {
  const user = await requireUser();
  await signOutEverywhere(user.id);
  await signOut({ redirect: false });
  redirect({ href: { pathname: '/sign-in', query: { notice: 'signedOut' } }, locale: await locale() });
}

export async function oidcSignInAction(formData: FormData) {
  const next =
    safeReturnPath(formData.get('next'), env().PUBLIC_URL) ?? getPathname({ locale: await locale(), href: '/account' });
  await signIn('oidc', { redirectTo: next });
}
