import { hhmm, SCHEMA_DAYS, type Period, type SpecialPeriod } from './hours';

// schema.org description of a place for its page: Hospital, MedicalClinic, School,
// GovernmentOffice, or a transport place (CivicStructure), with its
// address, geo point, OpeningHoursSpecification and the special hours by date
// (specialOpeningHoursSpecification with validFrom/validThrough; closed: opens = closes = 00:00).

const SCHEMA_TYPES: Record<string, string> = {
  HOSPITAL: 'Hospital',
  CLINIC: 'MedicalClinic',
  SCHOOL: 'School',
  ADMIN_CENTRE: 'GovernmentOffice',
  TRANSPORT: 'CivicStructure',
};

export type JsonLdPlace = {
  type: string;
  schoolLevel: string | null;
  nameVi: string;
  nameEn: string;
  address: string;
  phone: string;
  website: string;
  lat: number;
  lng: number;
  ward: { name: string };
  hours: Period[];
  specialHours?: SpecialPeriod[];
};

const closes = (minute: number) => (minute >= 24 * 60 ? '23:59' : hhmm(minute));

export function schemaType(p: Pick<JsonLdPlace, 'type' | 'schoolLevel'>): string {
  return SCHEMA_TYPES[p.type] ?? 'Place';
}

export function placeJsonLdObject(p: JsonLdPlace, url: string, locale: string) {
  const name = locale === 'en' ? p.nameEn : p.nameVi;
  return {
    '@context': 'https://schema.org',
    '@type': schemaType(p),
    name,
    alternateName: locale === 'en' ? p.nameVi : p.nameEn,
    url,
    ...(p.phone ? { telephone: p.phone } : {}),
    ...(p.website ? { sameAs: p.website } : {}),
    address: {
      '@type': 'PostalAddress',
      streetAddress: p.address,
      addressLocality: p.ward.name,
      addressRegion: 'Thành phố Hồ Chí Minh',
      addressCountry: 'VN',
    },
    geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lng },
    openingHoursSpecification: p.hours.map((h) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${SCHEMA_DAYS[h.weekday - 1]}`,
      opens: hhmm(h.opensMin),
      // schema.org closes a whole day at 23:59.
      closes: closes(h.closesMin),
    })),
    ...(p.specialHours?.length
      ? {
          specialOpeningHoursSpecification: p.specialHours.map((s) => ({
            '@type': 'OpeningHoursSpecification',
            validFrom: s.startsOn,
            validThrough: s.endsOn,
            opens: s.opensMin === null ? '00:00' : hhmm(s.opensMin),
            closes: s.closesMin === null ? '00:00' : closes(s.closesMin),
          })),
        }
      : {}),
  };
}

/** The script element's text, escaped so that no text inside can close it. */
export function placeJsonLd(p: JsonLdPlace, url: string, locale: string): string {
  return JSON.stringify(placeJsonLdObject(p, url, locale)).replace(/</g, '\\u003c');
}
