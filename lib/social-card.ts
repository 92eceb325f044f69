// What a social card (the 1200×630 share image of a page, drawn by server/cards/social-card.tsx)
// says, and the address pages link it by. Pure: the pages' metadata (lib/metadata.ts) and the card
// routes (app/api/cards/…) build the same content, so the ?v= tag in a page's og:image is the tag
// the route answers with (docs/decisions/037-social-cards-and-open-graph.md).

/** Raise when the drawing changes: every card gets a new tag and address. */
export const CARD_DESIGN_VERSION = '1';
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export type CardLocale = 'vi' | 'en';

export type CardContent = {
  locale: CardLocale;
  /** The small line above the title: "Thủ tục hành chính", "Phản ánh kiến nghị · PA-2026-000123". */
  kind: string;
  title: string;
  /** Under the title: a field, a category; none on the site card. */
  detail?: string;
  /** A pill at the bottom (a report's status). */
  badge?: string;
  siteName: string;
  tagline: string;
};

/** A translator over the whole catalogue (next-intl's, from a page or from server/i18n.ts). */
export type CardTranslate = (key: string, values?: Record<string, string>) => string;

type ReportStatus = 'RECEIVED' | 'IN_PROGRESS' | 'RESOLVED' | 'REJECTED' | 'DUPLICATE';

function frame(locale: CardLocale, t: CardTranslate) {
  return { locale, siteName: t('Metadata.siteName'), tagline: t('Layout.tagline') };
}

/** The card of every page without one of its own. */
export function siteCardContent(locale: CardLocale, t: CardTranslate): CardContent {
  return { ...frame(locale, t), kind: t('SocialCard.site'), title: t('SocialCard.siteTitle') };
}

export function procedureCardContent(
  locale: CardLocale,
  t: CardTranslate,
  p: { titleVi: string; titleEn: string; field: { nameVi: string; nameEn: string } },
): CardContent {
  return {
    ...frame(locale, t),
    kind: t('SocialCard.procedure'),
    title: locale === 'en' ? p.titleEn : p.titleVi,
    detail: locale === 'en' ? p.field.nameEn : p.field.nameVi,
  };
}

export function reportCardContent(
  locale: CardLocale,
  t: CardTranslate,
  r: { code: string; title: string; status: ReportStatus; category: { nameVi: string; nameEn: string } },
): CardContent {
  return {
    ...frame(locale, t),
    kind: t('SocialCard.report', { code: r.code }),
    title: r.title,
    detail: locale === 'en' ? r.category.nameEn : r.category.nameVi,
    badge: t(`Notifications.status.${r.status}`),
  };
}

// The characters of the two bundled subsets (fontsource's unicode-range of "latin" and "vietnamese"), printable.
const DRAWABLE =
  /[\u0020-\u007e\u00a0-\u00ff\u0102\u0103\u0110\u0111\u0128\u0129\u0131\u0152\u0153\u0168\u0169\u01a0\u01a1\u01af\u01b0\u02c6\u02da\u02dc\u1ea0-\u1ef9\u2010-\u2027\u2030-\u205e\u20ab\u20ac\u2122\u2212]/u;

/**
 * The text as the card can draw it: what the two bundled subsets hold (every Vietnamese letter,
 * Latin-1, punctuation), composed (NFC). Anything else (emoji, other scripts) is left out rather
 * than fetched from a font service, which the servers cannot reach; runs of space fold into one.
 */
export function drawable(text: string): string {
  return Array.from(text.normalize('NFC').replace(/\s+/g, ' '))
    .filter((ch) => DRAWABLE.test(ch))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** At most `max` characters, cut at a word, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** The content as drawn: drawable characters, each line clipped. */
export function preparedCard(card: CardContent): CardContent {
  return {
    ...card,
    kind: clip(drawable(card.kind), 80),
    title: clip(drawable(card.title), 150),
    detail: card.detail ? clip(drawable(card.detail), 90) || undefined : undefined,
    badge: card.badge ? clip(drawable(card.badge), 40) || undefined : undefined,
  };
}

/** FNV-1a, 2 × 32 bits, as 13 base-36 digits at most: a tag, not a secret. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const unit of new TextEncoder().encode(text)) {
    a = Math.imul(a ^ unit, 0x01000193) >>> 0;
    b = Math.imul(b ^ unit, 0x5bd1e995) >>> 0;
  }
  return `${a.toString(36)}${b.toString(36)}`;
}

/** The card's tag: the same for the same drawn content and design. */
export function cardTag(card: CardContent): string {
  const c = preparedCard(card);
  return hash(
    JSON.stringify([
      CARD_DESIGN_VERSION,
      c.locale,
      c.kind,
      c.title,
      c.detail ?? '',
      c.badge ?? '',
      c.siteName,
      c.tagline,
    ]),
  );
}

/** The card's address (relative: the layout's metadataBase makes og:image absolute). */
export function cardPath(card: CardContent, page: { procedure: string } | { report: string } | 'site'): string {
  const where =
    page === 'site'
      ? 'site'
      : 'procedure' in page
        ? `procedures/${encodeURIComponent(page.procedure)}`
        : `reports/${encodeURIComponent(page.report)}`;
  return `/api/cards/${card.locale}/${where}?v=${cardTag(card)}`;
}

/** og:image for a card. */
export function cardImage(card: CardContent, page: Parameters<typeof cardPath>[1]) {
  return { url: cardPath(card, page), width: CARD_WIDTH, height: CARD_HEIGHT, type: 'image/png', alt: card.title };
}
