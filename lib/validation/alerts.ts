// The back office's alert forms, the same in the browser (ValidatedForm) and in the server actions
// (server/alerts/admin-actions.ts). Dates are typed in the city's time (datetime-local, UTC+7).
import { z } from 'zod';
import { cityTimeToDate } from '@/lib/consultations/admin';
import { isCapCircle, isCapPolygon } from '@/lib/alerts/rules';
import {
  ALERT_CATEGORIES,
  ALERT_CERTAINTIES,
  ALERT_RESPONSE_TYPES,
  ALERT_SEVERITIES,
  ALERT_STATUSES,
  ALERT_URGENCIES,
} from '@/lib/alerts/values';
import { cleanText, noteText } from './text';

const id = z.string().min(1, 'required').max(64, 'invalid');

/** A `datetime-local` value in the city's time, as a Date. */
const cityTime = z
  .string({ error: 'required' })
  .min(1, 'required')
  .transform((v, ctx) => {
    const d = cityTimeToDate(v);
    if (!d) {
      ctx.addIssue({ code: 'custom', message: 'dateInvalid' });
      return z.NEVER;
    }
    return d;
  });

const optionalShape = (test: (v: string) => boolean, code: string) =>
  z
    .string()
    .optional()
    .default('')
    .transform((v) => v.trim().replace(/\s+/g, ' '))
    .refine((v) => v === '' || test(v), code)
    .transform((v) => v || null);

/** An alert's contents: a new alert, or an update of an earlier one (`references`: the message it replaces). */
export const alertEditSchema = z
  .object({
    /** The prepared message being edited before it is issued. */
    draftId: id.optional().or(z.literal('').transform(() => undefined)),
    references: id.optional().or(z.literal('').transform(() => undefined)),
    status: z.enum(ALERT_STATUSES, 'required'),
    category: z.enum(ALERT_CATEGORIES, 'required'),
    responseType: z.enum(ALERT_RESPONSE_TYPES, 'required'),
    urgency: z.enum(ALERT_URGENCIES, 'required'),
    severity: z.enum(ALERT_SEVERITIES, 'required'),
    certainty: z.enum(ALERT_CERTAINTIES, 'required'),
    eventVi: cleanText({ max: 120 }),
    eventEn: cleanText({ max: 120 }),
    headlineVi: cleanText({ max: 160 }),
    headlineEn: cleanText({ max: 160 }),
    descriptionVi: cleanText({ max: 4000, multiline: true }),
    descriptionEn: cleanText({ max: 4000, multiline: true }),
    instructionVi: noteText(4000),
    instructionEn: noteText(4000),
    areaDescVi: cleanText({ max: 500 }),
    areaDescEn: cleanText({ max: 500 }),
    onset: cityTime,
    expires: cityTime,
    /** Ward codes separated by commas or spaces; none: the whole city. */
    wards: z
      .string()
      .optional()
      .default('')
      .transform((v) => [...new Set(v.split(/[\s,;]+/).filter(Boolean))])
      .pipe(z.array(z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'alertWardUnknown')).max(200, 'tooMany')),
    polygon: optionalShape(isCapPolygon, 'alertPolygonInvalid'),
    circle: optionalShape(isCapCircle, 'alertCircleInvalid'),
  })
  .superRefine((v, ctx) => {
    if (v.expires.getTime() <= v.onset.getTime())
      ctx.addIssue({ code: 'custom', path: ['expires'], message: 'alertExpiresBeforeOnset' });
  });
export type AlertEdit = z.output<typeof alertEditSchema>;

/** Cancelling an alert: the message it cancels and why (CAP <note>). */
export const alertCancelSchema = z.object({ references: id, note: cleanText({ max: 1000, multiline: true }) });
export type AlertCancel = z.output<typeof alertCancelSchema>;

/** The buttons of a prepared message: issue it or discard it. */
export const alertDraftSchema = z.object({ id });

/** A resident's choice on their account page. */
export const alertSubscriptionSchema = z.object({ email: z.enum(['on', 'off']) });
