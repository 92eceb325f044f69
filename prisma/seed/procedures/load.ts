// The procedure seed: reads its data files (every *.json of this folder) and writes procedures, their
// fields and the search synonyms. Used by the demo seed, the tests and the synthetic procedures of the
// benchmarks (scripts/lib/synthetic-procedures.ts), which all read the data through loadProcedureData().
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client';
import { procedureSearchColumns } from '../../../lib/search/procedure-text';
import { procedureSchema } from '../../../lib/validation/procedures';
import { isErrorCode, issueError } from '../../../lib/errors';
import { detailsFingerprint, storedEnglish } from '../../../lib/procedures/english';
import { procedureTranslations } from '../procedures-en';
import { synonyms } from './synonyms';
import { fields, type ProcedureSeed } from './types';

// ---------------------------------------------------------------------------------------------
// The data files. shared.json holds the definitions cited by more than one file; every other file
// holds procedures and the definitions only they cite. A string "{{NAME}}" stands for the
// definition NAME (a text, a legal reference, a list...), of its own file first, then of
// shared.json; "{{NAME}}" inside a longer string stands for a text. Each procedure, once its
// definitions are put in, is checked against procedureSchema (lib/validation/procedures.ts).

export const PROCEDURE_DATA_DIR = path.dirname(fileURLToPath(import.meta.url));
const SHARED_FILE = 'shared.json';

const definitions = z.record(z.string().regex(/^\w+$/, 'a definition name is letters, digits and _'), z.unknown());
const sharedFileSchema = z.strictObject({ about: z.string().optional(), definitions });
const procedureFileSchema = z.strictObject({
  about: z.string().optional(),
  definitions: definitions.optional(),
  procedures: z.array(z.unknown()).min(1),
});

/** A data file that cannot be used: the message names the file and the path of the bad field. */
export class ProcedureDataError extends Error {
  constructor(file: string, at: readonly PropertyKey[], problem: string) {
    super(`${path.relative(process.cwd(), file)}: ${at.length ? `${formatPath(at)}: ` : ''}${problem}`);
    this.name = 'ProcedureDataError';
  }
}

function formatPath(at: readonly PropertyKey[]): string {
  return at.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
}

function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ProcedureDataError(file, [], `not valid JSON (${(error as Error).message})`);
  }
}

function parseWith<T extends z.ZodType>(schema: T, value: unknown, file: string, at: PropertyKey[]): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const [first, ...more] = result.error.issues;
  // The error as the portal names it: its code and parameters ("tooLong {"max":500}").
  const { params } = issueError(first!);
  const detail =
    first!.code === 'invalid_value' && 'values' in first!
      ? ` (one of ${first.values.join(', ')})`
      : params
        ? ` ${JSON.stringify(params)}`
        : '';
  const problem = `${first!.message}${isErrorCode(first!.message) ? detail : ''}`;
  throw new ProcedureDataError(
    file,
    [...at, ...first!.path],
    `${problem}${more.length ? ` (and ${more.length} more problem${more.length > 1 ? 's' : ''})` : ''}`,
  );
}

const WHOLE = /^\{\{(\w+)\}\}$/;
const INSIDE = /\{\{(\w+)\}\}/g;

/** The value with every "{{NAME}}" replaced by its definition. */
function putDefinitions(
  value: unknown,
  scopes: Record<string, unknown>[],
  file: string,
  at: PropertyKey[],
  using: string[] = [],
): unknown {
  const lookup = (name: string) => {
    const scope = scopes.find((s) => Object.hasOwn(s, name));
    if (!scope) throw new ProcedureDataError(file, at, `{{${name}}} is not defined in this file or in ${SHARED_FILE}`);
    if (using.includes(name)) throw new ProcedureDataError(file, at, `{{${name}}} is defined in terms of itself`);
    return putDefinitions(scope[name], scopes, file, at, [...using, name]);
  };
  if (typeof value === 'string') {
    const whole = WHOLE.exec(value);
    if (whole) return lookup(whole[1]!);
    return value.replace(INSIDE, (_, name: string) => {
      const text = lookup(name);
      if (typeof text !== 'string')
        throw new ProcedureDataError(file, at, `{{${name}}} inside a text must name a text`);
      return text;
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => putDefinitions(v, scopes, file, [...at, i], using));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, putDefinitions(v, scopes, file, [...at, k], using)]),
    );
  }
  return value;
}

export type ProcedureData = {
  /** Every real procedure, in the order of the files (by name) and within each file. */
  procedures: ProcedureSeed[];
  /** The definitions of shared.json, as written. */
  shared: Record<string, unknown>;
};

/** Reads and checks every data file of `dir`; throws a ProcedureDataError on the first bad one. */
export function readProcedureData(dir: string): ProcedureData {
  const sharedFile = path.join(dir, SHARED_FILE);
  const shared = parseWith(sharedFileSchema, readJson(sharedFile), sharedFile, []).definitions;
  const procedures: ProcedureSeed[] = [];
  const seen = new Map<string, string>();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== SHARED_FILE)
    .sort()
    .map((f) => path.join(dir, f));
  for (const file of files) {
    const data = parseWith(procedureFileSchema, readJson(file), file, []);
    const scopes = [data.definitions ?? {}, shared];
    data.procedures.forEach((raw, i) => {
      const at = ['procedures', i];
      const p: ProcedureSeed = parseWith(procedureSchema, putDefinitions(raw, scopes, file, at), file, at);
      for (const key of [`slug ${p.slug}`, `code ${p.code}`]) {
        const other = seen.get(key);
        if (other) throw new ProcedureDataError(file, at, `the ${key} is already used by ${other}`);
        seen.set(key, `${path.basename(file)} ${formatPath(at)}`);
      }
      procedures.push(p);
    });
  }
  return { procedures, shared };
}

let loaded: ProcedureData | undefined;

/** The seed's data, read and checked once. */
export function loadProcedureData(): ProcedureData {
  loaded ??= readProcedureData(PROCEDURE_DATA_DIR);
  return loaded;
}

/** A text of shared.json (the address of the national public service portal, for example). */
export function sharedText(name: string): string {
  const value = loadProcedureData().shared[name];
  if (typeof value !== 'string')
    throw new ProcedureDataError(path.join(PROCEDURE_DATA_DIR, SHARED_FILE), ['definitions', name], 'no such text');
  return value;
}

// ---------------------------------------------------------------------------------------------
// Writing.

export function procedureRow(
  p: ProcedureSeed,
  extra: { views?: number; synthetic?: boolean; publishedAt?: Date } = {},
) {
  const row = {
    code: p.code,
    codeVerified: p.codeVerified,
    decisionNumber: p.decisionNumber,
    slug: p.slug,
    titleVi: p.titleVi.normalize('NFC'),
    titleEn: p.titleEn,
    summaryVi: p.summaryVi.normalize('NFC'),
    summaryEn: p.summaryEn,
    fieldCode: p.field,
    level: p.level,
    onlineLevel: p.onlineLevel,
    onlineUrl: p.onlineUrl ?? null,
    applicants: p.applicants,
    implementingAgency: p.implementingAgency,
    competentAgency: p.competentAgency ?? null,
    submissionPlace: p.submissionPlace,
    steps: p.steps as Prisma.InputJsonValue,
    methods: p.methods as Prisma.InputJsonValue,
    documents: p.documents as Prisma.InputJsonValue,
    result: p.result,
    conditions: p.conditions,
    legalBasis: p.legalBasis as Prisma.InputJsonValue,
    keywords: p.keywords,
    lifeEvents: p.lifeEvents,
    uncertain: p.uncertain ?? null,
    synthetic: extra.synthetic ?? false,
    views: extra.views ?? 0,
    publishedAt: extra.publishedAt ?? DEMO_PUBLISHED_AT,
  };
  return { ...row, ...procedureSearchColumns(row) };
}

const DEMO_PUBLISHED_AT = new Date('2026-01-12T08:00:00+07:00');
const DAY = 86_400_000;

/**
 * The demo's time of a procedure's last edit (the sitemap's lastmod, og:modified_time): made up but
 * deterministic, from its content, between its publication and 300 days later (never in the future).
 * An editor's save sets the real time (Prisma's @updatedAt).
 */
export function demoUpdatedAt(content: object, publishedAt: Date): Date {
  let h = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(JSON.stringify(content))) h = Math.imul(h ^ unit, 0x01000193) >>> 0;
  const date = new Date(publishedAt.getTime() + (h % 301) * DAY + (h % 480) * 60_000);
  return date.getTime() > Date.now() ? publishedAt : date;
}

export async function seedProcedureFields(db: PrismaClient) {
  await db.procedureField.createMany({
    data: Object.entries(fields).map(([code, name]) => ({ code, nameVi: name.vi, nameEn: name.en })),
    skipDuplicates: true,
  });
  await db.searchSynonym.createMany({ data: synonyms, skipDuplicates: true });
}

/**
 * The demo's views per slug: made up but deterministic. Procedures most residents need (birth,
 * residence, identity cards) rank first, then the rest in the order of the data files. "Most
 * viewed" in the demo (the English translations of prisma/seed/procedures-en) means the highest of these.
 */
export function demoViews(list: ProcedureSeed[]): Map<string, number> {
  const popular = [
    'dang-ky-khai-sinh',
    'dang-ky-thuong-tru',
    'cap-the-can-cuoc',
    'dang-ky-tam-tru',
    'dang-ky-ket-hon',
    'cap-doi-the-can-cuoc',
  ];
  return new Map(
    list.map((p, i) => {
      const rank = popular.indexOf(p.slug);
      return [p.slug, rank >= 0 ? 10_000 - rank * 500 : 1000 - i * 10];
    }),
  );
}

/** Real procedures for the demo, with their views and, where translated, their English details. */
export async function seedProcedures(db: PrismaClient, list: ProcedureSeed[]) {
  await seedProcedureFields(db);
  const views = demoViews(list);
  const rows = list.map((p) => {
    const en = procedureTranslations[p.slug];
    const row = procedureRow(p, { views: views.get(p.slug) });
    return {
      ...row,
      updatedAt: demoUpdatedAt(p, row.publishedAt),
      ...(en ? { detailsEn: storedEnglish(p, en) as Prisma.InputJsonValue } : {}),
    };
  });
  await db.procedure.createMany({ data: rows, skipDuplicates: true });
  await addMissingTranslations(db, list);
  return rows.length;
}

/**
 * A database seeded before the translations existed (`db:seed -- --force`): each translated
 * procedure without English details gets them, when its Vietnamese details are still the ones
 * translated (an edited procedure is left alone).
 */
async function addMissingTranslations(db: PrismaClient, list: ProcedureSeed[]) {
  const rows = await db.procedure.findMany({ where: { slug: { in: Object.keys(procedureTranslations) } } });
  for (const row of rows.filter((r) => r.detailsEn === null)) {
    const stored = storedEnglish(row, procedureTranslations[row.slug]!);
    const seeded = list.find((p) => p.slug === row.slug);
    if (seeded && detailsFingerprint(seeded) === stored.source)
      await db.procedure.update({ where: { id: row.id }, data: { detailsEn: stored as Prisma.InputJsonValue } });
  }
}
