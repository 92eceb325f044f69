// Records that carry their words in both languages (`nameVi`/`nameEn`, `titleVi`/`titleEn`, …)
// are read through these, so every page picks the same one for a locale: English for 'en',
// Vietnamese otherwise (the default locale).

type Bilingual<K extends string> = { [P in `${K}Vi` | `${K}En`]: string };

/** `obj[key + 'En']` in English, `obj[key + 'Vi']` otherwise: `localized(category, 'name', locale)`. */
export function localized<K extends string>(obj: Bilingual<K>, key: K, locale: string): string {
  return locale === 'en' ? obj[`${key}En`] : obj[`${key}Vi`];
}

/**
 * A place (a ward) is named in Vietnamese, with an English name where one is known: the English
 * page falls back to the Vietnamese name.
 */
export function placeName(place: { name: string; nameEn?: string | null }, locale: string): string {
  return locale === 'en' && place.nameEn ? place.nameEn : place.name;
}
