import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { answerField } from '@/lib/consultations/rules';
import { submitResponse } from '@/server/consultations/respond';
import { publishOutcome } from '@/server/consultations/admin';
import { consultationBySlug } from '@/server/consultations/queries';
import { checkReceipt, receiptHash } from '@/server/consultations/tally';
import { createTestData, type TestUser } from '../support/data';
import { errorOf } from '../support/errors';
import { csvResponses, parseCsv, recount, type TallyJson } from '../support/tally';

// The published tally of a consultation (docs/decisions/023) against real PostgreSQL: nothing
// before closing; after closing, a file anyone can recount to the published numbers, with each
// response named by its receipt's hash; the officials' full export, audit-logged; and residents
// who answered told once when the outcome is published.

const session = vi.hoisted(() => ({ user: null as null | { id: string; role: string } }));
vi.mock('@/server/session', () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => {
    if (!session.user) throw new Error('NEXT_REDIRECT sign-in');
    return session.user;
  },
}));
vi.mock('@/server/auth', () => ({
  signIn: async () => undefined,
  signOut: async () => undefined,
  auth: async () => null,
}));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'vi' }));

const { GET: tallyRoute } = await import('@/app/api/consultations/[slug]/tally/route');
const { GET: resultsRoute } = await import('@/app/api/consultations/[slug]/results/route');
const { GET: exportRoute } = await import('@/app/api/admin/consultations/[id]/responses/route');

const DAY = 86_400_000;
const testData = createTestData(db);
const tag = randomBytes(3).toString('hex');
const made: string[] = [];

type Made = { id: string; slug: string; q: string[]; o: string[][] };

/** A published consultation with one question of each kind. */
async function consultation(name: string, resultsRule: 'SEALED_UNTIL_CLOSE' | 'AFTER_ANSWER' = 'SEALED_UNTIL_CLOSE') {
  const slug = `kiem-phieu-${name}-${tag}`;
  const opts = (n: number, p: string) =>
    Array.from({ length: n }, (_, i) => ({ position: i + 1, textVi: `${p} ${i + 1}`, textEn: `${p} ${i + 1}` }));
  const row = await db.consultation.create({
    data: {
      slug,
      titleVi: `Kiểm phiếu ${name}`,
      titleEn: `Tally ${name}`,
      summaryVi: 'Tóm tắt',
      summaryEn: 'Summary',
      bodyVi: 'Nội dung',
      bodyEn: 'Body',
      topic: 'transport',
      opensAt: new Date(Date.now() - DAY),
      closesAt: new Date(Date.now() + 10 * DAY),
      resultsRule,
      status: 'PUBLISHED',
      questions: {
        create: [
          { position: 1, kind: 'SINGLE', textVi: 'Một', textEn: 'One', options: { create: opts(3, 'A') } },
          {
            position: 2,
            kind: 'MULTIPLE',
            maxChoices: 2,
            required: false,
            textVi: 'Nhiều',
            textEn: 'Many',
            options: { create: opts(3, 'B') },
          },
          { position: 3, kind: 'SCALE', textVi: 'Thang', textEn: 'Scale' },
          {
            position: 4,
            kind: 'RANKING',
            maxChoices: 3,
            required: false,
            textVi: 'Xếp hạng',
            textEn: 'Rank',
            options: { create: opts(4, 'C') },
          },
          { position: 5, kind: 'TEXT', required: false, maxLength: 300, textVi: 'Góp ý', textEn: 'Comments' },
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
  made.push(row.id);
  return {
    id: row.id,
    slug,
    q: row.questions.map((q) => q.id),
    o: row.questions.map((q) => q.options.map((o) => o.id)),
  } satisfies Made;
}

/** The i-th person's answers: varied so that every count differs, some questions left out. */
function answerOf(c: Made, i: number, text?: string): Record<string, string> {
  const values: Record<string, string> = {
    [answerField(c.q[0]!)]: c.o[0]![i % 3]!,
    [answerField(c.q[2]!)]: String((i % 5) + 1),
  };
  if (i % 4 !== 0) values[answerField(c.q[1]!, c.o[1]![i % 3]!)] = 'on';
  if (i % 4 === 1) values[answerField(c.q[1]!, c.o[1]![(i + 1) % 3]!)] = 'on';
  if (i % 3 !== 0) {
    values[answerField(c.q[3]!, c.o[3]![i % 4]!)] = '1';
    values[answerField(c.q[3]!, c.o[3]![(i + 1) % 4]!)] = '2';
  }
  if (text) values[answerField(c.q[4]!)] = text;
  return values;
}

const close = (c: Made) =>
  db.consultation.update({ where: { id: c.id }, data: { closesAt: new Date(Date.now() - 1000) } });

const tally = (slug: string, format: 'csv' | 'json') =>
  tallyRoute(new Request(`http://localhost:3000/api/consultations/${slug}/tally?format=${format}&lang=vi`), {
    params: Promise.resolve({ slug }),
  });
const exported = (id: string, format: 'csv' | 'json') =>
  exportRoute(new Request(`http://localhost:3000/api/admin/consultations/${id}/responses?format=${format}`), {
    params: Promise.resolve({ id }),
  });

let people: TestUser[];
let editor: TestUser<'EDITOR'>;

beforeAll(async () => {
  await seed(db as never);
  editor = await testData.user({ role: 'EDITOR' });
  people = await Promise.all(Array.from({ length: 12 }, () => testData.user({ wardCode: 'mau-phuong-sai-gon' })));
});

afterAll(async () => {
  await db.consultation.deleteMany({ where: { id: { in: made } } });
  await testData.cleanup();
});

describe('before closing', () => {
  it('the tally, the receipt check and the officials’ sealed export are refused, whatever the results rule', async () => {
    for (const rule of ['SEALED_UNTIL_CLOSE', 'AFTER_ANSWER'] as const) {
      const c = await consultation(`mo-${rule.toLowerCase().replace(/_/g, '-')}`, rule);
      const { receiptCode } = await submitResponse({ userId: people[0]!.id, slug: c.slug, values: answerOf(c, 1) });
      session.user = { id: people[0]!.id, role: 'CITIZEN' };
      try {
        for (const format of ['csv', 'json'] as const) {
          const res = await tally(c.slug, format);
          expect(res.status).toBe(403);
          expect((await errorOf(res)).code).toBe('consultationResultsSealed');
        }
      } finally {
        session.user = null;
      }
      const detail = (await consultationBySlug(c.slug))!;
      expect((await errorOf(checkReceipt(detail, receiptCode))).error.code).toBe('consultationResultsSealed');
      if (rule === 'SEALED_UNTIL_CLOSE') {
        session.user = { id: editor.id, role: 'EDITOR' };
        try {
          const res = await exported(c.id, 'csv');
          expect(res.status).toBe(403);
          expect((await errorOf(res)).code).toBe('consultationResultsSealed');
        } finally {
          session.user = null;
        }
      }
    }
  });
});

describe('after closing', () => {
  let c: Made;
  const receipts: string[] = [];

  beforeAll(async () => {
    c = await consultation('dong');
    for (const [i, p] of people.entries()) {
      const r = await submitResponse({
        userId: p.id,
        slug: c.slug,
        values: answerOf(c, i, i % 2 ? `Ý kiến số ${i}, "có dấu phẩy"` : undefined),
      });
      receipts.push(r.receiptCode);
    }
    // One person changes their answer: only the latest receipt counts.
    const changed = await submitResponse({ userId: people[0]!.id, slug: c.slug, values: answerOf(c, 5) });
    receipts[0] = changed.receiptCode;
    await close(c);
  });

  it('anyone can download the tally and recount the published numbers from it, as CSV and as JSON', async () => {
    const published = (await (
      await resultsRoute(new Request(`http://localhost:3000/api/consultations/${c.slug}/results?format=json`), {
        params: Promise.resolve({ slug: c.slug }),
      })
    ).json()) as {
      respondents: number;
      questions: {
        position: number;
        answered: number;
        results: { count: number; firstPlace?: number }[];
        written?: number;
      }[];
    };
    expect(published.respondents).toBe(people.length);

    const jsonRes = await tally(c.slug, 'json');
    expect(jsonRes.status).toBe(200);
    expect(jsonRes.headers.get('cache-control')).toBe('public, max-age=300');
    const json = (await jsonRes.json()) as TallyJson;
    const csvRes = await tally(c.slug, 'csv');
    expect(csvRes.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csv = await csvRes.text();

    for (const responses of [json.responses, csvResponses(csv, json.questions)]) {
      expect(responses).toHaveLength(published.respondents);
      const counted = recount(json.questions, responses);
      for (const q of published.questions) {
        const mine = counted.find((r) => r.number === q.position)!;
        expect(mine.answered).toBe(q.answered);
        if (q.written !== undefined) expect(mine.written).toBe(q.written);
        expect(Object.values(mine.counts)).toEqual(q.results.map((r) => r.count));
        if (q.results[0]?.firstPlace !== undefined)
          expect(Object.values(mine.firstPlace)).toEqual(q.results.map((r) => r.firstPlace));
      }
    }
    // The recount means something: the questions were answered unevenly.
    expect(new Set(published.questions[0]!.results.map((r) => r.count)).size).toBeGreaterThan(1);
    expect(new Set(published.questions[2]!.results.map((r) => r.count)).size).toBeGreaterThan(1);

    // Each counted receipt is in the file by its hash, and no receipt code, person or text is.
    const hashes = new Set(json.responses.map((r) => r.receiptSha256));
    expect([...hashes].sort()).toEqual(receipts.map(receiptHash).sort());
    for (const file of [JSON.stringify(json), csv]) {
      expect(file).not.toMatch(/YK-[A-Z0-9]{4}-[A-Z0-9]{4}/);
      expect(file).not.toContain('Ý kiến số');
      for (const p of people) {
        expect(file).not.toContain(p.id);
        expect(file).not.toContain(p.email);
      }
      expect(file).not.toContain('mau-phuong-sai-gon');
    }
    // Lines are in hash order: the file does not tell who answered first.
    const lines = parseCsv(csv)
      .slice(1)
      .map((l) => l[0]!);
    expect(lines).toEqual([...lines].sort());
  });

  it('checks a receipt code: counted, an old replaced one not, and a malformed one explained', async () => {
    const detail = (await consultationBySlug(c.slug))!;
    const code = receipts[3]!;
    expect(await checkReceipt(detail, code)).toEqual({ status: 'counted', hash: receiptHash(code) });
    // Typed in lower case without dashes, as people do.
    expect((await checkReceipt(detail, code.toLowerCase().replace(/-/g, ''))).status).toBe('counted');
    expect((await checkReceipt(detail, 'YK-AAAA-AAAA')).status).toBe('not-found');
    expect((await checkReceipt(detail, 'hello')).status).toBe('invalid');
    // A receipt of another consultation is not counted here.
    const other = await consultation('khac');
    const theirs = await submitResponse({ userId: people[1]!.id, slug: other.slug, values: answerOf(other, 0) });
    expect((await checkReceipt(detail, theirs.receiptCode)).status).toBe('not-found');
  });

  it('officials export the full anonymous table with written answers and their moderation, audit-logged', async () => {
    // A moderator lets one written answer through and keeps another hidden.
    const texts = await db.consultationAnswer.findMany({
      where: { questionId: c.q[4]!, text: { not: null } },
      orderBy: { id: 'asc' },
      select: { id: true, text: true },
    });
    await db.consultationAnswer.update({
      where: { id: texts[0]!.id },
      data: { visible: true, moderatedAt: new Date() },
    });
    await db.consultationAnswer.update({ where: { id: texts[1]!.id }, data: { moderatedAt: new Date() } });

    for (const [user, status] of [
      [null, 401],
      [people[0]!, 403],
      [await testData.user({ role: 'OFFICIAL', agency: 'SO-XD' }), 403],
    ] as const) {
      session.user = user ? { id: user.id, role: user.role } : null;
      try {
        expect((await exported(c.id, 'csv')).status).toBe(status);
      } finally {
        session.user = null;
      }
    }
    expect(await db.auditLog.count({ where: { entityId: c.id, action: 'consultation.export' } })).toBe(0);

    session.user = { id: editor.id, role: 'EDITOR' };
    try {
      const res = await exported(c.id, 'csv');
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      const rows = parseCsv(await res.text());
      expect(rows[0]).toEqual(['ma_bien_nhan_sha256', 'ma_phuong', 'q1', 'q2', 'q3', 'q4', 'q5', 'q5_kiem_duyet']);
      expect(rows).toHaveLength(people.length + 1);
      const byText = new Map(rows.slice(1).map((r) => [r[6], r[7]]));
      expect(byText.get(texts[0]!.text!)).toBe('shown');
      expect(byText.get(texts[1]!.text!)).toBe('hidden');
      expect(byText.get(texts[2]!.text!)).toBe('pending');
      expect(rows.slice(1).every((r) => r[1] === 'mau-phuong-sai-gon')).toBe(true);

      const json = await (await exported(c.id, 'json')).text();
      for (const p of people) {
        expect(json).not.toContain(p.id);
        expect(json).not.toContain(p.email);
      }
      expect(json).not.toMatch(/YK-[A-Z0-9]{4}-[A-Z0-9]{4}/);
      const parsed = JSON.parse(json) as { responses: { answers: Record<string, unknown> }[] };
      expect(parsed.responses.filter((r) => r.answers['5'] !== null)).toHaveLength(texts.length);
    } finally {
      session.user = null;
    }
    const logged = await db.auditLog.findMany({ where: { entityId: c.id, action: 'consultation.export' } });
    expect(logged).toHaveLength(2);
    expect(logged[0]!.actorId).toBe(editor.id);
    expect(logged.map((l) => (l.after as { format: string }).format).sort()).toEqual(['csv', 'json']);
  });

  it('tells each resident who answered, once, in the portal and by email, when the outcome is published', async () => {
    const outsider = await testData.user();
    const outcome = { id: c.id, outcomeVi: 'Chúng tôi đã nghe và quyết định.', outcomeEn: 'We heard and decided.' };
    await publishOutcome(editor, outcome);
    const notes = await db.notification.findMany({
      where: { userId: { in: [...people.map((p) => p.id), outsider.id] }, kind: 'consultationOutcome' },
      select: { userId: true, params: true, readAt: true },
    });
    expect(notes.map((n) => n.userId).sort()).toEqual(people.map((p) => p.id).sort());
    expect(notes[0]!.params).toEqual({ slug: c.slug, titleVi: 'Kiểm phiếu dong', titleEn: 'Tally dong' });
    expect(notes.every((n) => n.readAt === null)).toBe(true);
    const mail = await db.outboxMail.findMany({ where: { to: people[2]!.email } });
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe('Kết quả lấy ý kiến: Kiểm phiếu dong');
    expect(mail[0]!.text).toContain(`/vi/lay-y-kien/${c.slug}`);
    expect(mail[0]!.text).toContain(`/en/consultations/${c.slug}`);
    expect(await db.outboxMail.count({ where: { to: outsider.email } })).toBe(0);

    // A corrected outcome tells nobody again.
    await publishOutcome(editor, { ...outcome, outcomeEn: 'We heard, and we decided.' });
    expect(await db.notification.count({ where: { userId: people[2]!.id, kind: 'consultationOutcome' } })).toBe(1);
    expect(await db.outboxMail.count({ where: { to: people[2]!.email } })).toBe(1);
  });
});

describe('the question builder’s ward picker', () => {
  const cityTime = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
  const post = async (slug: string, wards: string[]) => {
    const { saveConsultationAction } = await import('@/server/consultations/admin-actions');
    const data = new FormData();
    for (const [k, v] of Object.entries({
      slug,
      titleVi: 'Chọn phường',
      titleEn: 'Ward picker',
      summaryVi: 'Tóm tắt',
      summaryEn: 'Summary',
      bodyVi: 'Nội dung',
      bodyEn: 'Body',
      topic: 'transport',
      opensAt: cityTime(new Date(Date.now() + DAY)),
      closesAt: cityTime(new Date(Date.now() + 5 * DAY)),
      resultsRule: 'SEALED_UNTIL_CLOSE',
    }))
      data.append(k, v);
    // One `wards` value per ticked box, as the form posts them without JavaScript.
    for (const w of wards) data.append('wards', w);
    session.user = { id: editor.id, role: 'EDITOR' };
    try {
      return await saveConsultationAction({ ok: false }, data).catch((e: unknown) => e);
    } finally {
      session.user = null;
    }
  };

  it('limits the consultation to exactly the wards ticked, and refuses an unknown one by field, storing nothing', async () => {
    const slug = `chon-phuong-${tag}`;
    const saved = await post(slug, ['mau-phuong-sai-gon', 'mau-phuong-thu-duc']);
    expect(String((saved as { digest?: string }).digest)).toContain('NEXT_REDIRECT');
    const row = await db.consultation.findUniqueOrThrow({
      where: { slug },
      select: { id: true, wards: { select: { wardCode: true }, orderBy: { wardCode: 'asc' } } },
    });
    made.push(row.id);
    expect(row.wards.map((w) => w.wardCode)).toEqual(['mau-phuong-sai-gon', 'mau-phuong-thu-duc']);

    const refused = (await post(`chon-phuong-sai-${tag}`, ['mau-phuong-sai-gon', 'khong-co-phuong-nay'])) as {
      ok: boolean;
      fieldErrors?: Record<string, { code: string }[]>;
      values?: Record<string, string>;
    };
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors?.wards?.[0]?.code).toBe('consultationWardUnknown');
    // The ticked boxes come back ticked.
    expect(refused.values?.wards).toBe('mau-phuong-sai-gon,khong-co-phuong-nay');
    expect(await db.consultation.count({ where: { slug: `chon-phuong-sai-${tag}` } })).toBe(0);
  });
});
