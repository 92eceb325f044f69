import 'server-only';
import { createHash } from 'node:crypto';
import { phaseOf, resultsOpen, resultsPublic, type QuestionKind } from '@/lib/consultations/rules';
import { audit } from '../audit';
import { db } from '../db';
import { AppError } from '../errors';
import { can, type RoleHolder } from '../permissions';
import type { ConsultationDetail } from './queries';

// The response table of a consultation, one line per response without the person: the published
// tally (after closing, for everyone) and the officials' export (with ward and written answers).
// A response is named by the SHA-256 of its receipt code, so a resident finds their own line and
// nobody learns a code from the file; anyone can recount the results page's numbers from it
// (docs/decisions/023). Written in batches as it is sent: no table is held in memory whole.

/** How many responses are read and written at a time. */
const BATCH = 2000;

/** SHA-256 of a receipt code, in lower-case hex: how the tally names a response. */
export const receiptHash = (code: string) => createHash('sha256').update(code, 'utf8').digest('hex');

/** A typed receipt code as stored: upper case, dashes where they belong ("yk7kq2m9td" → "YK-7KQ2-M9TD"). */
export function normalizeReceipt(input: string): string | null {
  const plain = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const m = /^YK([A-Z0-9]{4})([A-Z0-9]{4,5})$/.exec(plain);
  return m ? `YK-${m[1]}-${m[2]}` : null;
}

type Question = Pick<ConsultationDetail['questions'][number], 'id' | 'position' | 'kind' | 'textVi' | 'textEn'> & {
  options: { id: string; position: number; textVi: string; textEn: string }[];
};
type TallyConsultation = Pick<
  ConsultationDetail,
  'id' | 'slug' | 'titleVi' | 'titleEn' | 'opensAt' | 'closesAt' | 'phase'
> & { questions: Question[] };

/** Written answers as the officials' export shows their moderation. */
export type Moderation = 'shown' | 'hidden' | 'pending';

/** One response: its answers by question number. */
export type TallyAnswer =
  | number[] // SINGLE, MULTIPLE (option numbers, ascending), RANKING (option numbers, first place first)
  | number // SCALE
  | boolean // TEXT in the published tally: written or not
  | { text: string; moderation: Moderation } // TEXT in the officials' export
  | null; // not answered

export type TallyRow = { receiptSha256: string; wardCode?: string | null; answers: Record<string, TallyAnswer> };

type AnswerRecord = {
  responseId: string;
  questionId: string;
  optionId: string | null;
  scale: number | null;
  rank: number | null;
  text: string | null;
  visible: boolean;
  moderatedAt: Date | null;
};

/** The published tally exists once a consultation has closed, whatever its results rule. */
export function tallyOpen(c: Pick<ConsultationDetail, 'phase'>): boolean {
  return resultsPublic(c.phase);
}

/** Throws the sealed refusal before closing: the one gate of the public tally. */
export function requireTallyOpen(c: Pick<ConsultationDetail, 'phase'>) {
  if (!tallyOpen(c)) throw new AppError('forbidden', 'consultationResultsSealed');
}

/** Every response's answers, by response, a batch at a time, in the order of their receipt hashes. */
export async function* tallyRows(c: TallyConsultation, full: boolean): AsyncGenerator<TallyRow[]> {
  const responses = await db.consultationResponse.findMany({
    where: { consultationId: c.id },
    select: { id: true, receiptCode: true, wardCode: true },
  });
  // Ordered by hash: the file says nothing about who answered first.
  const named = responses
    .map((r) => ({ id: r.id, hash: receiptHash(r.receiptCode), wardCode: r.wardCode }))
    .sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
  const optionNumber = new Map(c.questions.flatMap((q) => q.options.map((o) => [o.id, o.position] as const)));

  for (let start = 0; start < named.length; start += BATCH) {
    const batch = named.slice(start, start + BATCH);
    const answers: AnswerRecord[] = await db.consultationAnswer.findMany({
      where: { responseId: { in: batch.map((r) => r.id) } },
      select: {
        responseId: true,
        questionId: true,
        optionId: true,
        scale: true,
        rank: true,
        text: true,
        visible: true,
        moderatedAt: true,
      },
    });
    const byResponse = new Map<string, AnswerRecord[]>();
    for (const a of answers) {
      const list = byResponse.get(a.responseId);
      if (list) list.push(a);
      else byResponse.set(a.responseId, [a]);
    }
    yield batch.map((r) => {
      const mine = byResponse.get(r.id) ?? [];
      const row: TallyRow = { receiptSha256: r.hash, answers: {} };
      if (full) row.wardCode = r.wardCode;
      for (const q of c.questions) {
        const own = mine.filter((a) => a.questionId === q.id);
        row.answers[String(q.position)] = answerOf(q.kind, own, optionNumber, full);
      }
      return row;
    });
  }
}

function answerOf(
  kind: QuestionKind,
  own: AnswerRecord[],
  optionNumber: Map<string, number>,
  full: boolean,
): TallyAnswer {
  if (own.length === 0) return kind === 'TEXT' && !full ? false : null;
  switch (kind) {
    case 'SCALE':
      return own[0]!.scale;
    case 'TEXT': {
      const a = own[0]!;
      if (!full) return a.text !== null;
      return { text: a.text ?? '', moderation: a.visible ? 'shown' : a.moderatedAt ? 'hidden' : 'pending' };
    }
    case 'RANKING':
      return [...own].sort((x, y) => (x.rank ?? 0) - (y.rank ?? 0)).map((a) => optionNumber.get(a.optionId!) ?? 0);
    default:
      return own.map((a) => optionNumber.get(a.optionId!) ?? 0).sort((x, y) => x - y);
  }
}

// ----- the files -----

const csvCell = (v: string | number) => {
  const s = String(v);
  // A leading =, +, - or @ would be a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** A CSV cell of one answer: "2", "1 3" (chosen), "3>1>2" (ranked), "4" (scale), "1" (written). */
function csvAnswer(kind: QuestionKind, a: TallyAnswer): string[] {
  if (kind === 'TEXT') {
    if (a && typeof a === 'object' && !Array.isArray(a)) return [a.text, a.moderation];
    if (typeof a === 'boolean') return [a ? '1' : ''];
    return ['', ''];
  }
  if (a === null) return [''];
  if (Array.isArray(a)) return [a.join(kind === 'RANKING' ? '>' : ' ')];
  return [String(a)];
}

function csvHeader(c: TallyConsultation, full: boolean, locale: 'vi' | 'en'): string[] {
  const head = [locale === 'vi' ? 'ma_bien_nhan_sha256' : 'receipt_sha256'];
  if (full) head.push(locale === 'vi' ? 'ma_phuong' : 'ward_code');
  for (const q of c.questions) {
    head.push(`q${q.position}`);
    if (q.kind === 'TEXT' && full) head.push(`q${q.position}_${locale === 'vi' ? 'kiem_duyet' : 'moderation'}`);
  }
  return head;
}

function csvLine(c: TallyConsultation, row: TallyRow, full: boolean): string {
  const cells: string[] = [row.receiptSha256];
  if (full) cells.push(row.wardCode ?? '');
  for (const q of c.questions) cells.push(...csvAnswer(q.kind, row.answers[String(q.position)] ?? null));
  return cells.map(csvCell).join(',');
}

/** The consultation and its numbered questions and options: the key to the lines. */
export function tallyHeader(c: TallyConsultation, full: boolean) {
  return {
    consultation: {
      slug: c.slug,
      titleVi: c.titleVi,
      titleEn: c.titleEn,
      opensAt: c.opensAt.toISOString(),
      closesAt: c.closesAt.toISOString(),
      phase: c.phase,
    },
    format: full
      ? 'One line per response. answers: question number → option numbers (SINGLE, MULTIPLE), option numbers first place first (RANKING), a value 1-5 (SCALE), { text, moderation } (TEXT), or null when not answered.'
      : 'One line per response, named by the SHA-256 of its receipt code. answers: question number → option numbers (SINGLE, MULTIPLE), option numbers first place first (RANKING), a value 1-5 (SCALE), true when a text was written (TEXT), or null / [] / false when not answered.',
    questions: c.questions.map((q) => ({
      number: q.position,
      kind: q.kind,
      textVi: q.textVi,
      textEn: q.textEn,
      options: q.options.map((o) => ({ number: o.position, textVi: o.textVi, textEn: o.textEn })),
    })),
  };
}

/**
 * The response table as a stream of CSV (a header line, then one line per response) or JSON
 * (`{ consultation, format, questions, responses: [...] }`), written a batch at a time.
 */
export function tallyStream(
  c: TallyConsultation,
  { format, locale, full }: { format: 'csv' | 'json'; locale: 'vi' | 'en'; full: boolean },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rows = tallyRows(c, full);
  let started = false;
  let first = true;
  return new ReadableStream({
    async pull(controller) {
      try {
        if (!started) {
          started = true;
          if (format === 'csv') {
            controller.enqueue(encoder.encode(`\uFEFF${csvHeader(c, full, locale).join(',')}\r\n`));
          } else {
            const head = JSON.stringify(tallyHeader(c, full));
            controller.enqueue(encoder.encode(`${head.slice(0, -1)},"responses":[\n`));
          }
          return;
        }
        const next = await rows.next();
        if (next.done) {
          if (format === 'json') controller.enqueue(encoder.encode(']}\n'));
          controller.close();
          return;
        }
        const text =
          format === 'csv'
            ? next.value.map((r) => `${csvLine(c, r, full)}\r\n`).join('')
            : next.value
                .map((r) => {
                  const line = `${first ? '' : ',\n'}${JSON.stringify(r)}`;
                  first = false;
                  return line;
                })
                .join('');
        controller.enqueue(encoder.encode(text));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
}

/** Whether a receipt code is counted in a closed consultation, and the hash to find it by in the file. */
export async function checkReceipt(
  c: Pick<ConsultationDetail, 'id' | 'phase'>,
  typed: string,
): Promise<{ status: 'counted' | 'not-found' | 'invalid'; hash?: string }> {
  requireTallyOpen(c);
  const code = normalizeReceipt(typed.slice(0, 40));
  if (!code) return { status: 'invalid' };
  const found = await db.consultationResponse.findFirst({
    where: { consultationId: c.id, receiptCode: code },
    select: { id: true },
  });
  return { status: found ? 'counted' : 'not-found', hash: receiptHash(code) };
}

// ----- the officials' export -----

/** Any consultation by id with what the export needs; null when there is none. */
async function tallyConsultationById(id: string, now: Date) {
  const row = await db.consultation.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      titleVi: true,
      titleEn: true,
      opensAt: true,
      closesAt: true,
      resultsRule: true,
      questions: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          position: true,
          kind: true,
          textVi: true,
          textEn: true,
          options: { orderBy: { position: 'asc' }, select: { id: true, position: true, textVi: true, textEn: true } },
        },
      },
      _count: { select: { responses: true } },
    },
  });
  if (!row) return null;
  const { _count, ...rest } = row;
  return { ...rest, phase: phaseOf(row, now), responses: _count.responses };
}

/**
 * The full anonymous response table for an editor or administrator: ward and written answers with
 * their moderation, never an account. Sealed like the results (a SEALED_UNTIL_CLOSE consultation
 * only once closed), and audit-logged.
 */
export async function exportResponses(
  user: (RoleHolder & { id: string }) | null | undefined,
  input: { id: string; format: 'csv' | 'json'; locale: 'vi' | 'en' },
  now = new Date(),
) {
  if (!user) throw new AppError('unauthorized');
  if (!can(user, 'consultation:manage')) throw new AppError('forbidden');
  const c = await tallyConsultationById(input.id, now);
  if (!c) throw new AppError('not_found');
  if (!resultsOpen({ phase: c.phase, resultsRule: c.resultsRule, answered: c.phase === 'open' })) {
    throw new AppError('forbidden', 'consultationResultsSealed');
  }
  await audit(db, {
    actorId: user.id,
    action: 'consultation.export',
    entityType: 'consultation',
    entityId: c.id,
    after: { format: input.format, responses: c.responses },
  });
  return { consultation: c, stream: tallyStream(c, { format: input.format, locale: input.locale, full: true }) };
}
