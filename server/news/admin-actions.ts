'use server';
import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { newsArticleSchema, newsUnpublishSchema } from '@/lib/validation/news';
import { validatedAction } from '../action';
import { AppError, toAppError } from '../errors';
import { can } from '../permissions';
import { getCurrentUser } from '../session';
import { saveNewsArticle, unpublishNews } from './admin';

// The news back office's forms: each asks the permissions module here and again in
// server/news/admin.ts, reads its input with the shared schema, and sends the browser back to the
// article's page (the forms post without JavaScript).

async function editor() {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthorized');
  if (!can(user, 'news:manage')) throw new AppError('forbidden');
  return user;
}

async function back(id: string, query: Record<string, string>): Promise<never> {
  const locale = (await getLocale()) as Locale;
  return redirect({ href: { pathname: '/admin/news/[id]', params: { id }, query }, locale });
}

export const saveNewsAction = validatedAction(newsArticleSchema, async (input) => {
  const user = await editor();
  const saved = await saveNewsArticle(user, input);
  await back(saved.id, { saved: '1' });
});

/** A plain button: unpublish, then back to the article with `?saved=1` or `?error=code`. */
export async function unpublishNewsAction(formData: FormData) {
  const id = String(formData.get('id') ?? '').slice(0, 64);
  let error: string | null = null;
  try {
    const user = await editor();
    const parsed = newsUnpublishSchema.safeParse({ id });
    if (!parsed.success) throw new AppError('unprocessable', 'invalid');
    await unpublishNews(user, parsed.data.id);
  } catch (e) {
    unstable_rethrow(e);
    const appError = toAppError(e);
    if (appError.code === 'unauthorized' || appError.code === 'forbidden' || !id) throw appError;
    error = appError.error.code;
  }
  await back(id, error ? { error } : { saved: '1' });
}
