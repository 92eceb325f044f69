// The one way tests make people, agencies, reports and procedures: through the data layer, with the
// app's own rules where it has them (password hashing, report codes, answer deadlines, the search
// columns), unique values on every call, and cleanup() to remove what was made.
//
// Integration tests hand it the app's client (`createTestData(db)` with `db` from server/db); the
// end-to-end tests hand it a client on E2E_DATABASE_URL (tests/e2e/fixtures.ts). It imports nothing
// that opens a connection of its own.
import { randomBytes } from 'node:crypto';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { addWorkingDays, ANSWER_WORKING_DAYS } from '../../lib/reports/deadline';
import { PRIVACY_NOTICE_VERSION } from '../../lib/validation/account';
import { procedureRow } from '../../prisma/seed/procedures/load';
import type { ProcedureSeed } from '../../prisma/seed/procedures/types';
import { hashPassword } from '../../server/password';
import { nextReportCode } from '../../server/reports/codes';

/** The password of every account made here, unless one is given. */
export const TEST_PASSWORD = 'mat khau thu nghiem dai';

/** A value no other call returns: a time part and random hex. */
export function unique(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

export function uniqueEmail(prefix = 'nguoidung'): string {
  return `${unique(prefix)}@example.com`;
}

export type Role = 'CITIZEN' | 'OFFICIAL' | 'EDITOR' | 'ADMIN';

export type UserInput<R extends Role = Role> = {
  role?: R;
  name?: string;
  email?: string;
  /** The password to sign in with (hashed by server/password.ts); null for an account without one. */
  password?: string | null;
  /** The agency an official works for: its code (e.g. 'SO-XD') or, with agencyId, its id. */
  agency?: string;
  agencyId?: string | null;
  /** A ward of the demo data by default; null for none. */
  wardCode?: string | null;
  /** Verified, and consenting to the current privacy notice, unless false. */
  verified?: boolean;
};

export type TestUser<R extends Role = Role> = {
  id: string;
  email: string;
  password: string;
  name: string;
  role: R;
  agencyId: string | null;
};

export type ReportInput = Omit<Partial<Prisma.ReportUncheckedCreateInput>, 'events' | 'followers'> & {
  /** The agency's code; otherwise the agency the category routes to, as the report form does. */
  agency?: string;
  /** Who follows it. The report form makes the author follow: pass [authorId] for that. */
  followers?: string[];
  /** The CREATED event the report form writes (true by default). */
  createdEvent?: boolean;
};

export type ProcedureInput = Partial<ProcedureSeed> & { status?: 'PUBLISHED' | 'UNPUBLISHED' };

export type TestData = ReturnType<typeof createTestData>;

const hashes = new Map<string, Promise<string>>();
/** scrypt is slow on purpose: one hash per password per process. */
function passwordHash(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) hashes.set(password, (hash = hashPassword(password)));
  return hash;
}

/** The app's client (server/db, which omits password hashes) or a plain one (scripts/lib/db-client). */
type Client = { $disconnect(): Promise<void> };

export function createTestData(client: Client) {
  const db = client as unknown as PrismaClient;
  const made = { reports: [] as string[], users: [] as string[], agencies: [] as string[], procedures: [] as string[] };
  const agencyIds = new Map<string, string>();
  let holidays: Promise<Set<string>> | undefined;

  /** Public holidays as yyyy-mm-dd, read once, for the answer deadline. */
  function publicHolidays(): Promise<Set<string>> {
    holidays ??= db.publicHoliday
      .findMany({ select: { date: true } })
      .then((rows) => new Set(rows.map((r) => r.date.toISOString().slice(0, 10))));
    return holidays;
  }

  async function agencyId(code: string): Promise<string> {
    let id = agencyIds.get(code);
    if (!id) {
      id = (await db.agency.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
      agencyIds.set(code, id);
    }
    return id;
  }

  /** An account: a verified resident by default, with TEST_PASSWORD. */
  async function user<R extends Role = 'CITIZEN'>(input: UserInput<R> = {}): Promise<TestUser<R>> {
    const role = input.role ?? ('CITIZEN' as R);
    const email = input.email ?? uniqueEmail(role.toLowerCase());
    const name = input.name ?? `Người thử ${randomBytes(2).toString('hex')}`;
    const password = input.password === undefined ? TEST_PASSWORD : input.password;
    const verified = input.verified ?? true;
    const now = new Date();
    const row = await db.user.create({
      data: {
        name,
        email,
        role,
        passwordHash: password === null ? null : await passwordHash(password),
        agencyId: input.agency ? await agencyId(input.agency) : (input.agencyId ?? null),
        wardCode: input.wardCode === undefined ? 'mau-phuong-sai-gon' : input.wardCode,
        emailVerified: verified ? now : null,
        consentVersion: verified ? PRIVACY_NOTICE_VERSION : null,
        consentAt: verified ? now : null,
      },
      select: { id: true, agencyId: true },
    });
    made.users.push(row.id);
    return { id: row.id, email, password: password ?? '', name, role, agencyId: row.agencyId };
  }

  async function agency(input: { code?: string; nameVi?: string; nameEn?: string } = {}) {
    const suffix = randomBytes(3).toString('hex');
    const row = await db.agency.create({
      data: {
        code: input.code ?? `TEST-${suffix}`,
        nameVi: input.nameVi ?? `Cơ quan thử ${suffix}`,
        nameEn: input.nameEn ?? `Test agency ${suffix}`,
      },
    });
    made.agencies.push(row.id);
    agencyIds.set(row.code, row.id);
    return row;
  }

  /**
   * A report as the report form leaves it: the next tracking code, routed to its category's agency,
   * due in five working days, its search title, and a CREATED event. Every column can be given.
   */
  async function report(input: ReportInput = {}) {
    const { agency: agencyCode, followers = [], createdEvent = true, ...data } = input;
    const createdAt = data.createdAt === undefined ? new Date() : new Date(data.createdAt);
    const categoryCode = data.categoryCode ?? 'giao-thong';
    const agencyIdValue =
      data.agencyId ??
      (agencyCode
        ? await agencyId(agencyCode)
        : (
            await db.reportCategory.findUniqueOrThrow({
              where: { code: categoryCode },
              select: { defaultAgencyId: true },
            })
          ).defaultAgencyId);
    const title = data.title ?? 'Ổ gà trên đường Lê Lợi';
    const [search] = await db.$queryRaw<{ t: string }[]>`SELECT lower(public.f_unaccent(${title})) AS t`;
    const authorId = data.authorId ?? null;
    const row = await db.report.create({
      data: {
        ...data,
        code: data.code ?? (await nextReportCode(db, createdAt)),
        categoryCode,
        agencyId: agencyIdValue,
        title,
        description: data.description ?? 'Ổ gà sâu trước số 12, xe máy dễ té ngã khi trời mưa.',
        wardCode: data.wardCode === undefined ? 'mau-phuong-sai-gon' : data.wardCode,
        address: data.address ?? '12 Lê Lợi',
        dueAt: data.dueAt ?? addWorkingDays(createdAt, ANSWER_WORKING_DAYS, await publicHolidays()),
        searchTitle: data.searchTitle ?? search?.t ?? '',
        authorId,
        createdAt,
        ...(createdEvent
          ? {
              events: {
                create: { kind: 'CREATED', status: 'RECEIVED', agencyId: agencyIdValue, actorId: authorId, createdAt },
              },
            }
          : {}),
        ...(followers.length ? { followers: { create: followers.map((userId) => ({ userId })) } } : {}),
      },
    });
    made.reports.push(row.id);
    return row;
  }

  /** A published procedure, written as the demo seed writes its procedures (with the search columns). */
  async function procedure(input: ProcedureInput = {}) {
    const { status, ...seed } = input;
    const suffix = randomBytes(4).toString('hex');
    const row = await db.procedure.create({
      data: {
        ...procedureRow({
          code: `9.${suffix}`,
          codeVerified: false,
          decisionNumber: '',
          slug: `thu-tuc-thu-${suffix}`,
          titleVi: `Thủ tục thử nghiệm ${suffix}`,
          titleEn: `Test procedure ${suffix}`,
          summaryVi: 'Thủ tục dùng cho kiểm thử.',
          summaryEn: 'A procedure for tests.',
          field: 'ho-tich',
          level: 'COMMUNE',
          onlineLevel: 'NONE',
          applicants: 'Công dân Việt Nam',
          implementingAgency: 'Ủy ban nhân dân phường',
          submissionPlace: 'Bộ phận một cửa',
          steps: ['Nộp hồ sơ', 'Nhận kết quả'],
          methods: [{ channel: 'IN_PERSON', processingTime: '1 ngày làm việc', fee: 'Không' }],
          documents: [{ case: '', items: [{ name: 'Tờ khai', originals: 1, copies: 0 }] }],
          result: 'Giấy xác nhận',
          conditions: '',
          legalBasis: [],
          keywords: [],
          lifeEvents: [],
          ...seed,
        } as ProcedureSeed),
        ...(status ? { status } : {}),
      },
    });
    made.procedures.push(row.id);
    return row;
  }

  /** Removes everything made through this instance (reports first: agencies cannot go while routed to). */
  async function cleanup() {
    const { reports, procedures, users, agencies } = made;
    made.reports = [];
    made.procedures = [];
    made.users = [];
    made.agencies = [];
    if (reports.length) await db.report.deleteMany({ where: { id: { in: reports } } });
    if (procedures.length) await db.procedure.deleteMany({ where: { id: { in: procedures } } });
    if (users.length) await db.user.deleteMany({ where: { id: { in: users } } });
    if (agencies.length) await db.agency.deleteMany({ where: { id: { in: agencies } } });
    for (const [code, id] of agencyIds) if (agencies.includes(id)) agencyIds.delete(code);
  }

  return { user, agency, report, procedure, agencyId, cleanup };
}

/**
 * An open consultation for the whole city, from a day ago to a day ahead, with a single-choice
 * question of three options and a 1–5 scale: what the tests and the benchmark of many residents
 * answering at once fill. Returns its id and its questions' and options' ids in order.
 */
export function loadTestConsultation(client: Client, slug: string, summary = { vi: 'Tóm tắt', en: 'Summary' }) {
  const db = client as unknown as PrismaClient;
  const now = Date.now();
  return db.consultation.create({
    data: {
      slug,
      titleVi: 'Nghìn người cùng trả lời',
      titleEn: 'A thousand people at once',
      summaryVi: summary.vi,
      summaryEn: summary.en,
      bodyVi: 'Nội dung',
      bodyEn: 'Body',
      topic: 'transport',
      opensAt: new Date(now - 86_400_000),
      closesAt: new Date(now + 86_400_000),
      status: 'PUBLISHED',
      questions: {
        create: [
          {
            position: 1,
            kind: 'SINGLE',
            textVi: 'Chọn một',
            textEn: 'Choose one',
            options: { create: [1, 2, 3].map((p) => ({ position: p, textVi: `PA ${p}`, textEn: `Option ${p}` })) },
          },
          { position: 2, kind: 'SCALE', textVi: 'Mức độ', textEn: 'How much' },
        ],
      },
    },
    select: {
      id: true,
      questions: {
        orderBy: { position: 'asc' },
        select: { id: true, options: { orderBy: { position: 'asc' }, select: { id: true } } },
      },
    },
  });
}
