import { z } from 'zod';
import { fields } from '@/prisma/seed/procedures/types';
import { cleanText, optionalCleanText, textList } from './text';

// Query parameters of the procedure search page and of GET /api/procedures. Shared by both; a value
// that does not fit is reported (the API answers 400, the page ignores it and says so).

const fieldCodes = Object.keys(fields) as [keyof typeof fields, ...(keyof typeof fields)[]];

export const procedureQuerySchema = z.object({
  q: cleanText({ max: 2000, min: 0 }).optional().default(''),
  field: z.enum(fieldCodes).optional(),
  level: z.enum(['CITY', 'COMMUNE']).optional(),
  online: z.enum(['FULL', 'PARTIAL', 'NONE']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
});

export type ProcedureQuery = z.output<typeof procedureQuerySchema>;

/** Parses what it can: each invalid parameter is dropped and named in `invalid`. */
export function parseProcedureQuery(raw: Record<string, string | string[] | undefined>): {
  query: ProcedureQuery;
  invalid: string[];
} {
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === 'string' && v !== '') flat[k] = v;
  const invalid: string[] = [];
  const result = procedureQuerySchema.safeParse(flat);
  if (result.success) return { query: result.data, invalid };
  for (const issue of result.error.issues) {
    const key = String(issue.path[0]);
    invalid.push(key);
    delete flat[key];
  }
  return { query: procedureQuerySchema.parse(flat), invalid: [...new Set(invalid)] };
}

// A procedure's fields, as the editor's form (below) and the seed's data files (procedureSchema)
// both check them. Lists are edited as text (one item per line) and the structured parts as JSON,
// each checked here, in the browser and again on the server.

const text = (max: number) => cleanText({ max });
const paragraph = (max: number) => cleanText({ max, multiline: true });
const optional = (max: number, multiline = false) => optionalCleanText({ max, multiline });

function jsonOf<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .trim()
    .transform((raw, ctx) => {
      try {
        const parsed = schema.safeParse(JSON.parse(raw));
        if (parsed.success) return parsed.data as z.output<T>;
      } catch {
        // reported below
      }
      ctx.addIssue({ code: 'custom', message: 'jsonInvalid' });
      return z.NEVER;
    });
}

export const methodsSchema = z
  .array(
    z.object({
      channel: z.enum(['IN_PERSON', 'ONLINE', 'POST']),
      processingTime: text(500),
      fee: text(500),
      note: optional(1000),
    }),
  )
  .min(1)
  .max(3);
export const documentsSchema = z
  .array(
    z.object({
      case: cleanText({ max: 500, min: 0 }),
      items: z
        .array(
          z.object({
            name: text(1000),
            form: optional(200),
            originals: z.number().int().min(0).max(20),
            copies: z.number().int().min(0).max(20),
            note: optional(1000),
          }),
        )
        .min(1)
        .max(50),
    }),
  )
  .min(1)
  .max(20);
export const legalBasisSchema = z
  .array(z.object({ number: text(100), summary: text(1000), date: text(40), issuer: text(200) }))
  .max(30);

const lines = (maxItems: number, maxLen: number) => textList(/\r\n?|\n/, { max: maxLen, maxItems, min: 1 });

/** The fields checked the same way in the editor's form and in the seed's data files. */
const field = {
  code: text(50),
  slug: z
    .string()
    .trim()
    .min(1, 'required')
    .max(120, 'tooLong')
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slugInvalid'),
  titleVi: text(300),
  titleEn: text(300),
  summaryVi: paragraph(2000),
  summaryEn: paragraph(2000),
  fieldCode: z.enum(fieldCodes, { error: 'invalid' }),
  level: z.enum(['CITY', 'COMMUNE'], { error: 'invalid' }),
  onlineLevel: z.enum(['FULL', 'PARTIAL', 'NONE'], { error: 'invalid' }),
  onlineUrl: optional(500).refine((v) => v === undefined || /^https:\/\/[^\s]+$/.test(v), 'urlInvalid'),
  applicants: paragraph(2000),
  implementingAgency: text(500),
  competentAgency: optional(500),
  submissionPlace: paragraph(1000),
  result: paragraph(2000),
  conditions: cleanText({ max: 5000, min: 0, multiline: true }),
  uncertain: optional(3000, true),
};

export const procedureEditSchema = z.object({
  id: z
    .string()
    .max(64)
    .optional()
    .transform((v) => (v ? v : undefined)),
  code: field.code,
  codeVerified: z
    .union([z.literal('on'), z.boolean(), z.literal('')])
    .optional()
    .transform((v) => v === true || v === 'on'),
  decisionNumber: cleanText({ max: 100, min: 0 }).optional().default(''),
  slug: field.slug,
  titleVi: field.titleVi,
  titleEn: field.titleEn,
  summaryVi: field.summaryVi,
  summaryEn: field.summaryEn,
  fieldCode: field.fieldCode,
  level: field.level,
  onlineLevel: field.onlineLevel,
  onlineUrl: field.onlineUrl,
  applicants: field.applicants,
  implementingAgency: field.implementingAgency,
  competentAgency: field.competentAgency,
  submissionPlace: field.submissionPlace,
  steps: lines(30, 2000),
  methods: jsonOf(methodsSchema),
  documents: jsonOf(documentsSchema),
  result: field.result,
  conditions: field.conditions.optional().default(''),
  legalBasis: jsonOf(legalBasisSchema),
  keywords: textList(/[,\n]/, { max: 100, maxItems: 30 }),
  lifeEvents: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  uncertain: field.uncertain,
});
export type ProcedureEditInput = z.input<typeof procedureEditSchema>;

/** The situations of life a procedure belongs to (the "life events" of the procedures page). */
export const lifeEvents = ['baby', 'marriage', 'house', 'business', 'moving', 'death', 'work', 'school'] as const;

/**
 * A procedure as the seed's data files hold it (prisma/seed/procedures/*.json, read by
 * prisma/seed/procedures/load.ts): the editor's limits, lists as lists, no unknown keys.
 */
export const procedureSchema = z.strictObject({
  code: field.code,
  codeVerified: z.boolean(),
  decisionNumber: cleanText({ max: 100, min: 0 }),
  slug: field.slug,
  titleVi: field.titleVi,
  titleEn: field.titleEn,
  summaryVi: field.summaryVi,
  summaryEn: field.summaryEn,
  field: field.fieldCode,
  level: field.level,
  onlineLevel: field.onlineLevel,
  onlineUrl: field.onlineUrl,
  applicants: field.applicants,
  implementingAgency: field.implementingAgency,
  competentAgency: field.competentAgency,
  submissionPlace: field.submissionPlace,
  steps: z
    .array(cleanText({ max: 2000 }))
    .min(1)
    .max(30),
  methods: methodsSchema,
  documents: documentsSchema,
  result: field.result,
  conditions: field.conditions,
  legalBasis: legalBasisSchema,
  keywords: z.array(cleanText({ max: 100 })).max(30),
  lifeEvents: z.array(z.enum(lifeEvents)),
  uncertain: field.uncertain,
});

export const synonymSchema = z.object({
  id: z
    .string()
    .max(64)
    .optional()
    .transform((v) => (v ? v : undefined)),
  term: cleanText({ max: 100 }),
  expansions: textList(/[,\n]/, { max: 200, maxItems: 10, min: 1 }),
});
export type SynonymInput = z.input<typeof synonymSchema>;

/** "Was this page helpful?": yes or no, and an optional comment. */
export const procedureFeedbackSchema = z.object({
  helpful: z.enum(['yes', 'no'], { error: 'required' }),
  comment: optionalCleanText({ max: 1000, multiline: true }),
  locale: z.enum(['vi', 'en']).optional(),
});
