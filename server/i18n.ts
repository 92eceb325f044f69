import 'server-only';
import { createTranslator } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { catalogs, type Messages } from '@/messages';
import { errorText, type ErrorCode, type ErrorTranslator, type ShownError } from '@/lib/errors';

type Namespace = keyof Messages;

/** Translations outside a page render (mail, route handlers), from the same message files. */
export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: catalogs[locale], namespace });
}

/** The one resolver (lib/errors.ts) in a given language, for server pages, actions and route handlers. */
export function errorTextIn(locale: Locale, error: ShownError | ErrorCode): string {
  return errorText(translator(locale, 'Errors') as unknown as ErrorTranslator, error);
}

/** Field name → the text of its first error, as route handlers answer it (`fields`). */
export function fieldTexts(locale: Locale, fields: Record<string, readonly ShownError[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, errors] of Object.entries(fields)) if (errors[0]) out[name] = errorTextIn(locale, errors[0]);
  return out;
}
