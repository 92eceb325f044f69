import { z } from 'zod';
import { insideCity, REPORT_ADDRESS_MAX, REPORT_DESCRIPTION_MAX } from '../reports/report';
import { cleanText, optionalCleanText } from '../text';

// Open311 GeoReport v2 parameters (https://wiki.open311.org/GeoReport_v2). Messages are English
// descriptions returned in the spec's error list (`[{ "code": 400, "description": "…" }]`, or
// `<errors><error>…` in XML).

export const OPEN311_MAX_RESULTS = 1000;
/** The longest date range of GET requests, and the default one (the spec's 90 days). */
export const OPEN311_RANGE_DAYS = 90;
export const OPEN311_CODE_LIST_MAX = 100;
const DAY_MS = 86_400_000;

const CITY_OFFSET = '+07:00';
// A "+" in an unencoded query string arrives as a space: "…T08:00:00 07:00" is read as +07:00.
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?(Z|[+\- ]\d{2}:?\d{2})?)?$/;

/**
 * An ISO 8601 date or date-time. Without a time zone it is Ho Chi Minh City time (+07:00); a bare
 * date means the start of that day, or its end when `endOfDay` (an inclusive end_date).
 */
export function parseIsoDate(value: string, endOfDay = false): Date | null {
  const m = ISO_8601.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  const year = Number(y),
    month = Number(mo),
    day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(sec ?? 0) > 59)) return null;
  let offset = CITY_OFFSET;
  if (zone === 'Z') offset = 'Z';
  else if (zone) offset = `${zone[0] === '-' ? '-' : '+'}${zone.slice(1, 3)}:${zone.slice(-2)}`;
  const time = h !== undefined ? `${h}:${mi}:${sec ?? '00'}${frac ?? ''}` : endOfDay ? '23:59:59.999' : '00:00:00';
  const ms = Date.parse(`${y}-${mo}-${d}T${time}${offset}`);
  return Number.isNaN(ms) ? null : new Date(ms);
}

const bidi = (field: string) =>
  `${field} contains bidirectional control characters (U+202A to U+202E, U+2066 to U+2069)`;

const optionalText = (max: number, field: string) =>
  optionalCleanText({ max, messages: { tooLong: `${field} must be at most ${max} characters`, bidi: bidi(field) } });

/** A query parameter as read: one value, or every value of a repeated parameter. */
const queryValue = z.union([z.string(), z.array(z.string())]).optional();

/**
 * A list parameter: comma-separated (`status=open,closed`), repeated (`status=open&status=closed`)
 * or both; each value is checked, duplicates are dropped.
 */
const codeList = (field: string, pattern: RegExp, invalid: (value: string) => string) =>
  queryValue.transform((v, ctx) => {
    const list = [
      ...new Set(
        (Array.isArray(v) ? v : [v ?? ''])
          .flatMap((s) => s.split(','))
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    if (list.length === 0) return undefined;
    if (list.length > OPEN311_CODE_LIST_MAX) {
      ctx.addIssue({ code: 'custom', message: `${field} lists at most ${OPEN311_CODE_LIST_MAX} values` });
      return z.NEVER;
    }
    const bad = list.find((s) => !pattern.test(s));
    if (bad !== undefined) {
      ctx.addIssue({ code: 'custom', message: invalid(bad.slice(0, 40)) });
      return z.NEVER;
    }
    return list;
  });

/** A parameter that takes one value: given twice, it is refused rather than guessed. */
const once = (field: string) =>
  queryValue.transform((v, ctx) => {
    if (Array.isArray(v)) {
      ctx.addIssue({ code: 'custom', message: `${field} may be given only once` });
      return z.NEVER;
    }
    return v;
  });

const dateParam = (field: string, endOfDay: boolean) =>
  once(field).transform((v, ctx) => {
    if (v === undefined || v.trim() === '') return undefined;
    const d = parseIsoDate(v, endOfDay);
    if (!d) {
      ctx.addIssue({
        code: 'custom',
        message: `${field} must be a W3C date-time (ISO 8601), e.g. 2026-11-01T00:00:00+07:00 or 2026-11-01`,
      });
      return z.NEVER;
    }
    return d;
  });

export const locale = z.enum(['vi', 'en'], { error: 'locale must be vi or en' }).optional().default('vi');

/**
 * GET requests.json / requests.xml. `service_request_id` overrides every other parameter (as the
 * spec says), so the date range is checked only without it: start before end, at most 90 days.
 */
export const requestsQuery = z
  .object({
    service_request_id: codeList(
      'service_request_id',
      /^PA-\d{4}-\d{6,}$/,
      (v) => `service_request_id contains an invalid value: ${v}`,
    ),
    service_code: codeList('service_code', /^[a-z0-9-]{1,40}$/, (v) => `service_code contains an invalid value: ${v}`),
    start_date: dateParam('start_date', false),
    end_date: dateParam('end_date', true),
    status: codeList('status', /^(open|closed)$/, (v) => `status must be open or closed (got ${v})`),
    locale: once('locale').pipe(locale),
  })
  .superRefine((v, ctx) => {
    if (v.service_request_id || !v.start_date || !v.end_date) return;
    if (v.start_date > v.end_date) {
      ctx.addIssue({ code: 'custom', path: ['start_date'], message: 'start_date must be before end_date' });
    } else if (v.end_date.getTime() - v.start_date.getTime() > OPEN311_RANGE_DAYS * DAY_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['end_date'],
        message: `start_date and end_date may span at most ${OPEN311_RANGE_DAYS} days`,
      });
    }
  });
export type RequestsQuery = z.output<typeof requestsQuery>;

/**
 * The creation-time range a GET requests asks for, never longer than 90 days: both ends as given;
 * one end given, the 90 days after the start or before the end; none, the 90 days before `now`
 * (`end` undefined: up to the newest report).
 */
export function requestRange(q: { start_date?: Date; end_date?: Date }, now: Date): { start: Date; end?: Date } {
  const span = OPEN311_RANGE_DAYS * DAY_MS;
  if (q.start_date && q.end_date) return { start: q.start_date, end: q.end_date };
  if (q.start_date) return { start: q.start_date, end: new Date(q.start_date.getTime() + span) };
  if (q.end_date) return { start: new Date(q.end_date.getTime() - span), end: q.end_date };
  return { start: new Date(now.getTime() - span) };
}

const coordinate = (field: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      const n = Number(v);
      if (!/^-?\d{1,3}(\.\d+)?$/.test(v) || !Number.isFinite(n)) {
        ctx.addIssue({ code: 'custom', message: `${field} must be a decimal number (WGS84)` });
        return z.NEVER;
      }
      return n;
    });

/** POST requests.json (form fields; api_key is checked before this). */
export const createRequestBody = z
  .object({
    service_code: z
      .string({ error: 'service_code is required' })
      .trim()
      .min(1, 'service_code is required')
      .max(40, 'service_code is not a known service'),
    lat: coordinate('lat'),
    long: coordinate('long'),
    address_string: optionalText(REPORT_ADDRESS_MAX, 'address_string'),
    address_id: optionalText(100, 'address_id'),
    description: cleanText({
      max: REPORT_DESCRIPTION_MAX,
      multiline: true,
      messages: {
        required: 'description is required',
        tooLong: `description must be at most ${REPORT_DESCRIPTION_MAX} characters`,
        bidi: bidi('description'),
      },
    }),
    email: z
      .string()
      .trim()
      .max(254, 'email is too long')
      .optional()
      .transform((v) => v || undefined)
      .pipe(z.email('email is not a valid address').optional()),
    first_name: optionalText(100, 'first_name'),
    last_name: optionalText(100, 'last_name'),
    phone: optionalText(30, 'phone'),
    // Accepted for compatibility and ignored: the portal never fetches a URL given by a client.
    media_url: optionalText(2000, 'media_url'),
    device_id: optionalText(200, 'device_id'),
    account_id: optionalText(200, 'account_id'),
    jurisdiction_id: optionalText(200, 'jurisdiction_id'),
  })
  .superRefine((v, ctx) => {
    if ((v.lat === undefined) !== (v.long === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['lat'], message: 'lat and long must be given together' });
      return;
    }
    if (v.lat !== undefined && v.long !== undefined && !insideCity(v.lat, v.long)) {
      ctx.addIssue({ code: 'custom', path: ['lat'], message: 'lat/long is outside Ho Chi Minh City' });
      return;
    }
    if (v.lat === undefined && !v.address_string) {
      ctx.addIssue({
        code: 'custom',
        path: ['lat'],
        message: 'a location is required: lat and long, or address_string',
      });
    }
  });
export type CreateRequestBody = z.output<typeof createRequestBody>;

/** The first words of a description, as a report title (at most `max` characters, on a word boundary). */
export function titleFromDescription(description: string, max = 80): string {
  const text = description.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
