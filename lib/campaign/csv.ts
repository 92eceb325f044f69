// The campaign's units as CSV, both ways: the admins' import (code,name,kind,target; every bad
// row reported, nothing imported while one is wrong) and the export of the table.
import { normaliseText, hasBidiControls } from '@/lib/validation/text';
import { CAMPAIGN_KINDS, isCampaignKind, type CampaignKind } from './rules';

export const CSV_COLUMNS = ['code', 'name', 'kind', 'target'] as const;
export const MAX_IMPORT_ROWS = 2000;

export type UnitCsvRow = { code: string; name: string; kind: CampaignKind; target: number };
/** One problem of one line (the header is line 1), as a code the page words in the person's language. */
export type CsvProblem = {
  line: number;
  code:
    | 'missingColumns'
    | 'empty'
    | 'tooManyRows'
    | 'codeInvalid'
    | 'nameInvalid'
    | 'kindUnknown'
    | 'targetInvalid'
    | 'codeTwice';
  value?: string;
};
export type CsvResult = { ok: true; rows: UnitCsvRow[] } | { ok: false; problems: CsvProblem[] };

export const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
export const MAX_TARGET = 1_000_000;

/** Splits CSV text into records of fields (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
export function splitCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  // Spreadsheets set to Vietnamese save with ";": the header line tells which one the file uses.
  const firstLine = s.slice(0, s.search(/\r|\n/) >>> 0);
  const sep = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** A target as the file writes it: a whole number from 1 to MAX_TARGET. */
export function parseTarget(value: string): number | null {
  if (!/^\d{1,7}$/.test(value.trim())) return null;
  const n = Number(value.trim());
  return n >= 1 && n <= MAX_TARGET ? n : null;
}

export function parseUnitsCsv(text: string): CsvResult {
  const records = splitCsv(text).filter((r) => r.some((f) => f.trim() !== ''));
  if (records.length === 0) return { ok: false, problems: [{ line: 1, code: 'empty' }] };
  const header = records[0]!.map((h) => h.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) return { ok: false, problems: [{ line: 1, code: 'missingColumns', value: missing.join(', ') }] };
  if (records.length - 1 > MAX_IMPORT_ROWS)
    return { ok: false, problems: [{ line: 1, code: 'tooManyRows', value: String(MAX_IMPORT_ROWS) }] };
  if (records.length === 1) return { ok: false, problems: [{ line: 2, code: 'empty' }] };
  const at = Object.fromEntries(CSV_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof CSV_COLUMNS)[number],
    number
  >;
  const problems: CsvProblem[] = [];
  const rows: UnitCsvRow[] = [];
  const seen = new Set<string>();
  records.slice(1).forEach((f, i) => {
    const line = i + 2;
    const code = (f[at.code] ?? '').trim();
    const rawName = f[at.name] ?? '';
    const name = normaliseText(rawName);
    const kind = (f[at.kind] ?? '')
      .trim()
      .toUpperCase()
      .replace(/[\s-]+/g, '_');
    const targetText = f[at.target] ?? '';
    const target = parseTarget(targetText);
    const before = problems.length;
    if (!UNIT_CODE.test(code)) problems.push({ line, code: 'codeInvalid', value: code });
    else if (seen.has(code.toUpperCase())) problems.push({ line, code: 'codeTwice', value: code });
    if (!name || name.length > 200 || hasBidiControls(rawName))
      problems.push({ line, code: 'nameInvalid', value: name.slice(0, 60) });
    if (!isCampaignKind(kind)) problems.push({ line, code: 'kindUnknown', value: (f[at.kind] ?? '').trim() });
    if (target === null) problems.push({ line, code: 'targetInvalid', value: targetText.trim() });
    seen.add(code.toUpperCase());
    if (problems.length === before) rows.push({ code, name, kind: kind as CampaignKind, target: target! });
  });
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}

/** One cell: quoted when needed, and a leading =, +, - or @ defused so a spreadsheet never runs it. */
export function csvCell(v: string | number): string {
  const s = String(v);
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export type ExportRow = UnitCsvRow & { registered: number; percent: number; rank: number | null };

/** The table as the admins export it; `code,name,kind,target` first, so the file imports back as it is. */
export function unitsCsv(rows: readonly ExportRow[]): string {
  const lines = [[...CSV_COLUMNS, 'registered', 'percent', 'rank'].join(',')];
  for (const r of rows)
    lines.push([r.code, r.name, r.kind, r.target, r.registered, r.percent, r.rank ?? ''].map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export { CAMPAIGN_KINDS };
