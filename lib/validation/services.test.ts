import { describe, expect, it } from 'vitest';
import { parsePlaceSearch } from '@/lib/services/search-params';
import { placeEditSchema, placeQuerySchema, placeReportSchema } from './services';

const codes = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${String(i.path[0])}:${i.message}`);

describe('directory inputs', () => {
  it('refuses coordinates outside the city, half a pair and non-numbers', () => {
    expect(codes(placeQuerySchema.safeParse({ lat: '21.03', lng: '105.85' }))).toEqual(['lat:coordinateOutsideCity']);
    expect(codes(placeQuerySchema.safeParse({ lat: '10.77' }))).toEqual(['lat:coordinatePair']);
    expect(codes(placeQuerySchema.safeParse({ lat: 'abc', lng: '106.7' }))).toEqual(['lat:coordinateInvalid']);
    expect(placeQuerySchema.parse({ lat: '10,77', lng: '106.7', open: '1' })).toMatchObject({ lat: 10.77, open: true });
  });

  it('keeps the rest of a search whose coordinates are refused, and names the problem', () => {
    const { query, problems } = parsePlaceSearch({ q: 'benh vien', lat: '48.85', lng: '2.35', page: 'x' });
    expect(problems).toEqual(['coordinateOutsideCity']);
    expect(query).toMatchObject({ q: 'benh vien', lat: undefined, lng: undefined, page: 1 });
  });

  it('checks a resident correction', () => {
    expect(codes(placeReportSchema.safeParse({ slug: 'x', field: 'phone', message: 'ngắn' }))).toEqual([
      'message:tooShort',
    ]);
    expect(codes(placeReportSchema.safeParse({ slug: 'x', field: 'salary', message: 'Số điện thoại đã đổi' }))).toEqual(
      ['field:required'],
    );
    expect(
      placeReportSchema.safeParse({ slug: 'benh-vien-cho-ray', field: 'phone', message: 'Số điện thoại đã đổi' })
        .success,
    ).toBe(true);
  });

  it('checks the editor form: hours, a school level, a centre level, a point in the city', () => {
    const base = {
      nameVi: 'Trường thử',
      nameEn: 'Test school',
      slug: 'truong-thu',
      type: 'SCHOOL',
      address: '1 Đường Thử',
      ward: 'mau-phuong-sai-gon',
      lat: '10.77',
      lng: '106.70',
      hours: '1-5 07:00-17:00',
    };
    expect(codes(placeEditSchema.safeParse(base))).toEqual(['schoolLevel:required']);
    expect(codes(placeEditSchema.safeParse({ ...base, schoolLevel: 'PRIMARY', hours: '9 07:00-08:00' }))).toEqual([
      'hours:invalid',
    ]);
    expect(codes(placeEditSchema.safeParse({ ...base, schoolLevel: 'PRIMARY', lat: '21.0', lng: '105.8' }))).toEqual([
      'lat:coordinateOutsideCity',
    ]);
    expect(codes(placeEditSchema.safeParse({ ...base, type: 'ADMIN_CENTRE' }))).toEqual(['serves:required']);
    const ok = placeEditSchema.parse({ ...base, schoolLevel: 'PRIMARY', unverified_phone: 'on' });
    expect(ok).toMatchObject({ unverified_phone: true, unverified_hours: false, closedOnHolidays: false });
  });
});
