// The directory's kinds of place and their address segments, the same in both languages
// (`/vi/tien-ich/loai/benh-vien`, `/en/services/types/benh-vien`), and what may be unconfirmed.

export const PLACE_TYPES = ['HOSPITAL', 'CLINIC', 'SCHOOL', 'ADMIN_CENTRE', 'TRANSPORT'] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

export const TYPE_SLUGS: Record<PlaceType, string> = {
  HOSPITAL: 'benh-vien',
  CLINIC: 'phong-kham',
  SCHOOL: 'truong-hoc',
  ADMIN_CENTRE: 'mot-cua',
  TRANSPORT: 'giao-thong',
};

export function typeOfSlug(slug: string): PlaceType | null {
  return PLACE_TYPES.find((t) => TYPE_SLUGS[t] === slug) ?? null;
}

export const SCHOOL_LEVELS = ['PRESCHOOL', 'PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];
export const OWNERSHIPS = ['PUBLIC', 'PRIVATE'] as const;

/** The facts of an entry that can be marked "not confirmed" on its page, as the procedures do. */
export const CHECKABLE_FACTS = ['address', 'ward', 'phone', 'website', 'hours', 'coordinates'] as const;
export type CheckableFact = (typeof CHECKABLE_FACTS)[number];

/** What a resident may say is wrong about an entry. */
export const REPORTABLE_FIELDS = ['name', ...CHECKABLE_FACTS, 'closed', 'other'] as const;

/** Great-circle distance in metres. */
export function distanceMetres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
}
