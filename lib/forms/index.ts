// The blank forms that ship with the portal and which checklist items they belong to.
import type { FormTemplate } from './types';
import { civilStatusForms } from './templates/civil-status';
import { residenceForms } from './templates/residence';
import { otherForms } from './templates/other';

export type { FormTemplate, FormField, FormSection } from './types';

export const formTemplates: readonly FormTemplate[] = [...civilStatusForms, ...residenceForms, ...otherForms];

const bySlug = new Map(formTemplates.map((f) => [f.slug, f]));

export function formBySlug(slug: string): FormTemplate | undefined {
  return bySlug.get(slug);
}

const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const byCode = new Map(formTemplates.filter((f) => f.code).map((f) => [norm(f.code!), f]));
const byName = formTemplates.flatMap((f) => f.names.map((n) => [norm(n), f] as const));

/**
 * The forms a checklist item stands for. A form code in `form` ("CT01", "Mẫu TK1-TS của …",
 * "DC01 / DC02") decides; otherwise the item's name must be a form's title, possibly followed by a
 * note in brackets. An empty list means no template is written yet: show the name without a link.
 */
export function formsForItem(item: { name: string; form?: string }): FormTemplate[] {
  const codes = item.form?.match(/\b[A-Z]{2,3}\d{1,2}[a-z]?(?:-[A-Z]{2})?\b/g);
  if (codes?.length) return [...new Set(codes.map((c) => byCode.get(norm(c))).filter((f): f is FormTemplate => !!f))];
  const name = norm(item.name);
  const hit = byName.find(([n]) => name === n || name.startsWith(`${n} (`));
  return hit ? [hit[1]] : [];
}
