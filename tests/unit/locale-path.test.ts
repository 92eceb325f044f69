import { describe, expect, it } from 'vitest';
import { localePath } from '@/lib/i18n/locale-path';

describe('the language link', () => {
  it('leads to the same page in the other language', () => {
    expect(localePath('/vi', 'vi', 'en')).toBe('/en');
    expect(localePath('/en', 'en', 'vi')).toBe('/vi');
    expect(localePath('/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh', 'vi', 'en')).toBe('/en/procedures/dang-ky-khai-sinh');
    expect(localePath('/en/feedback/PA-2026-000001', 'en', 'vi')).toBe('/vi/phan-anh/PA-2026-000001');
    expect(localePath('/vi/tin-tuc/chu-de/giao-thong/trang/2', 'vi', 'en')).toBe('/en/news/topics/giao-thong/page/2');
  });

  it('prefers a fixed address to a parameter in the same place', () => {
    expect(localePath('/vi/phan-anh/gui', 'vi', 'en')).toBe('/en/feedback/new');
    expect(localePath('/en/feedback/new', 'en', 'vi')).toBe('/vi/phan-anh/gui');
  });

  it('reads the internal address a page rendered ahead of time sees', () => {
    expect(localePath('/en/procedures/dang-ky-khai-sinh', 'en', 'vi')).toBe('/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh');
    expect(localePath('/vi/reports', 'vi', 'en')).toBe('/en/feedback');
  });

  it('keeps the path of an address that is no section', () => {
    expect(localePath('/vi/khong-co', 'vi', 'en')).toBe('/en/khong-co');
  });
});
