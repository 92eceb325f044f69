'use server';
import 'server-only';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { invitationSchema, revokeInvitationSchema, unitSchema } from '@/lib/validation/campaign';
import type { CsvProblem } from '@/lib/campaign/csv';
import { validatedAction } from '../action';
import { AppError } from '../errors';
import { getCurrentUser } from '../session';
import { createInvitation, importUnits, revokeInvitation, saveUnit } from './admin';

// The campaign back office's forms: each reads its input with the shared schema, and
// server/campaign/admin.ts asks the permissions module before it writes (with the audit log).
// They post without JavaScript and come back to the unit's page.

async function signedIn() {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthorized');
  return user;
}

async function toUnit(id: string, query: Record<string, string> = {}): Promise<never> {
  const locale = (await getLocale()) as Locale;
  return redirect({ href: { pathname: '/admin/campaign/[id]', params: { id }, query }, locale });
}

export const saveUnitAction = validatedAction(unitSchema, async (input) => {
  const saved = await saveUnit(await signedIn(), input);
  await toUnit(saved.id, { saved: '1' });
});

export const createInvitationAction = validatedAction(invitationSchema, async ({ unitId }) => {
  await createInvitation(await signedIn(), unitId);
  await toUnit(unitId, { saved: '1' });
});

export const revokeInvitationAction = validatedAction(revokeInvitationSchema, async ({ id }) => {
  const revoked = await revokeInvitation(await signedIn(), id);
  await toUnit(revoked.unitId, { saved: '1' });
});

export type ImportState =
  | { ok: null }
  | { ok: true; created: number; updated: number }
  | { ok: false; problems: CsvProblem[] }
  | { ok: false; noFile: true };

/** The largest CSV file taken: about 2,000 units with long names. */
const MAX_BYTES = 512 * 1024;

export async function importUnitsAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const user = await signedIn();
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0 || file.size > MAX_BYTES) return { ok: false, noFile: true };
  const text = new TextDecoder('utf-8').decode(await file.arrayBuffer());
  const outcome = await importUnits(user, text);
  return outcome.ok ? outcome : { ok: false, problems: outcome.problems };
}
