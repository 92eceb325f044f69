import { formatHours, groupSpecialHours, type Period, type SpecialPeriod } from './hours';
import { TYPE_SLUGS, type PlaceType } from './places';

// The directory as open data: one shape for the JSON API, the CSV and the GeoJSON downloads.

export type OpenPlace = {
  slug: string;
  type: string;
  schoolLevel: string | null;
  ownership: string;
  serves?: string | null;
  nameVi: string;
  nameEn: string;
  address: string;
  phone: string;
  website: string;
  lat: number;
  lng: number;
  ward: { code: string; name: string };
  unverified: string[];
  closedOnHolidays?: boolean;
  hours?: Period[];
  specialHours?: SpecialPeriod[];
  distance?: number | null;
  openNow?: boolean;
};

export function placeRecord(p: OpenPlace) {
  return {
    slug: p.slug,
    type: TYPE_SLUGS[p.type as PlaceType] ?? p.type,
    schoolLevel: p.schoolLevel,
    ownership: p.ownership,
    ...(p.serves !== undefined ? { serves: p.serves } : {}),
    name: { vi: p.nameVi, en: p.nameEn },
    address: p.address,
    ward: { code: p.ward.code, name: p.ward.name },
    phone: p.phone || null,
    website: p.website || null,
    lat: p.lat,
    lng: p.lng,
    ...(p.hours ? { hours: formatHours(p.hours), closedOnHolidays: p.closedOnHolidays ?? true } : {}),
    ...(p.specialHours
      ? {
          specialHours: groupSpecialHours(p.specialHours).map((g) => ({
            from: g.startsOn,
            to: g.endsOn,
            periods: g.ranges,
          })),
        }
      : {}),
    ...(p.distance !== undefined && p.distance !== null ? { distanceMetres: p.distance } : {}),
    ...(p.openNow !== undefined ? { openNow: p.openNow } : {}),
    unverified: p.unverified,
    url: `/vi/tien-ich/dia-diem/${p.slug}`,
  };
}

export const CSV_COLUMNS = [
  'slug',
  'type',
  'school_level',
  'ownership',
  'name_vi',
  'name_en',
  'address',
  'ward_code',
  'ward_name',
  'phone',
  'website',
  'lat',
  'lng',
  'hours',
  'closed_on_holidays',
  'unverified',
] as const;

/** A CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ is neutralised for spreadsheets. */
export function csvField(value: string | number | boolean | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function placesCsv(places: OpenPlace[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const p of places) {
    lines.push(
      [
        p.slug,
        TYPE_SLUGS[p.type as PlaceType] ?? p.type,
        p.schoolLevel,
        p.ownership,
        p.nameVi,
        p.nameEn,
        p.address,
        p.ward.code,
        p.ward.name,
        p.phone,
        p.website,
        p.lat,
        p.lng,
        formatHours(p.hours ?? []).replace(/\n/g, '; '),
        p.closedOnHolidays ?? true,
        p.unverified.join(' '),
      ]
        .map(csvField)
        .join(','),
    );
  }
  // A byte-order mark so that spreadsheet programs read the Vietnamese text as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function placesGeoJson(places: OpenPlace[]) {
  return {
    type: 'FeatureCollection',
    features: places.map((p) => {
      const { lat, lng, ...properties } = placeRecord(p);
      return { type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties };
    }),
  };
}
