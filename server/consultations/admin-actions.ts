'use server';
import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import type { z } from 'zod';
import { redirect } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import {
  closeEarlySchema,
  consultationEditSchema,
  moderationSchema,
  outcomeSchema,
  publishSchema,
  questionAddSchema,
  structureSchema,
  wordingSchema,
} from '@/lib/validation/consultations';
import type { FormState } from '@/lib/form-state';
import { validatedAction } from '../action';
import { db } from '../db';
import { AppError, toAppError } from '../errors';
import { can } from '../permissions';
import { getCurrentUser } from '../session';
import {
  addOption,
  addQuestion,
  changeStructure,
  closeEarly,
  fixWording,
  moderateAnswer,
  publishConsultation,
  publishOutcome,
  saveConsultation,
} from './admin';

// The consultations back office's forms. Each asks the permissions module here and again in
// server/consultations/admin.ts, reads its input with the shared schema, and sends the browser
// back to the consultation's page: the forms post without JavaScript. A plain form (a button that
// moves, removes, publishes or moderates) comes back with the refusal's code in `?error=`, which
// the page shows in the person's language.

async function manager() {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthorized');
  if (!can(user, 'consultation:manage')) throw new AppError('forbidden');
  return user;
}

async function back(id: string, query: Record<string, string> = {}): Promise<never> {
  const locale = (await getLocale()) as Locale;
  return redirect({ href: { pathname: '/admin/consultations/[id]', params: { id }, query }, locale });
}

const saveConsultationForm = validatedAction(consultationEditSchema, async (input) => {
  const user = await manager();
  const saved = await saveConsultation(user, input);
  await back(saved.id, { saved: '1' });
});

/** The ward picker posts one `wards` value per ticked box: joined here into one list. */
export async function saveConsultationAction(state: FormState, formData: FormData): Promise<FormState> {
  const joined = new FormData();
  for (const [k, v] of formData.entries()) if (k !== 'wards') joined.append(k, v);
  joined.set(
    'wards',
    formData
      .getAll('wards')
      .filter((v): v is string => typeof v === 'string')
      .join(','),
  );
  return saveConsultationForm(state, joined);
}

export const addQuestionAction = validatedAction(questionAddSchema, async (input) => {
  const user = await manager();
  await addQuestion(user, input);
  await back(input.consultationId, { saved: '1' });
});

export const addOptionAction = validatedAction(wordingSchema, async (input) => {
  const user = await manager();
  await addOption(user, input);
  await back(await consultationOf('question', input.id), { saved: '1' });
});

export const questionWordingAction = validatedAction(wordingSchema, async (input) => {
  const user = await manager();
  await fixWording(user, 'question', input);
  await back(await consultationOf('question', input.id), { saved: '1' });
});

export const optionWordingAction = validatedAction(wordingSchema, async (input) => {
  const user = await manager();
  await fixWording(user, 'option', input);
  await back(await consultationOf('option', input.id), { saved: '1' });
});

export const closeEarlyAction = validatedAction(closeEarlySchema, async (input) => {
  const user = await manager();
  await closeEarly(user, input);
  await back(input.id, { saved: '1' });
});

export const outcomeAction = validatedAction(outcomeSchema, async (input) => {
  const user = await manager();
  await publishOutcome(user, input);
  await back(input.id, { saved: '1' });
});

async function consultationOf(model: 'question' | 'option', id: string): Promise<string> {
  const row =
    model === 'question'
      ? await db.consultationQuestion.findUnique({ where: { id }, select: { consultationId: true } })
      : await db.consultationOption
          .findUnique({ where: { id }, select: { question: { select: { consultationId: true } } } })
          .then((o) => (o ? { consultationId: o.question.consultationId } : null));
  if (!row) throw new AppError('not_found');
  return row.consultationId;
}

/**
 * A plain form's action: parse, act, and go back to the consultation's page, with `?error=code`
 * when refused. `id` is the consultation the page shows.
 */
async function plain<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  act: (input: z.output<S>, user: Awaited<ReturnType<typeof manager>>) => Promise<unknown>,
) {
  const pageId = String(formData.get('consultationId') ?? '').slice(0, 64);
  let error: string | null = null;
  try {
    const user = await manager();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) throw new AppError('unprocessable', 'invalid');
    await act(parsed.data, user);
  } catch (e) {
    unstable_rethrow(e);
    const appError = toAppError(e);
    // Someone who may not act here is not sent on to the page.
    if (appError.code === 'unauthorized' || appError.code === 'forbidden' || !pageId) throw appError;
    error = appError.error.code;
  }
  await back(pageId, error ? { error } : { saved: '1' });
}

export async function publishAction(formData: FormData) {
  await plain(publishSchema, formData, (input, user) => publishConsultation(user, input.id));
}

export async function questionStructureAction(formData: FormData) {
  await plain(structureSchema, formData, (input, user) => changeStructure(user, 'question', input));
}

export async function optionStructureAction(formData: FormData) {
  await plain(structureSchema, formData, (input, user) => changeStructure(user, 'option', input));
}

export async function moderateAction(formData: FormData) {
  await plain(moderationSchema, formData, (input, user) => moderateAnswer(user, input));
}
