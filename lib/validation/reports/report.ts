import { z } from 'zod';
import { issueError, type ErrorCode, type PortalError } from '@/lib/errors';
import { cleanText, noteText } from '../text';

// The report form's fields, shared by the browser (react-hook-form + zodResolver), the route
// handler POST /api/feedback (text fields of the multipart body) and Open311. Messages are keys of
// the "Errors" group in messages/*.json (codes of lib/errors.ts).

export const REPORT_MAX_PHOTOS = 5;
export const REPORT_MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** What the file input accepts: phones convert HEIC to JPEG when the list does not include it. */
export const REPORT_PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp';
export const REPORT_TITLE_MAX = 150;
export const REPORT_DESCRIPTION_MAX = 5000;
export const REPORT_ADDRESS_MAX = 250;
export const REPORT_NOTE_MAX = 5000;
export const PHOTO_ALT_MAX = 250;
/** A photo's shortest side and its longest side as a multiple of the shortest: beyond these it shows nothing useful. */
export const PHOTO_MIN_SIDE = 32;
export const PHOTO_MAX_ASPECT = 20;

/** Ho Chi Minh City (with Bình Dương, Bà Rịa – Vũng Tàu and Côn Đảo since 2025), generously bounded. */
export const CITY_BOUNDS = { south: 8.5, north: 11.6, west: 106.2, east: 107.7 } as const;
/** Where the map opens: Bến Thành. */
export const CITY_CENTRE = { lat: 10.7725, lng: 106.698 } as const;

export function insideCity(lat: number, lng: number): boolean {
  return lat >= CITY_BOUNDS.south && lat <= CITY_BOUNDS.north && lng >= CITY_BOUNDS.west && lng <= CITY_BOUNDS.east;
}

const text = (max: number, requiredKey: string, multiline = false) =>
  cleanText({ max, multiline, messages: { required: requiredKey } });

/** "on"/"true"/"1" from a form or a checkbox; absent is false. */
const checkbox = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true' || v === '1');

/** An optional coordinate typed or set by the map; empty means "no point". */
const coordinate = z
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
  });

export const reportFields = z
  .object({
    category: z.string({ error: 'categoryRequired' }).trim().min(1, 'categoryRequired').max(40, 'categoryUnknown'),
    title: cleanText({
      min: 5,
      max: REPORT_TITLE_MAX,
      messages: { required: 'reportTitleRequired', tooShort: 'reportTitleTooShort' },
    }),
    description: text(REPORT_DESCRIPTION_MAX, 'reportDescriptionRequired', true),
    ward: z.string({ error: 'reportWardRequired' }).trim().min(1, 'reportWardRequired').max(80, 'wardUnknown'),
    address: text(REPORT_ADDRESS_MAX, 'reportAddressRequired'),
    lat: coordinate,
    lng: coordinate,
    isPublic: checkbox,
    hideName: checkbox,
    photoConsent: checkbox,
    /** Chosen by the form once per report; a retry with the same key returns the same report. */
    idempotencyKey: z
      .string({ error: 'invalid' })
      .trim()
      .regex(/^[A-Za-z0-9_-]{16,80}$/, 'invalid'),
  })
  .superRefine((v, ctx) => {
    if ((v.lat === undefined) !== (v.lng === undefined)) {
      ctx.addIssue({ code: 'custom', path: [v.lat === undefined ? 'lat' : 'lng'], message: 'coordinatePair' });
    } else if (v.lat !== undefined && v.lng !== undefined && !insideCity(v.lat, v.lng)) {
      ctx.addIssue({ code: 'custom', path: ['lat'], message: 'coordinateOutsideCity' });
    }
  });

export type ReportFieldsInput = z.input<typeof reportFields>;
export type ReportFields = z.output<typeof reportFields>;

/** Consent for photos is needed only when there are photos: checked by the handler with the count. */
export const PHOTO_CONSENT_ERROR = 'photoConsentRequired' satisfies ErrorCode;

// ----- officials -----

export const REPORT_STATUSES = ['RECEIVED', 'IN_PROGRESS', 'RESOLVED', 'REJECTED', 'DUPLICATE'] as const;
export type ReportStatusValue = (typeof REPORT_STATUSES)[number];

/** Status changes an official may make, with the note the resident sees. */
export const statusChange = z
  .object({
    status: z.enum(REPORT_STATUSES, { error: 'invalid' }),
    note: noteText(REPORT_NOTE_MAX),
    /** Required for REJECTED. */
    duplicateOf: z
      .string()
      .trim()
      .max(40)
      .optional()
      .transform((v) => v || undefined),
    /** yyyy-mm-dd, for a progress update that commits to a date. */
    committedDate: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || undefined)
      .pipe(
        z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, 'dateInvalid')
          .optional(),
      ),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'REJECTED' && !v.note)
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'rejectReasonRequired' });
    if (v.status === 'DUPLICATE' && !v.duplicateOf)
      ctx.addIssue({ code: 'custom', path: ['duplicateOf'], message: 'duplicateOfRequired' });
  });

/** The author's rating of the answer; "not satisfied" needs a reason and reopens the report. */
export const reportRating = z
  .object({
    rating: z.enum(['SATISFIED', 'NOT_SATISFIED'], { error: 'ratingRequired' }),
    reason: noteText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.rating === 'NOT_SATISFIED' && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'ratingReasonRequired' });
  });

/** An official's answer (POST /api/admin/feedback/{code}/answer); photos are checked by the handler. */
export const reportAnswer = z.object({
  body: text(REPORT_NOTE_MAX, 'required', true),
  /** Also close the report as resolved. */
  resolve: checkbox,
  /** Optional: a retry with the same key does not add a second answer. */
  idempotencyKey: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,80}$/, 'invalid')
        .optional(),
    ),
});
export type ReportAnswer = z.output<typeof reportAnswer>;

/** A photo's description for people who cannot see it (one per photo, optional). */
export const photoAltText = cleanText({ max: PHOTO_ALT_MAX, min: 0 });

/** The error of the first photo description that is refused, or undefined when all pass. */
export function photoAltError(alts: readonly string[]): PortalError | undefined {
  for (const alt of alts) {
    const result = photoAltText.safeParse(alt);
    if (!result.success) return issueError(result.error.issues[0]!);
  }
  return undefined;
}
