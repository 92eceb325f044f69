import 'server-only';
import { createTranslator } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import vi from '@/messages/vi.json';
import en from '@/messages/en.json';

const catalogs = { vi, en } as const;

type Namespace = keyof typeof vi;

/** Translations outside a page render (mail, route handlers), from the same message files. */
export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: catalogs[locale], namespace });
}
