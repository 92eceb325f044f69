// Vietnamese text as search sees it: lower case, without tone marks or the stroke of đ, in NFC or
// NFD alike, punctuation folded to single spaces. "ĐĂNG KÝ  khai-sinh" → "dang ky khai sinh".
// The database keeps the same form of each procedure (server/procedures), so both sides match.

export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words of a normalised query, at most `max` of them (very long queries are cut, not refused). */
export function searchTokens(normalized: string, max = 12): string[] {
  return normalized.split(' ').filter(Boolean).slice(0, max);
}

/** From the title without tone marks: "Đăng ký khai sinh" → "dang-ky-khai-sinh". */
export function slugify(text: string): string {
  return normalizeForSearch(text).replace(/ /g, '-').slice(0, 120).replace(/-+$/, '');
}
