'use server';
import 'server-only';
import { revalidatePath } from 'next/cache';
import { adminUserSchema } from '@/lib/validation/account';
import { validatedAction } from '../action';
import { AppError } from '../errors';
import { can } from '../permissions';
import { getCurrentUser } from '../session';
import { updateUser } from './users';

export const updateUserAction = validatedAction(adminUserSchema, async (input) => {
  // Authorised here, next to the data, whatever page the form sat on.
  const actor = await getCurrentUser();
  if (!actor) throw new AppError('unauthorized');
  if (!can(actor, 'user:manage')) throw new AppError('forbidden');
  await updateUser(actor, input);
  revalidatePath('/[locale]/admin/users', 'page');
  return { ok: true };
});
