// The forms of consultations, the same in the browser (ValidatedForm) and in the server action.
// The answer form's fields depend on the consultation's questions, so its schema is made from them;
// the back office's forms follow it.
import { z } from 'zod';
import { cityTimeToDate } from '@/lib/consultations/admin';
import {
  CONSULTATION_TOPICS,
  readAnswers,
  RESERVED_CONSULTATION_SLUGS,
  type QuestionRule,
} from '@/lib/consultations/rules';
import { cleanText } from './text';

export function answerSchema(questions: readonly QuestionRule[]) {
  return z.record(z.string(), z.unknown()).superRefine((values, ctx) => {
    const read = readAnswers(questions, values);
    if (read.ok) return;
    for (const [field, error] of Object.entries(read.errors)) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: error.code,
        ...(error.params ? { params: error.params } : {}),
      });
    }
  });
}

// ----- the back office (server/consultations/admin-actions.ts, components/consultations/admin/) -----

const id = z.string().min(1, 'required').max(64, 'invalid');

/** A `datetime-local` value in the city's time, as a Date. */
const cityTime = z
  .string({ error: 'required' })
  .min(1, 'required')
  .transform((v, ctx) => {
    const d = cityTimeToDate(v);
    if (!d) {
      ctx.addIssue({ code: 'custom', message: 'invalid' });
      return z.NEVER;
    }
    return d;
  });

export const consultationEditSchema = z
  .object({
    id: id.optional(),
    slug: z
      .string({ error: 'required' })
      .trim()
      .min(1, 'required')
      .max(120)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slugInvalid')
      .refine((s) => !RESERVED_CONSULTATION_SLUGS.includes(s), 'consultationSlugReserved'),
    titleVi: cleanText({ max: 300 }),
    titleEn: cleanText({ max: 300 }),
    summaryVi: cleanText({ max: 1000, multiline: true }),
    summaryEn: cleanText({ max: 1000, multiline: true }),
    bodyVi: cleanText({ max: 20_000, multiline: true }),
    bodyEn: cleanText({ max: 20_000, multiline: true }),
    topic: z.enum(CONSULTATION_TOPICS, 'required'),
    opensAt: cityTime,
    closesAt: cityTime,
    /**
     * Ward codes: the ward picker's ticked boxes (a list in the browser, joined by the server
     * action) or codes separated by commas or spaces; none: the whole city.
     */
    wards: z
      .preprocess(
        (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(',') : typeof v === 'string' ? v : ''),
        z.string(),
      )
      .transform((v) => [...new Set(v.split(/[\s,;]+/).filter(Boolean))])
      .pipe(z.array(z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'consultationWardUnknown')).max(200, 'tooMany')),
    resultsRule: z.enum(['SEALED_UNTIL_CLOSE', 'AFTER_ANSWER'], 'required'),
  })
  .superRefine((v, ctx) => {
    if (v.closesAt.getTime() <= v.opensAt.getTime())
      ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'consultationClosesBeforeOpens' });
  });
export type ConsultationEdit = z.output<typeof consultationEditSchema>;

export const questionAddSchema = z.object({
  consultationId: id,
  kind: z.enum(['SINGLE', 'MULTIPLE', 'SCALE', 'RANKING', 'TEXT'], 'required'),
  textVi: cleanText({ max: 500 }),
  textEn: cleanText({ max: 500 }),
  required: z
    .union([z.literal('on'), z.boolean(), z.literal('')])
    .optional()
    .transform((v) => v === true || v === 'on'),
});

/** A question's or an option's wording; adding an option to a question (id: the question) takes the same. */
export const wordingSchema = z.object({ id, textVi: cleanText({ max: 500 }), textEn: cleanText({ max: 500 }) });

/** The buttons that move or remove a question or an option. */
export const structureSchema = z.object({ id, op: z.enum(['up', 'down', 'remove']) });

export const publishSchema = z.object({ id });

export const closeEarlySchema = z.object({ id, reason: cleanText({ max: 1000, multiline: true }) });

export const outcomeSchema = z.object({
  id,
  outcomeVi: cleanText({ max: 20_000, multiline: true }),
  outcomeEn: cleanText({ max: 20_000, multiline: true }),
});

export const moderationSchema = z.object({ id, visible: z.enum(['yes', 'no']) });
