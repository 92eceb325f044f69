// Pure helpers of the report form (components/reports/report-form/): the draft kept in the
// browser, the checks on chosen photos, typed coordinates and the answers of POST /api/feedback.
import {
  insideCity,
  REPORT_ADDRESS_MAX,
  REPORT_DESCRIPTION_MAX,
  REPORT_MAX_PHOTO_BYTES,
  REPORT_MAX_PHOTOS,
  REPORT_PHOTO_ACCEPT,
  REPORT_TITLE_MAX,
} from '@/lib/validation/reports/report';
import { safeReturnPath } from '@/lib/safe-redirect';

/** The text fields of the form, as strings and booleans (what the browser keeps between visits). */
export type ReportDraftValues = {
  category: string;
  title: string;
  description: string;
  ward: string;
  address: string;
  lat: string;
  lng: string;
  isPublic: boolean;
  hideName: boolean;
  photoConsent: boolean;
  idempotencyKey: string;
};

export const TEXT_FIELDS = ['category', 'title', 'description', 'ward', 'address', 'lat', 'lng'] as const;
export const FLAG_FIELDS = ['isPublic', 'hideName', 'photoConsent'] as const;

const TEXT_LIMITS: Record<(typeof TEXT_FIELDS)[number], number> = {
  category: 40,
  title: REPORT_TITLE_MAX,
  description: REPORT_DESCRIPTION_MAX,
  ward: 80,
  address: REPORT_ADDRESS_MAX,
  lat: 40,
  lng: 40,
};

export const DRAFT_VERSION = 1;
/** A draft older than this is not offered again. */
export const DRAFT_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{16,80}$/;

/** One draft per person on a shared phone: the key carries the account id. */
export function draftStorageKey(userId: string): string {
  return `cds:report-draft:${userId}`;
}

export function emptyDraft(idempotencyKey: string): ReportDraftValues {
  return {
    category: '',
    title: '',
    description: '',
    ward: '',
    address: '',
    lat: '',
    lng: '',
    isPublic: true,
    hideName: false,
    photoConsent: false,
    idempotencyKey,
  };
}

/** Values read from a form (react-hook-form gives strings, booleans or "on"). */
export function normalizeValues(input: Record<string, unknown>, fallbackKey: string): ReportDraftValues {
  const out = emptyDraft(fallbackKey);
  for (const name of TEXT_FIELDS) {
    const v = input[name];
    out[name] =
      typeof v === 'string'
        ? v.slice(0, TEXT_LIMITS[name])
        : typeof v === 'number' && Number.isFinite(v)
          ? String(v)
          : '';
  }
  for (const name of FLAG_FIELDS) {
    const v = input[name];
    out[name] = v === true || v === 'on' || v === 'true' || v === '1';
  }
  const key = input.idempotencyKey;
  if (typeof key === 'string' && IDEMPOTENCY_KEY_PATTERN.test(key)) out.idempotencyKey = key;
  return out;
}

/** True when the person typed or chose something worth keeping. */
export function hasContent(v: ReportDraftValues): boolean {
  return TEXT_FIELDS.some((name) => v[name].trim() !== '');
}

export function serializeDraft(values: ReportDraftValues, now = Date.now()): string {
  return JSON.stringify({ v: DRAFT_VERSION, savedAt: now, values });
}

/**
 * A stored draft, or null when it is missing, damaged, from another version or too old.
 * Every field is checked: the storage can be edited by anything running on the device.
 */
export function parseDraft(
  raw: string | null | undefined,
  now = Date.now(),
): { values: ReportDraftValues; savedAt: number } | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const { v, savedAt, values } = data as { v?: unknown; savedAt?: unknown; values?: unknown };
  if (v !== DRAFT_VERSION || typeof savedAt !== 'number' || !values || typeof values !== 'object') return null;
  if (now - savedAt > DRAFT_MAX_AGE_MS || savedAt > now + 60_000) return null;
  const record = values as Record<string, unknown>;
  if (typeof record.idempotencyKey !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(record.idempotencyKey)) return null;
  const parsed = normalizeValues(record, record.idempotencyKey);
  return hasContent(parsed) ? { values: parsed, savedAt } : null;
}

// ----- photos -----

export const ACCEPTED_PHOTO_TYPES = REPORT_PHOTO_ACCEPT.split(',');

export type PhotoProblem = { name: string; problem: 'type' | 'size' | 'empty' };

/**
 * Which of the newly chosen files can join the ones already kept: the accepted ones in order
 * (up to the limit), the refused ones with the reason, and how many were left out by the limit.
 */
export function checkPhotos<F extends { name: string; size: number; type: string }>(
  chosen: readonly F[],
  alreadyKept: number,
): { accepted: F[]; refused: PhotoProblem[]; overLimit: number } {
  const accepted: F[] = [];
  const refused: PhotoProblem[] = [];
  let overLimit = 0;
  for (const file of chosen) {
    if (!ACCEPTED_PHOTO_TYPES.includes(file.type.toLowerCase())) refused.push({ name: file.name, problem: 'type' });
    else if (file.size === 0) refused.push({ name: file.name, problem: 'empty' });
    else if (file.size > REPORT_MAX_PHOTO_BYTES) refused.push({ name: file.name, problem: 'size' });
    else if (alreadyKept + accepted.length >= REPORT_MAX_PHOTOS) overLimit++;
    else accepted.push(file);
  }
  return { accepted, refused, overLimit };
}

export { PHOTO_ALT_MAX } from '@/lib/validation/reports/report';

/** "2,4 MB" / "850 KB" in the person's language. */
export function formatBytes(bytes: number, locale: string): string {
  const nf = (max: number) =>
    new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: max });
  if (bytes >= 1024 * 1024) return `${nf(1).format(bytes / (1024 * 1024))} MB`;
  return `${nf(0).format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

// ----- coordinates -----

/** A typed coordinate ("10.7725" or "10,7725"); null when empty or not a number. */
export function parseCoordinate(value: string | undefined | null): number | null {
  if (value == null) return null;
  const s = value.trim().replace(',', '.');
  if (s === '' || !/^[-+]?\d{1,3}(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A point from the two inputs when both are numbers inside the city. */
export function parsePoint(lat: string | undefined, lng: string | undefined): { lat: number; lng: number } | null {
  const a = parseCoordinate(lat);
  const b = parseCoordinate(lng);
  if (a === null || b === null || !insideCity(a, b)) return null;
  return { lat: a, lng: b };
}

/** Six decimals (about 10 cm) are plenty for a report. */
export function formatCoordinate(n: number): string {
  return (Math.round(n * 1e6) / 1e6).toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
}

// ----- "before sending": similar reports -----

/** The query of GET /api/feedback/nearby once enough is known, else null. */
export function nearbyQuery(
  v: Pick<ReportDraftValues, 'category' | 'lat' | 'lng' | 'ward' | 'title'>,
  locale: string,
): string | null {
  const category = v.category.trim();
  if (!category) return null;
  const point = parsePoint(v.lat, v.lng);
  const title = v.title.trim();
  const ward = v.ward.trim();
  const byWard = ward !== '' && title.length >= 5;
  if (!point && !byWard) return null;
  const params = new URLSearchParams({ category });
  if (point) {
    params.set('lat', formatCoordinate(point.lat));
    params.set('lng', formatCoordinate(point.lng));
  }
  if (byWard) {
    params.set('ward', ward);
    params.set('title', title.slice(0, REPORT_TITLE_MAX));
  }
  params.set('locale', locale);
  return params.toString();
}

// ----- answers of POST /api/feedback -----

export type SubmitError = { code: string | null; message: string | null; fields: Record<string, string> };

/**
 * The refusal in a 4xx JSON answer, `{ error: { code, message, fields? } }`: the message and each
 * field's text are already in the visitor's language (a list of texts keeps its first).
 */
export function parseSubmitError(body: unknown): SubmitError {
  const out: SubmitError = { code: null, message: null, fields: {} };
  if (!body || typeof body !== 'object') return out;
  const e = (body as Record<string, unknown>).error;
  if (!e || typeof e !== 'object') return out;
  const error = e as Record<string, unknown>;
  if (typeof error.code === 'string') out.code = error.code;
  if (typeof error.message === 'string') out.message = error.message;
  const fields = error.fields;
  if (fields && typeof fields === 'object') {
    for (const [name, value] of Object.entries(fields as Record<string, unknown>)) {
      const first = Array.isArray(value) ? value.find((x) => typeof x === 'string') : value;
      if (typeof first === 'string' && first) out.fields[name] = first;
    }
  }
  return out;
}

/** The address of the new report from a 201 answer: only a path of the portal on `origin`. */
export function createdReportUrl(body: unknown, origin: string): string | null {
  if (!body || typeof body !== 'object') return null;
  return safeReturnPath((body as Record<string, unknown>).url, origin);
}
