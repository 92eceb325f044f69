import { z } from 'zod';
import { cleanText, optionalCleanText } from './text';
import { insideCity } from './reports/report';
import { OWNERSHIPS, PLACE_TYPES, REPORTABLE_FIELDS, SCHOOL_LEVELS, CHECKABLE_FACTS } from '@/lib/services/places';
import { parseHours, parseSpecialHours } from '@/lib/services/hours';

// The directory's inputs: the search and filters (page and JSON API), a resident's correction and
// the editors' form. Messages are codes of lib/errors.ts.

export const PLACE_QUERY_MAX = 200;
export const PLACE_PAGE_SIZE = 20;
export const API_PAGE_SIZE_MAX = 100;
export const PLACE_REPORT_MAX = 1000;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const coordinate = z.preprocess(
  one,
  z
    .union([z.number(), z.string().trim()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      const n = typeof v === 'number' ? v : Number(v.replace(',', '.'));
      if (!Number.isFinite(n)) {
        ctx.addIssue({ code: 'custom', message: 'coordinateInvalid' });
        return z.NEVER;
      }
      return n;
    }),
);

/**
 * The directory's search: words (tone marks ignored), a type's slug, a ward's code, "open now",
 * a point to sort by distance (both coordinates, inside the city), a page. Unknown types and wards
 * are decided by the caller (a 404), since only the database knows the wards.
 */
export const placeQuerySchema = z
  .object({
    q: z.preprocess(one, z.string().max(1000).optional()).transform((v) => (v ?? '').trim().slice(0, PLACE_QUERY_MAX)),
    type: z.preprocess(one, z.string().trim().max(40).optional()).transform((v) => v || undefined),
    ward: z.preprocess(one, z.string().trim().max(80).optional()).transform((v) => v || undefined),
    open: z.preprocess(one, z.string().optional()).transform((v) => v === '1' || v === 'on' || v === 'true'),
    lat: coordinate,
    lng: coordinate,
    page: z.preprocess(
      one,
      z
        .string()
        .optional()
        .transform((v, ctx) => {
          if (v === undefined || v === '') return 1;
          if (!/^\d{1,6}$/.test(v) || Number(v) < 1) {
            ctx.addIssue({ code: 'custom', message: 'invalid' });
            return z.NEVER;
          }
          return Number(v);
        }),
    ),
    size: z.preprocess(
      one,
      z
        .string()
        .optional()
        .transform((v, ctx) => {
          if (v === undefined || v === '') return PLACE_PAGE_SIZE;
          if (!/^\d{1,3}$/.test(v) || Number(v) < 1 || Number(v) > API_PAGE_SIZE_MAX) {
            ctx.addIssue({ code: 'custom', message: 'invalid' });
            return z.NEVER;
          }
          return Number(v);
        }),
    ),
  })
  .superRefine((v, ctx) => {
    if ((v.lat === undefined) !== (v.lng === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['lat'], message: 'coordinatePair' });
    } else if (v.lat !== undefined && v.lng !== undefined && !insideCity(v.lat, v.lng)) {
      ctx.addIssue({ code: 'custom', path: ['lat'], message: 'coordinateOutsideCity' });
    }
  });
export type PlaceQuery = z.output<typeof placeQuerySchema>;

/** "This entry is wrong": which fact, and what the resident knows. */
export const placeReportSchema = z.object({
  slug: z.string().trim().max(120).regex(SLUG, 'slugInvalid'),
  field: z.enum(REPORTABLE_FIELDS, { error: 'required' }),
  message: cleanText({ min: 10, max: PLACE_REPORT_MAX, multiline: true }),
});

const checkbox = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true' || v === '1');

const requiredCoordinate = z.union([z.number(), z.string().trim()]).transform((v, ctx) => {
  const n = typeof v === 'number' ? v : v === '' ? NaN : Number(v.replace(',', '.'));
  if (!Number.isFinite(n)) {
    ctx.addIssue({ code: 'custom', message: v === '' ? 'required' : 'coordinateInvalid' });
    return z.NEVER;
  }
  return n;
});

const uncheckedFacts = Object.fromEntries(CHECKABLE_FACTS.map((f) => [`unverified_${f}`, checkbox])) as Record<
  `unverified_${(typeof CHECKABLE_FACTS)[number]}`,
  typeof checkbox
>;

/** The editors' form of an entry; without `id` it creates one. */
export const placeEditSchema = z
  .object({
    id: z.string().trim().max(40).optional(),
    nameVi: cleanText({ max: 200 }),
    nameEn: cleanText({ max: 200 }),
    slug: z.string({ error: 'required' }).trim().min(1, 'required').max(120, 'tooLong').regex(SLUG, 'slugInvalid'),
    type: z.enum(PLACE_TYPES, { error: 'required' }),
    schoolLevel: z
      .union([z.enum(SCHOOL_LEVELS), z.literal('')])
      .optional()
      .transform((v) => v || undefined),
    ownership: z.enum(OWNERSHIPS).default('PUBLIC'),
    serves: z
      .union([z.enum(['CITY', 'COMMUNE']), z.literal('')])
      .optional()
      .transform((v) => v || undefined),
    address: cleanText({ max: 300 }),
    ward: z.string({ error: 'wardRequired' }).trim().min(1, 'wardRequired').max(80, 'wardUnknown'),
    phone: optionalCleanText({ max: 60 }).refine((v) => v === undefined || /^[0-9+() .\-–,]+$/.test(v), 'phoneInvalid'),
    website: optionalCleanText({ max: 300 }).refine(
      (v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v),
      'urlInvalid',
    ),
    lat: requiredCoordinate,
    lng: requiredCoordinate,
    hours: z
      .string()
      .max(2000, 'tooLong')
      .default('')
      .refine((v) => parseHours(v).ok, 'invalid'),
    specialHours: z.string().max(4000, 'tooLong').default(''),
    closedOnHolidays: checkbox,
    hoursNoteVi: optionalCleanText({ max: 300 }),
    hoursNoteEn: optionalCleanText({ max: 300 }),
    ...uncheckedFacts,
  })
  .superRefine((v, ctx) => {
    if (!insideCity(v.lat, v.lng)) ctx.addIssue({ code: 'custom', path: ['lat'], message: 'coordinateOutsideCity' });
    if (v.type === 'SCHOOL' && !v.schoolLevel)
      ctx.addIssue({ code: 'custom', path: ['schoolLevel'], message: 'required' });
    if (v.type === 'ADMIN_CENTRE' && !v.serves) ctx.addIssue({ code: 'custom', path: ['serves'], message: 'required' });
    const special = parseSpecialHours(v.specialHours);
    if (!special.ok)
      ctx.addIssue({ code: 'custom', path: ['specialHours'], message: special.error, params: { line: special.line } });
  });
export type PlaceEditInput = z.output<typeof placeEditSchema>;

/** An editor closes a resident's correction. */
export const placeReportHandleSchema = z.object({
  id: z.string().trim().min(1).max(40),
  status: z.enum(['RESOLVED', 'DISMISSED']),
});
