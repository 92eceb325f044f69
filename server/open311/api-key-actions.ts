'use server';
import 'server-only';
import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { getPathname, redirect } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { apiKeyIssueSchema, apiKeyRevokeSchema } from '@/lib/validation/open311/api-keys';
import type { FormState } from '@/lib/form-state';
import { errorState, fieldErrorsOf } from '../action';
import { issueApiKey, revokeApiKey } from './api-keys';
import { AppError } from '../errors';
import { can } from '../permissions';
import { getCurrentUser, requirePermission } from '../session';

export type IssueKeyState = FormState & { issued?: { name: string; prefix: string; key: string } };

// Authorised here, next to the data: administrators only.
async function admin() {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthorized');
  if (!can(user, 'apiKey:manage')) throw new AppError('forbidden');
  return user;
}

/** Issues a key and answers with it once: it is in this response and nowhere else. */
export async function issueApiKeyAction(_prev: IssueKeyState, formData: FormData): Promise<IssueKeyState> {
  const parsed = apiKeyIssueSchema.safeParse({ name: formData.get('name') ?? undefined });
  if (!parsed.success) {
    return {
      ok: false,
      fieldErrors: fieldErrorsOf(parsed.error),
      values: { name: String(formData.get('name') ?? '').slice(0, 200) },
    };
  }
  try {
    const user = await admin();
    const issued = await issueApiKey(user.id, parsed.data.name);
    revalidatePath('/[locale]/admin/api-keys', 'page');
    return { ok: true, issued: { name: issued.name, prefix: issued.prefix, key: issued.key } };
  } catch (error) {
    unstable_rethrow(error);
    return errorState(error, formData);
  }
}

/** A plain form post: a non-admin gets the 403 page; an unknown key just comes back to the list. */
export async function revokeApiKeyAction(formData: FormData): Promise<void> {
  const locale = (await getLocale()) as Locale;
  const user = await requirePermission('apiKey:manage', getPathname({ locale, href: '/admin/api-keys' }));
  const input = apiKeyRevokeSchema.safeParse({ id: formData.get('id') ?? undefined });
  let revoked = false;
  if (input.success) {
    try {
      await revokeApiKey(user.id, input.data.id);
      revoked = true;
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'not_found')) throw error;
    }
  }
  revalidatePath('/[locale]/admin/api-keys', 'page');
  redirect({ href: { pathname: '/admin/api-keys', query: revoked ? { revoked: '1' } : {} }, locale });
}
