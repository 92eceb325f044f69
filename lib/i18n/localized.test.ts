import { describe, expect, it } from 'vitest';
import { localized, placeName } from './localized';

describe('localized', () => {
  const category = { code: 'roads', nameVi: 'Giao thông', nameEn: 'Roads' };
  const answer = { titleVi: 'Đã sửa', titleEn: 'Fixed', bodyVi: 'Đã sửa xong.', bodyEn: 'It is fixed.' };

  it('picks the English field in English and the Vietnamese one otherwise', () => {
    expect(localized(category, 'name', 'en')).toBe('Roads');
    expect(localized(category, 'name', 'vi')).toBe('Giao thông');
    expect(localized(answer, 'title', 'en')).toBe('Fixed');
    expect(localized(answer, 'body', 'vi')).toBe('Đã sửa xong.');
  });

  it('falls back to Vietnamese for a locale it does not know', () => {
    expect(localized(category, 'name', 'fr')).toBe('Giao thông');
  });
});

describe('placeName', () => {
  it('uses the English name where there is one', () => {
    expect(placeName({ name: 'Phường Bến Nghé', nameEn: 'Ben Nghe Ward' }, 'en')).toBe('Ben Nghe Ward');
    expect(placeName({ name: 'Phường Bến Nghé', nameEn: 'Ben Nghe Ward' }, 'vi')).toBe('Phường Bến Nghé');
  });

  it('falls back to the Vietnamese name in English', () => {
    expect(placeName({ name: 'Phường Bến Nghé', nameEn: null }, 'en')).toBe('Phường Bến Nghé');
    expect(placeName({ name: 'Phường Bến Nghé', nameEn: '' }, 'en')).toBe('Phường Bến Nghé');
    expect(placeName({ name: 'Phường Bến Nghé' }, 'en')).toBe('Phường Bến Nghé');
  });
});
