import { describe, expect, it } from 'vitest';
import {
  checkPhotos,
  createdReportUrl,
  DRAFT_MAX_AGE_MS,
  emptyDraft,
  formatCoordinate,
  nearbyQuery,
  normalizeValues,
  parseCoordinate,
  parseDraft,
  parsePoint,
  parseSubmitError,
  serializeDraft,
} from './report-form';

const KEY = 'abcdefghijklmnopqrstuvwxyz012345';
const MB = 1024 * 1024;

describe('draft kept in the browser', () => {
  it('round-trips what was typed, the flags and the idempotency key', () => {
    const values = {
      ...emptyDraft(KEY),
      category: 'giao-thong',
      title: 'Ổ gà trên đường Lê Lợi',
      lat: '10,7725',
      isPublic: false,
      hideName: true,
    };
    const now = 1_800_000_000_000;
    expect(parseDraft(serializeDraft(values, now), now + 1000)).toEqual({ values, savedAt: now });
  });

  it('refuses a damaged, foreign, old or empty draft', () => {
    const now = 1_800_000_000_000;
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('{not json')).toBeNull();
    expect(parseDraft(JSON.stringify({ v: 99, savedAt: now, values: { title: 'x' } }), now)).toBeNull();
    expect(
      parseDraft(serializeDraft({ ...emptyDraft(KEY), title: 'Đèn đường hỏng' }, now - DRAFT_MAX_AGE_MS - 1), now),
    ).toBeNull();
    expect(parseDraft(serializeDraft(emptyDraft(KEY), now), now)).toBeNull();
    expect(parseDraft(serializeDraft({ ...emptyDraft('short'), title: 'Đèn đường hỏng' }, now), now)).toBeNull();
  });

  it('normalizes values of any shape and cuts what is too long', () => {
    const v = normalizeValues(
      { title: 'a'.repeat(500), lat: 10.5, isPublic: 'on', hideName: undefined, photoConsent: 'true', ward: { x: 1 } },
      KEY,
    );
    expect(v.title).toHaveLength(150);
    expect(v.lat).toBe('10.5');
    expect(v.isPublic).toBe(true);
    expect(v.hideName).toBe(false);
    expect(v.photoConsent).toBe(true);
    expect(v.ward).toBe('');
    expect(v.idempotencyKey).toBe(KEY);
  });
});

describe('photo checks', () => {
  const file = (name: string, size: number, type = 'image/jpeg') => ({ name, size, type });

  it('accepts JPEG, PNG and WebP up to 10 MB', () => {
    const r = checkPhotos([file('a.jpg', MB), file('b.png', 10 * MB, 'image/png'), file('c.webp', 1, 'image/webp')], 0);
    expect(r.accepted.map((f) => f.name)).toEqual(['a.jpg', 'b.png', 'c.webp']);
    expect(r.refused).toEqual([]);
  });

  it('refuses other types, empty and oversized files, with the reason', () => {
    const r = checkPhotos(
      [file('a.heic', MB, 'image/heic'), file('b.jpg', 10 * MB + 1), file('c.jpg', 0), file('d.gif', 1, 'image/gif')],
      0,
    );
    expect(r.accepted).toEqual([]);
    expect(r.refused).toEqual([
      { name: 'a.heic', problem: 'type' },
      { name: 'b.jpg', problem: 'size' },
      { name: 'c.jpg', problem: 'empty' },
      { name: 'd.gif', problem: 'type' },
    ]);
  });

  it('keeps at most five photos in all', () => {
    const r = checkPhotos([file('1.jpg', 1), file('2.jpg', 1), file('3.jpg', 1)], 3);
    expect(r.accepted.map((f) => f.name)).toEqual(['1.jpg', '2.jpg']);
    expect(r.overLimit).toBe(1);
  });
});

describe('coordinates', () => {
  it('reads a decimal point or comma and nothing else', () => {
    expect(parseCoordinate('10.7725')).toBe(10.7725);
    expect(parseCoordinate(' 10,7725 ')).toBe(10.7725);
    expect(parseCoordinate('-1')).toBe(-1);
    expect(parseCoordinate('')).toBeNull();
    expect(parseCoordinate('abc')).toBeNull();
    expect(parseCoordinate('1e3')).toBeNull();
    expect(parseCoordinate('10.7.7')).toBeNull();
  });

  it('gives a point only when both are inside the city', () => {
    expect(parsePoint('10.7725', '106.698')).toEqual({ lat: 10.7725, lng: 106.698 });
    expect(parsePoint('21.0285', '105.8542')).toBeNull(); // Hà Nội
    expect(parsePoint('10.7725', '')).toBeNull();
  });

  it('formats six decimals without trailing zeros', () => {
    expect(formatCoordinate(10.77250000123)).toBe('10.7725');
    expect(formatCoordinate(106.1234567)).toBe('106.123457');
    expect(formatCoordinate(11)).toBe('11');
  });
});

describe('nearby query', () => {
  const base = { category: 'giao-thong', lat: '', lng: '', ward: '', title: '' };

  it('waits for a category and a point, or a ward and a title', () => {
    expect(nearbyQuery(base, 'vi')).toBeNull();
    expect(nearbyQuery({ ...base, category: '', lat: '10.77', lng: '106.7' }, 'vi')).toBeNull();
    expect(nearbyQuery({ ...base, ward: 'mau-phuong-sai-gon', title: 'Ổ' }, 'vi')).toBeNull();
    expect(nearbyQuery({ ...base, lat: '10.77', lng: '106.7' }, 'vi')).toBe(
      'category=giao-thong&lat=10.77&lng=106.7&locale=vi',
    );
    expect(nearbyQuery({ ...base, ward: 'mau-phuong-sai-gon', title: 'Ổ gà lớn' }, 'en')).toBe(
      `category=giao-thong&ward=mau-phuong-sai-gon&title=${encodeURIComponent('Ổ gà lớn').replace(/%20/g, '+')}&locale=en`,
    );
  });
});

describe('answers of the upload', () => {
  it('reads the portal’s one error shape, with the texts of its fields', () => {
    expect(
      parseSubmitError({
        error: {
          code: 'invalidFields',
          message: 'Có lỗi',
          fields: { title: 'Nhập tiêu đề.', photos: ['Ảnh quá lớn.'] },
        },
      }),
    ).toEqual({
      code: 'invalidFields',
      message: 'Có lỗi',
      fields: { title: 'Nhập tiêu đề.', photos: 'Ảnh quá lớn.' },
    });
    expect(parseSubmitError('oops')).toEqual({ code: null, message: null, fields: {} });
    expect(parseSubmitError({ error: 'validation', message: 'Có lỗi' })).toEqual({
      code: null,
      message: null,
      fields: {},
    });
  });

  it('follows only a path of the portal on this site', () => {
    const origin = 'http://localhost:3000';
    expect(createdReportUrl({ code: 'PA-2026-000001', url: '/vi/phan-anh/PA-2026-000001' }, origin)).toBe(
      '/vi/phan-anh/PA-2026-000001',
    );
    expect(createdReportUrl({ url: 'https://evil.example/' }, origin)).toBeNull();
    expect(createdReportUrl({ url: '//evil.example/' }, origin)).toBeNull();
    expect(createdReportUrl({ url: '/\t/evil.example/' }, origin)).toBeNull();
    expect(createdReportUrl({ url: 'javascript:alert(1)' }, origin)).toBeNull();
    expect(createdReportUrl(null, origin)).toBeNull();
  });
});
