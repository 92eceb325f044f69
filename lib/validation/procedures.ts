import { z } from 'zod';
import { fields } from '@/prisma/seed/procedures/types';

// Query parameters of the procedure search page and of GET /api/procedures. Shared by both; a value
// that does not fit is reported (the API answers 400, the page ignores it and says so).

const fieldCodes = Object.keys(fields) as [keyof typeof fields, ...(keyof typeof fields)[]];

export const procedureQuerySchema = z.object({
  q: z.string().max(2000, 'tooLong:2000').optional().default(''),
  field: z.enum(fieldCodes).optional(),
  level: z.enum(['CITY', 'COMMUNE']).optional(),
  online: z.enum(['FULL', 'PARTIAL', 'NONE']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
});

export type ProcedureQuery = z.output<typeof procedureQuerySchema>;

/** Parses what it can: each invalid parameter is dropped and named in `invalid`. */
export function parseProcedureQuery(raw: Record<string, string | string[] | undefined>): { query: ProcedureQuery; invalid: string[] } {
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

// The editor's form: every field of a procedure. Lists are edited as text (one item per line) and
// the structured parts as JSON, each checked here, in the browser and again on the server.

const text = (max: number, requiredKey = 'required') => z.string({ error: requiredKey }).trim().min(1, requiredKey).max(max, `tooLong:${max}`);
const optional = (max: number) => z.string().trim().max(max, `tooLong:${max}`).optional().transform((v) => (v ? v : undefined));

function jsonOf<T extends z.ZodType>(schema: T) {
  return z.string().trim().transform((raw, ctx) => {
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
  .array(z.object({ channel: z.enum(['IN_PERSON', 'ONLINE', 'POST']), processingTime: z.string().min(1).max(500), fee: z.string().min(1).max(500), note: z.string().max(1000).optional() }))
  .min(1)
  .max(3);
export const documentsSchema = z
  .array(z.object({
    case: z.string().max(500),
    items: z.array(z.object({ name: z.string().min(1).max(1000), form: z.string().max(200).optional(), originals: z.number().int().min(0).max(20), copies: z.number().int().min(0).max(20), note: z.string().max(1000).optional() })).min(1).max(50),
  }))
  .min(1)
  .max(20);
export const legalBasisSchema = z
  .array(z.object({ number: z.string().min(1).max(100), summary: z.string().min(1).max(1000), date: z.string().min(1).max(40), issuer: z.string().min(1).max(200) }))
  .max(30);

const lines = (maxItems: number, maxLen: number) =>
  z.string().transform((v) => v.split(/\r?\n/).map((s) => s.trim()).filter(Boolean)).pipe(z.array(z.string().max(maxLen, `tooLong:${maxLen}`)).min(1, 'required').max(maxItems, 'tooMany'));

export const procedureEditSchema = z.object({
  id: z.string().max(64).optional().transform((v) => (v ? v : undefined)),
  code: text(50),
  codeVerified: z.union([z.literal('on'), z.boolean(), z.literal('')]).optional().transform((v) => v === true || v === 'on'),
  decisionNumber: z.string().trim().max(100, 'tooLong:100').optional().default(''),
  slug: z.string().trim().min(1, 'required').max(120, 'tooLong:120').regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slugInvalid'),
  titleVi: text(300),
  titleEn: text(300),
  summaryVi: text(2000),
  summaryEn: text(2000),
  fieldCode: z.enum(fieldCodes, { error: 'invalid' }),
  level: z.enum(['CITY', 'COMMUNE'], { error: 'invalid' }),
  onlineLevel: z.enum(['FULL', 'PARTIAL', 'NONE'], { error: 'invalid' }),
  onlineUrl: optional(500).refine((v) => v === undefined || /^https:\/\/[^\s]+$/.test(v), 'urlInvalid'),
  applicants: text(2000),
  implementingAgency: text(500),
  competentAgency: optional(500),
  submissionPlace: text(1000),
  steps: lines(30, 2000),
  methods: jsonOf(methodsSchema),
  documents: jsonOf(documentsSchema),
  result: text(2000),
  conditions: z.string().trim().max(5000, 'tooLong:5000').optional().default(''),
  legalBasis: jsonOf(legalBasisSchema),
  keywords: z.string().transform((v) => v.split(/[,\n]/).map((s) => s.trim()).filter(Boolean)).pipe(z.array(z.string().max(100, 'tooLong:100')).max(30, 'tooMany')),
  lifeEvents: z.string().optional().transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean)),
  uncertain: optional(3000),
});
export type ProcedureEditInput = z.input<typeof procedureEditSchema>;

export const synonymSchema = z.object({
  id: z.string().max(64).optional().transform((v) => (v ? v : undefined)),
  term: z.string().trim().min(1, 'required').max(100, 'tooLong:100'),
  expansions: z.string().transform((v) => v.split(/[,\n]/).map((s) => s.trim()).filter(Boolean)).pipe(z.array(z.string().max(200, 'tooLong:200')).min(1, 'required').max(10, 'tooMany')),
});
export type SynonymInput = z.input<typeof synonymSchema>;

/** "Was this page helpful?": yes or no, and an optional comment. */
export const procedureFeedbackSchema = z.object({
  helpful: z.enum(['yes', 'no'], { error: 'required' }),
  comment: z.string().trim().max(1000, 'tooLong:1000').optional().transform((v) => (v ? v : undefined)),
  locale: z.enum(['vi', 'en']).optional(),
});
