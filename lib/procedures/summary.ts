// What the summary box of a procedure page says about time limits and fees: one line per distinct
// value, labelled with the ways of filing it applies to, and "same as in person" written once.
// Editors write a method's value as "Như nộp trực tiếp" (the same as in person), or that followed
// by "; " and what differs ("Như nộp trực tiếp; cước bưu chính do người gửi trả"); the English details
// (lib/procedures/english.ts) write it "As in person".

export type Channel = 'IN_PERSON' | 'ONLINE' | 'POST';
export type MethodLike = { channel: Channel; processingTime: string; fee: string };

/** How editors write "the same as in person" (prisma/seed/procedures/shared.json, SAME). */
export const SAME_AS_IN_PERSON = 'Như nộp trực tiếp';
/** The same in the English details (prisma/seed/procedures-en/shared.ts, SAME). */
export const SAME_AS_IN_PERSON_EN = 'As in person';

export type SummaryLine = {
  channels: Channel[];
  /** The value, or only what differs from in person when `sameAsInPerson`. */
  text: string;
  /** True when the value is the in-person one plus `text` (written as "as in person; text"). */
  sameAsInPerson: boolean;
};

function split(value: string): { same: boolean; rest: string } {
  const v = value.trim();
  const lower = v.toLocaleLowerCase('vi');
  for (const marker of [SAME_AS_IN_PERSON, SAME_AS_IN_PERSON_EN].map((m) => m.toLocaleLowerCase('vi'))) {
    if (lower === marker) return { same: true, rest: '' };
    if (lower.startsWith(`${marker};`)) return { same: true, rest: v.slice(marker.length + 1).trim() };
  }
  return { same: false, rest: v };
}

/** True when a method's value starts with "the same as in person" (in either language). */
export function isSameAsInPerson(value: string): boolean {
  const lower = value.trim().toLocaleLowerCase('vi');
  return [SAME_AS_IN_PERSON, SAME_AS_IN_PERSON_EN].some((m) => lower.startsWith(m.toLocaleLowerCase('vi')));
}

/**
 * The lines of the summary for one column (time limit or fee): methods with the same value share
 * a line; a method "the same as in person" joins the in-person line, or, when it adds something,
 * gets a line saying so once.
 */
export function summaryLines(methods: MethodLike[], column: 'processingTime' | 'fee'): SummaryLine[] {
  const inPerson = methods.find((m) => m.channel === 'IN_PERSON');
  const base = inPerson ? split(inPerson[column]).rest : '';
  const lines: SummaryLine[] = [];
  for (const m of methods) {
    const { same, rest } = split(m[column]);
    // "Same as in person" with nothing added, or no in-person method to point to: the plain value.
    const plain = same && (!rest || !inPerson) ? rest || base : same ? null : rest;
    const key = plain !== null ? { text: plain, sameAsInPerson: false } : { text: rest, sameAsInPerson: true };
    const line = lines.find((l) => l.text === key.text && l.sameAsInPerson === key.sameAsInPerson);
    if (line) line.channels.push(m.channel);
    else lines.push({ channels: [m.channel], ...key });
  }
  return lines.filter((l) => l.text || l.sameAsInPerson);
}

/**
 * A time limit written in Vietnamese as an ISO 8601 duration, for schema.org's processingTime:
 * "07 ngày làm việc" → P7D, "24 giờ" → PT24H, "Ngay trong ngày …" → P1D; the first limit named
 * (the usual case, before "cần xác minh thì …"). Undefined when no duration is written.
 */
export function isoDuration(text: string): string | undefined {
  const t = text.toLocaleLowerCase('vi');
  const m = /(\d+)\s*(ngày|giờ|tháng)/u.exec(t);
  const sameDay = /(^|\s)(ngay\s+)?trong\s+ngày/u.exec(t);
  if (sameDay && (!m || sameDay.index < m.index)) return 'P1D';
  if (!m) return /tiếp nhận ngay|ngay lập tức/u.test(t) ? 'PT0S' : undefined;
  const n = Number(m[1]);
  if (m[2] === 'giờ') return `PT${n}H`;
  if (m[2] === 'tháng') return `P${n}M`;
  return `P${n}D`;
}
