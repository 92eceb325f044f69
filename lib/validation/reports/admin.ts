import { z } from 'zod';
import { REPORT_NOTE_MAX } from './report';
import { cleanText, noteText } from '../text';

// The officials' back-office forms for citizen reports (besides the shared `statusChange`).
// Field names are distinct across the forms of one page, so each input has an id of its own.
// Messages are error codes (lib/errors.ts).

export const REPORT_REASON_MAX = 1000;
export const CANNED_TITLE_MAX = 120;
export const CANNED_BODY_MAX = 5000;

const id = z.string({ error: 'invalid' }).trim().min(1, 'invalid').max(64, 'invalid');
const code = z.string({ error: 'invalid' }).trim().min(1, 'invalid').max(40, 'invalid');
const day = z
  .string({ error: 'committedDateRequired' })
  .trim()
  .min(1, { message: 'committedDateRequired', abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dateInvalid');

export const assignAgency = z.object({
  code,
  agencyId: z.string({ error: 'routeAgencyRequired' }).trim().min(1, 'routeAgencyRequired').max(64, 'agencyUnknown'),
  assignNote: noteText(REPORT_NOTE_MAX),
});

export const progressUpdate = z.object({
  code,
  progressNote: cleanText({ max: REPORT_NOTE_MAX, multiline: true, messages: { required: 'progressNoteRequired' } }),
  progressDate: day,
});

/** Hide (reason required) or show again (reason optional) a report. */
export const reportVisibility = z
  .object({
    code,
    hide: z.enum(['1', '0'], { error: 'invalid' }),
    hideReason: noteText(REPORT_REASON_MAX),
  })
  .superRefine((v, ctx) => {
    if (v.hide === '1' && !v.hideReason)
      ctx.addIssue({ code: 'custom', path: ['hideReason'], message: 'hideReasonRequired' });
  });

/** The same for one photo (a plain form per photo). */
export const photoVisibility = z
  .object({
    code,
    photoId: id,
    hide: z.enum(['1', '0'], { error: 'invalid' }),
    reason: noteText(REPORT_REASON_MAX),
  })
  .superRefine((v, ctx) => {
    if (v.hide === '1' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'hideReasonRequired' });
  });

/** Reopen a closed report (officials): the reason is visible to the resident. */
export const reopenReport = z.object({
  code,
  reopenNote: cleanText({ max: REPORT_NOTE_MAX, multiline: true, messages: { required: 'reopenNoteRequired' } }),
});

const cannedText = (max: number, requiredKey: string, multiline = false) =>
  cleanText({ max, multiline, messages: { required: requiredKey } });

export const cannedAnswer = z.object({
  id: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
  categoryCode: z.string({ error: 'categoryRequired' }).trim().min(1, 'categoryRequired').max(40, 'categoryUnknown'),
  titleVi: cannedText(CANNED_TITLE_MAX, 'cannedTitleRequired'),
  bodyVi: cannedText(CANNED_BODY_MAX, 'cannedBodyRequired', true),
  titleEn: cannedText(CANNED_TITLE_MAX, 'cannedTitleRequired'),
  bodyEn: cannedText(CANNED_BODY_MAX, 'cannedBodyRequired', true),
});

export type CannedAnswerInput = z.output<typeof cannedAnswer>;

// ----- the queue's GET form -----

export const QUEUE_SORTS = ['deadline', 'oldest', 'newest'] as const;
export const QUEUE_STATUS_FILTERS = [
  'open',
  'all',
  'RECEIVED',
  'IN_PROGRESS',
  'RESOLVED',
  'REJECTED',
  'DUPLICATE',
] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export type QueueStatusFilter = (typeof QUEUE_STATUS_FILTERS)[number];

export type QueueQuery = {
  status: QueueStatusFilter;
  category?: string;
  ward?: string;
  agency?: string;
  overdue: boolean;
  sort: QueueSort;
  page: number;
};

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const short = (v: unknown) => {
  const s = one(v);
  return typeof s === 'string' && s.trim() && s.length <= 64 ? s.trim() : undefined;
};

/** The queue's filters from the address bar; anything unknown falls back to the default. */
export function parseQueueQuery(raw: Record<string, string | string[] | undefined>): QueueQuery {
  const status = one(raw.status);
  const sort = one(raw.sort);
  const page = one(raw.page);
  return {
    status: (QUEUE_STATUS_FILTERS as readonly string[]).includes(status as string)
      ? (status as QueueStatusFilter)
      : 'open',
    category: short(raw.category),
    ward: short(raw.ward),
    agency: short(raw.agency),
    overdue: one(raw.overdue) === '1',
    sort: (QUEUE_SORTS as readonly string[]).includes(sort as string) ? (sort as QueueSort) : 'deadline',
    page: typeof page === 'string' && /^\d{1,6}$/.test(page) ? Math.max(1, Number(page)) : 1,
  };
}

/** The query string of a queue address (defaults left out), for links that keep the filters. */
export function queueQueryString(q: QueueQuery, change: Partial<QueueQuery> = {}): Record<string, string> {
  const v = { ...q, ...change };
  const out: Record<string, string> = {};
  if (v.status !== 'open') out.status = v.status;
  if (v.category) out.category = v.category;
  if (v.ward) out.ward = v.ward;
  if (v.agency) out.agency = v.agency;
  if (v.overdue) out.overdue = '1';
  if (v.sort !== 'deadline') out.sort = v.sort;
  if (v.page > 1) out.page = String(v.page);
  return out;
}
