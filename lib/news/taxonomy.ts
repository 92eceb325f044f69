// The kinds and topics of news articles, with the word each language uses in addresses. A topic or
// kind is stored by its code; its address word is looked up here, so an unknown word is a 404.
import type { Locale } from '@/i18n/routing';

export const NEWS_TYPES = ['NEWS', 'ANNOUNCEMENT', 'POLICY'] as const;
export type NewsTypeCode = (typeof NEWS_TYPES)[number];

export const NEWS_TOPICS = ['digital', 'transport', 'social', 'urban', 'disaster'] as const;
export type NewsTopic = (typeof NEWS_TOPICS)[number];

const TYPE_SLUGS: Record<NewsTypeCode, Record<Locale, string>> = {
  NEWS: { vi: 'tin-tuc', en: 'news' },
  ANNOUNCEMENT: { vi: 'thong-bao', en: 'announcements' },
  POLICY: { vi: 'chinh-sach', en: 'policies' },
};

const TOPIC_SLUGS: Record<NewsTopic, Record<Locale, string>> = {
  digital: { vi: 'chuyen-doi-so', en: 'digital-government' },
  transport: { vi: 'giao-thong', en: 'transport' },
  social: { vi: 'an-sinh-xa-hoi', en: 'social-welfare' },
  urban: { vi: 'do-thi', en: 'urban-development' },
  disaster: { vi: 'phong-chong-thien-tai', en: 'disaster-prevention' },
};

export function typeSlug(type: NewsTypeCode, locale: Locale): string {
  return TYPE_SLUGS[type][locale];
}

export function topicSlug(topic: NewsTopic, locale: Locale): string {
  return TOPIC_SLUGS[topic][locale];
}

/** The kind named by an address word in that language, or null. */
export function typeFromSlug(slug: string, locale: Locale): NewsTypeCode | null {
  return NEWS_TYPES.find((t) => TYPE_SLUGS[t][locale] === slug) ?? null;
}

/** The topic named by an address word in that language, or null. */
export function topicFromSlug(slug: string, locale: Locale): NewsTopic | null {
  return NEWS_TOPICS.find((t) => TOPIC_SLUGS[t][locale] === slug) ?? null;
}

export function isNewsTopic(value: unknown): value is NewsTopic {
  return typeof value === 'string' && (NEWS_TOPICS as readonly string[]).includes(value);
}

/**
 * Article slugs that would collide with the section's own addresses (/tin-tuc/trang/2,
 * /tin-tuc/chu-de/…, /news/types/…): refused when an editor picks one.
 */
export const RESERVED_SLUGS = ['trang', 'page', 'chu-de', 'topics', 'loai', 'types'] as const;
