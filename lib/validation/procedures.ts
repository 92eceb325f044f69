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
