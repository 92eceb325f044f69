import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { CHECKABLE_FACTS, OWNERSHIPS, PLACE_TYPES, SCHOOL_LEVELS } from '@/lib/services/places';
import { formatHours, formatSpecialHours, type Period, type SpecialPeriod } from '@/lib/services/hours';
import { wardOptions } from '@/server/places/queries';

/** The choices of the place editor, in the editor's language. */
export async function editorOptions(locale: Locale) {
  const [t, wards] = await Promise.all([getTranslations('Services'), wardOptions(locale)]);
  return {
    types: PLACE_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) })),
    levels: SCHOOL_LEVELS.map((v) => ({ value: v, label: t(`schoolLevels.${v}`) })),
    ownerships: OWNERSHIPS.map((v) => ({ value: v, label: t(`ownership.${v}`) })),
    serves: (['CITY', 'COMMUNE'] as const).map((v) => ({ value: v, label: t(`serves.${v}`) })),
    wards,
    facts: CHECKABLE_FACTS.map((v) => ({ value: v, label: t(`reportFields.${v}`) })),
  };
}

/** An entry as the editor's text fields; `closedWord` writes closed special days in the editor's language. */
export function editorValues(
  p: {
    id: string;
    slug: string;
    type: string;
    schoolLevel: string | null;
    ownership: string;
    serves: string | null;
    nameVi: string;
    nameEn: string;
    address: string;
    wardCode: string;
    phone: string;
    website: string;
    lat: number;
    lng: number;
    closedOnHolidays: boolean;
    hoursNoteVi: string;
    hoursNoteEn: string;
    hours: Period[];
    specialHours: SpecialPeriod[];
  },
  closedWord: string,
): Record<string, string> {
  return {
    id: p.id,
    slug: p.slug,
    type: p.type,
    schoolLevel: p.schoolLevel ?? '',
    ownership: p.ownership,
    serves: p.serves ?? '',
    nameVi: p.nameVi,
    nameEn: p.nameEn,
    address: p.address,
    ward: p.wardCode,
    phone: p.phone,
    website: p.website,
    lat: String(p.lat),
    lng: String(p.lng),
    hours: formatHours(p.hours),
    specialHours: formatSpecialHours(p.specialHours, closedWord),
    closedOnHolidays: p.closedOnHolidays ? '1' : '',
    hoursNoteVi: p.hoursNoteVi,
    hoursNoteEn: p.hoursNoteEn,
  };
}
