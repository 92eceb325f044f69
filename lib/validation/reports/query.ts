import { z } from 'zod';
import { REPORT_STATUSES } from './report';

// The public list's query string (list, map and RSS share it). Every value is optional; a value
// that does not parse is dropped and reported, never a server error.

export const REPORT_PAGE_SIZE = 20;
export const REPORT_PERIODS = ['7', '30', '365'] as const;
export const REPORT_SORTS = ['newest', 'oldest', 'followed'] as const;
/** A status, or every open report past its deadline. */
export const REPORT_STATUS_FILTERS = [...REPORT_STATUSES, 'OVERDUE'] as const;

const slug = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^[a-z0-9-]+$/, 'invalid')
    .max(max, 'invalid');
const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dateInvalid')
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    'dateInvalid',
  );

export const reportQuerySchema = z.object({
  status: z.enum(REPORT_STATUS_FILTERS).optional(),
  category: slug(40).optional(),
  ward: slug(80).optional(),
  period: z.enum(REPORT_PERIODS).optional(),
  from: day.optional(),
  to: day.optional(),
  sort: z.enum(REPORT_SORTS).default('newest'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export type ReportQuery = z.output<typeof reportQuerySchema>;
export type ReportFilters = Omit<ReportQuery, 'page' | 'sort'>;

/** Parses a query string; what is invalid is left out and named in `invalid`. */
export function parseReportQuery(raw: Record<string, string | string[] | undefined> | URLSearchParams): {
  query: ReportQuery;
  invalid: string[];
} {
  const flat: Record<string, string> = {};
  const entries = raw instanceof URLSearchParams ? [...raw.entries()] : Object.entries(raw);
  for (const [k, v] of entries)
    if (typeof v === 'string' && v.trim() !== '' && k in reportQuerySchema.shape) flat[k] = v;
  const invalid: string[] = [];
  let result = reportQuerySchema.safeParse(flat);
  while (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0]);
      invalid.push(key);
      delete flat[key];
    }
    result = reportQuerySchema.safeParse(flat);
  }
  const query = result.data;
  // A period and explicit dates together: the dates win.
  if (query.period && (query.from || query.to)) query.period = undefined;
  if (query.from && query.to && query.from > query.to) {
    invalid.push('to');
    query.to = undefined;
  }
  return { query, invalid: [...new Set(invalid)] };
}

/** The query string for a list, map or feed address (defaults left out). */
export function reportQueryString(
  query: Partial<ReportQuery>,
  overrides: Partial<Record<keyof ReportQuery, string | number | undefined>> = {},
): string {
  const merged: Record<string, unknown> = { ...query, ...overrides };
  const params = new URLSearchParams();
  for (const key of ['status', 'category', 'ward', 'period', 'from', 'to', 'sort', 'page'] as const) {
    const v = merged[key];
    if (v === undefined || v === '' || v === null) continue;
    if (key === 'sort' && v === 'newest') continue;
    if (key === 'page' && Number(v) === 1) continue;
    params.set(key, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
