import 'server-only';
import type { Locale } from '@/i18n/routing';
import { db } from '../db';
import { localized } from '@/lib/i18n/localized';

/** Report categories for the form's select, in their set order, each with its description as hint. */
export async function reportCategoryOptions(locale: Locale) {
  const rows = await db.reportCategory.findMany({
    select: { code: true, nameVi: true, nameEn: true, descriptionVi: true, descriptionEn: true },
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
  });
  return rows.map((r) => ({
    value: r.code,
    label: localized(r, 'name', locale),
    description: localized(r, 'description', locale),
  }));
}
