import { describe, expect, it } from 'vitest';
import { normalizeForSearch, searchTokens, slugify } from './normalize';

describe('normalising Vietnamese for search', () => {
  it('removes tone marks and đ, in NFC and NFD alike, and ignores case and punctuation', () => {
    const nfc = 'Đăng ký khai sinh';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(normalizeForSearch(nfc)).toBe('dang ky khai sinh');
    expect(normalizeForSearch(nfd)).toBe('dang ky khai sinh');
    expect(normalizeForSearch('ĐĂNG KÝ  KHAI-SINH!')).toBe('dang ky khai sinh');
    expect(normalizeForSearch('Giấy phép xây dựng nhà ở riêng lẻ')).toBe('giay phep xay dung nha o rieng le');
  });

  it('turns emoji-only and symbol-only input into nothing', () => {
    expect(normalizeForSearch('🙂🙂 ✨')).toBe('');
    expect(normalizeForSearch("'; DROP TABLE --")).toBe('drop table');
  });

  it('caps the number of words', () => {
    expect(searchTokens(normalizeForSearch('a '.repeat(2000)))).toHaveLength(12);
  });

  it('makes slugs from titles', () => {
    expect(slugify('Cấp đổi thẻ Căn cước')).toBe('cap-doi-the-can-cuoc');
  });
});
