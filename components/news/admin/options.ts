import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { NEWS_TOPICS, NEWS_TYPES } from '@/lib/news/taxonomy';
import { newsAgencies } from '@/server/news/admin';

/** The choices of the article form, in the editor's language. */
export async function articleFormOptions(locale: Locale) {
  const [t, agencies] = await Promise.all([getTranslations('NewsPages'), newsAgencies()]);
  return {
    types: NEWS_TYPES.map((value) => ({ value, label: t(`types.${value}`) })),
    topics: NEWS_TOPICS.map((value) => ({ value, label: t(`topics.${value}`) })),
    agencies: agencies.map((a) => ({ value: a.id, label: locale === 'en' ? a.nameEn : a.nameVi })),
  };
}
