import { describe, expect, it } from 'vitest';
import { csvField, placesCsv, placesGeoJson, type OpenPlace } from './open-data';
import { placeJsonLdObject } from './json-ld';

const place: OpenPlace & { hours: { weekday: number; opensMin: number; closesMin: number }[] } = {
  slug: 'benh-vien-thu',
  type: 'HOSPITAL',
  schoolLevel: null,
  ownership: 'PUBLIC',
  nameVi: 'Bệnh viện "Thử", số 1',
  nameEn: 'Test Hospital',
  address: '=1+2 Đường Thử',
  phone: '028 0000 0000',
  website: '',
  lat: 10.75,
  lng: 106.66,
  ward: { code: 'mau-phuong-cho-lon', name: 'Phường Chợ Lớn' },
  unverified: ['phone'],
  closedOnHolidays: false,
  hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensMin: 0, closesMin: 1440 })),
};

describe('open data of the directory', () => {
  it('quotes CSV fields and neutralises formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK()')).toBe("'=HYPERLINK()");
    const csv = placesCsv([place]);
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header!.split(',')).toContain('ward_code');
    expect(row).toContain('"Bệnh viện ""Thử"", số 1"');
    expect(row).toContain("'=1+2 Đường Thử");
    expect(row).toContain('1-7 00:00-24:00');
  });

  it('writes GeoJSON points as [longitude, latitude]', () => {
    const geo = placesGeoJson([place]);
    expect(geo.features[0]!.geometry.coordinates).toEqual([106.66, 10.75]);
    expect(geo.features[0]!.properties.type).toBe('benh-vien');
  });

  it('describes a hospital for search engines with its hours and point', () => {
    const ld = placeJsonLdObject(place, 'https://example.test/p', 'vi');
    expect(ld['@type']).toBe('Hospital');
    expect(ld.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 10.75, longitude: 106.66 });
    expect(ld.openingHoursSpecification[0]).toEqual({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: 'https://schema.org/Monday',
      opens: '00:00',
      closes: '23:59',
    });
    expect(placeJsonLdObject({ ...place, type: 'ADMIN_CENTRE' }, 'x', 'vi')['@type']).toBe('GovernmentOffice');
    expect(placeJsonLdObject({ ...place, type: 'CLINIC' }, 'x', 'vi')['@type']).toBe('MedicalClinic');
    expect(placeJsonLdObject({ ...place, type: 'SCHOOL', schoolLevel: 'PRIMARY' }, 'x', 'vi')['@type']).toBe('School');
  });
});
