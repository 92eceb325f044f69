'use server';
import 'server-only';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { redirect } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { procedureEditSchema, synonymSchema } from '@/lib/validation/procedures';
import { validatedAction } from '../action';
import { AppError } from '../errors';
import { can } from '../permissions';
import { getCurrentUser } from '../session';
import { deleteSynonym, saveProcedure, saveSynonym, setProcedureStatus } from './editor';
import { refreshPublicPages } from './refresh';

// Authorised here, next to the data: EDITOR or ADMIN.
async function editor() {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthorized');
  if (!can(user, 'procedure:edit')) throw new AppError('forbidden');
  return user;
}

export const saveProcedureAction = validatedAction(procedureEditSchema, async (input) => {
  const user = await editor();
  const saved = await saveProcedure(user, input);
  await refreshPublicPages();
  redirect({
    href: { pathname: '/admin/procedures/[id]', params: { id: saved.id }, query: { saved: '1' } },
    locale: (await getLocale()) as Locale,
  });
});

const statusSchema = z.object({ id: z.string().min(1).max(64), status: z.enum(['PUBLISHED', 'UNPUBLISHED']) });

export async function setProcedureStatusAction(formData: FormData) {
  const user = await editor();
  const input = statusSchema.parse(Object.fromEntries(formData));
  await setProcedureStatus(user, input.id, input.status);
  await refreshPublicPages();
  redirect({
    href: { pathname: '/admin/procedures/[id]', params: { id: input.id }, query: { saved: '1' } },
    locale: (await getLocale()) as Locale,
  });
}

export const saveSynonymAction = validatedAction(synonymSchema, async (input) => {
  const user = await editor();
  await saveSynonym(user, input);
  await refreshPublicPages();
  return { ok: true };
});

export async function deleteSynonymAction(formData: FormData) {
  const user = await editor();
  const id = z.string().min(1).max(64).parse(formData.get('id'));
  await deleteSynonym(user, id);
  await refreshPublicPages();
  redirect({ href: '/admin/synonyms', locale: (await getLocale()) as Locale });
}
