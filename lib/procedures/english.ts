// A procedure's details in English. The national database publishes them in Vietnamese only; where
// the portal has a full English translation it is kept in `Procedure.detailsEn`: the English text of
// every detail field (never numbers, form codes, legal numbers or dates, which are read from the
// Vietnamese record) and the fingerprint of the Vietnamese details it translates. The English page
// shows it only when that fingerprint is still the current one, so a Vietnamese edit never leaves an
// outdated English text on the page: it falls back to the Vietnamese details under a notice.
import { z } from 'zod';

export type Channel = 'IN_PERSON' | 'ONLINE' | 'POST';
export type Method = { channel: Channel; processingTime: string; fee: string; note?: string };
export type DocumentItem = { name: string; form?: string; originals: number; copies: number; note?: string };
export type DocumentGroup = { case: string; items: DocumentItem[] };
export type LegalBasis = { number: string; summary: string; date: string; issuer: string };

/** The Vietnamese detail fields of a procedure, as stored. */
export type VietnameseDetails = {
  applicants: string;
  implementingAgency: string;
  competentAgency?: string | null;
  submissionPlace: string;
  steps: unknown;
  methods: unknown;
  documents: unknown;
  result: string;
  conditions: string;
  legalBasis: unknown;
  uncertain?: string | null;
};

const text = z.string().trim().min(1);

/** The English text of every detail field: the shape of `Procedure.detailsEn` without its fingerprint. */
export const englishDetailsSchema = z.strictObject({
  applicants: text,
  implementingAgency: text,
  competentAgency: text.optional(),
  submissionPlace: text,
  steps: z.array(text).min(1),
  methods: z.array(z.strictObject({ processingTime: text, fee: text, note: text.optional() })).min(1),
  documents: z.array(
    z.strictObject({
      case: z.string().trim(),
      items: z.array(z.strictObject({ name: text, form: text.optional(), note: text.optional() })),
    }),
  ),
  result: text,
  conditions: z.string().trim(),
  legalBasis: z.array(z.strictObject({ summary: text, issuer: text })),
  uncertain: text.optional(),
});

export type EnglishDetails = z.output<typeof englishDetailsSchema>;

/** What `Procedure.detailsEn` holds: the English text and the fingerprint of the Vietnamese it translates. */
export const storedEnglishSchema = englishDetailsSchema.extend({ source: z.string().min(1) });

/** The details a page shows, in one language. `original` is the Vietnamese item (it names the form). */
export type Details = {
  /** True when the text is in the language asked for (always in Vietnamese; in English when translated). */
  translated: boolean;
  applicants: string;
  implementingAgency: string;
  competentAgency: string | null;
  submissionPlace: string;
  steps: string[];
  methods: Method[];
  documents: (Omit<DocumentGroup, 'items'> & { items: (DocumentItem & { original: DocumentItem })[] })[];
  result: string;
  conditions: string;
  legalBasis: LegalBasis[];
  uncertain: string | null;
};

/** JSON with object keys sorted and null/undefined members left out, so that JSONB's own key order does not count. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(typeof value === 'string' ? value.normalize('NFC') : value);
}

/** cyrb53: a 53-bit string hash. Not a security measure: it only tells whether the Vietnamese text changed. */
function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The fingerprint of a procedure's Vietnamese details: it changes whenever any of their text does. */
export function detailsFingerprint(p: VietnameseDetails): string {
  return hash53(
    canonical({
      applicants: p.applicants,
      implementingAgency: p.implementingAgency,
      competentAgency: p.competentAgency,
      submissionPlace: p.submissionPlace,
      steps: p.steps,
      methods: p.methods,
      documents: p.documents,
      result: p.result,
      conditions: p.conditions,
      legalBasis: p.legalBasis,
      uncertain: p.uncertain,
    }),
  );
}

/**
 * Where an English text does not match its Vietnamese record part for part (a step, a method, a
 * document, a law, an optional field missing or extra): each problem as a path and a sentence.
 * An empty list means the English text can be shown in place of the Vietnamese.
 */
export function translationProblems(vi: VietnameseDetails, en: EnglishDetails): string[] {
  const problems: string[] = [];
  const steps = vi.steps as string[];
  const methods = vi.methods as Method[];
  const documents = vi.documents as DocumentGroup[];
  const legal = vi.legalBasis as LegalBasis[];
  const count = (what: string, a: unknown[], b: unknown[]) =>
    a.length === b.length ? true : (problems.push(`${what}: ${b.length} in English, ${a.length} in Vietnamese`), false);
  const both = (what: string, a: unknown, b: unknown) => {
    if (!!a !== !!b) problems.push(`${what}: ${a ? 'missing in English' : 'not in the Vietnamese record'}`);
  };
  both('competentAgency', vi.competentAgency, en.competentAgency);
  both('conditions', vi.conditions, en.conditions);
  both('uncertain', vi.uncertain, en.uncertain);
  count('steps', steps, en.steps);
  if (count('methods', methods, en.methods))
    methods.forEach((m, i) => both(`methods[${i}].note`, m.note, en.methods[i]!.note));
  if (count('documents', documents, en.documents))
    documents.forEach((g, gi) => {
      const eg = en.documents[gi]!;
      both(`documents[${gi}].case`, g.case, eg.case);
      if (count(`documents[${gi}].items`, g.items, eg.items))
        g.items.forEach((item, i) => {
          both(`documents[${gi}].items[${i}].form`, item.form, eg.items[i]!.form);
          both(`documents[${gi}].items[${i}].note`, item.note, eg.items[i]!.note);
        });
    });
  count('legalBasis', legal, en.legalBasis);
  return problems;
}

/** The English details stored for `p` when they translate its current Vietnamese details; null otherwise. */
export function currentEnglish(p: VietnameseDetails & { detailsEn?: unknown }): EnglishDetails | null {
  const parsed = storedEnglishSchema.safeParse(p.detailsEn);
  if (!parsed.success || parsed.data.source !== detailsFingerprint(p)) return null;
  const { source: _source, ...en } = parsed.data;
  return translationProblems(p, en).length ? null : en;
}

/** What `Procedure.detailsEn` should hold for this translation of `p`. */
export function storedEnglish(p: VietnameseDetails, en: EnglishDetails) {
  return { ...en, source: detailsFingerprint(p) };
}

/** The details of `p` in the page's language: English where a current translation exists, Vietnamese otherwise. */
export function procedureDetails(p: VietnameseDetails & { detailsEn?: unknown }, locale: string): Details {
  const methods = p.methods as Method[];
  const documents = p.documents as DocumentGroup[];
  const legal = p.legalBasis as LegalBasis[];
  const en = locale === 'en' ? currentEnglish(p) : null;
  if (!en)
    return {
      translated: locale !== 'en',
      applicants: p.applicants,
      implementingAgency: p.implementingAgency,
      competentAgency: p.competentAgency ?? null,
      submissionPlace: p.submissionPlace,
      steps: p.steps as string[],
      methods,
      documents: documents.map((g) => ({ ...g, items: g.items.map((item) => ({ ...item, original: item })) })),
      result: p.result,
      conditions: p.conditions,
      legalBasis: legal,
      uncertain: p.uncertain ?? null,
    };
  return {
    translated: true,
    applicants: en.applicants,
    implementingAgency: en.implementingAgency,
    competentAgency: en.competentAgency ?? null,
    submissionPlace: en.submissionPlace,
    steps: en.steps,
    methods: methods.map((m, i) => ({ channel: m.channel, ...en.methods[i]! })),
    documents: documents.map((g, gi) => ({
      case: en.documents[gi]!.case,
      items: g.items.map((item, i) => ({
        originals: item.originals,
        copies: item.copies,
        ...en.documents[gi]!.items[i]!,
        original: item,
      })),
    })),
    result: en.result,
    conditions: en.conditions,
    legalBasis: legal.map((l, i) => ({ number: l.number, date: l.date, ...en.legalBasis[i]! })),
    uncertain: en.uncertain ?? null,
  };
}
