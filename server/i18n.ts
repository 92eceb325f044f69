import 'server-only';
import { createTranslator } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { catalogs, type Messages } from '@/messages';

type Namespace = keyof Messages;

/** Translations outside a page render (mail, route handlers), from the same message files. */
export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: catalogs[locale], namespace });
}
