import 'server-only';
import type { Locale } from '@/i18n/routing';
import { db } from '../db';
import { localized, placeName } from '@/lib/i18n/localized';

/** Wards, communes and the special zone, in Vietnamese alphabetical order, for select boxes. */
export async function wardOptions(locale: Locale) {
  const rows = await db.administrativeUnit.findMany({
    where: { level: { not: 'CITY' } },
    select: { code: true, name: true, nameEn: true },
  });
  const collator = new Intl.Collator('vi');
  return rows
    .map((r) => ({ value: r.code, label: placeName(r, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

export async function campaignUnitOptions() {
  const rows = await db.campaignUnit.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } });
  return rows.map((r) => ({ value: r.id, label: r.name }));
}

export async function agencyOptions(locale: Locale) {
  const rows = await db.agency.findMany({ select: { id: true, nameVi: true, nameEn: true }, orderBy: { code: 'asc' } });
  return rows.map((r) => ({ value: r.id, label: localized(r, 'name', locale) }));
}
