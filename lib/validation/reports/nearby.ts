import { z } from 'zod';
import { locales, routing } from '@/i18n/routing';
import { insideCity, REPORT_TITLE_MAX } from './report';
import { cleanText } from '../text';

// GET /api/feedback/nearby: open public reports like the one being written, shown before sending.

export const NEARBY_RADIUS_METERS = 200;
export const NEARBY_LIMIT = 5;

const coordinate = z
  .string()
  .trim()
  .regex(/^[-+]?\d{1,3}(\.\d{1,12})?$/, 'coordinateInvalid')
  .transform(Number);

export const nearbyQuerySchema = z
  .object({
    category: z
      .string()
      .trim()
      .min(1, 'categoryRequired')
      .max(40, 'categoryUnknown')
      .regex(/^[a-z0-9-]+$/, 'categoryUnknown'),
    lat: coordinate.optional(),
    lng: coordinate.optional(),
    ward: z
      .string()
      .trim()
      .max(80, 'wardUnknown')
      .regex(/^[A-Za-z0-9_.-]*$/, 'wardUnknown')
      .optional(),
    title: cleanText({ max: REPORT_TITLE_MAX * 2, min: 0, messages: { tooLong: 'tooLong' } }).optional(),
    locale: z.enum(locales).default(routing.defaultLocale),
  })
  .superRefine((v, ctx) => {
    if ((v.lat === undefined) !== (v.lng === undefined)) {
      ctx.addIssue({ code: 'custom', path: [v.lat === undefined ? 'lat' : 'lng'], message: 'coordinatePair' });
    } else if (v.lat !== undefined && v.lng !== undefined && !insideCity(v.lat, v.lng)) {
      ctx.addIssue({ code: 'custom', path: ['lat'], message: 'coordinateOutsideCity' });
    }
  })
  .transform((v) => ({
    category: v.category,
    point: v.lat !== undefined && v.lng !== undefined ? { lat: v.lat, lng: v.lng } : null,
    ward: v.ward || null,
    // A title is worth comparing from a few letters on.
    title: v.title && v.title.length >= 3 ? v.title.slice(0, REPORT_TITLE_MAX) : null,
    locale: v.locale,
  }));

export type NearbyQuery = z.output<typeof nearbyQuerySchema>;

/** The query string as an object for the schema: absent and empty parameters are left out. */
export function nearbyParams(search: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['category', 'lat', 'lng', 'ward', 'title', 'locale']) {
    const v = search.get(name);
    if (v !== null && v.trim() !== '') out[name] = v;
  }
  return out;
}
