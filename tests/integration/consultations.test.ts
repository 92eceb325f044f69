import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { answerField } from '@/lib/consultations/rules';
import { submitResponse } from '@/server/consultations/respond';
import { countResults, resultsFor } from '@/server/consultations/results';
import { consultationBySlug, listConsultations } from '@/server/consultations/queries';
import { createTestData, type TestUser } from '../support/data';
import { errorOf } from '../support/errors';

// Public consultations against real PostgreSQL: one response per person under concurrency, every
// refusal changing nothing, sealed results (query, CSV, JSON), and counts equal to what is stored.
// The session and the request's locale are given to the action and the handler, as Next.js would.

const session = vi.hoisted(() => ({ user: null as null | { id: string } }));
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

const { answerAction } = await import('@/server/consultations/actions');
const { GET: resultsRoute } = await import('@/app/api/consultations/[slug]/results/route');

const DAY = 86_400_000;
const testData = createTestData(db);
const tag = randomBytes(3).toString('hex');
const made: string[] = [];

type Made = { id: string; slug: string; q: { single: string; multi: string; text: string }; o: string[][] };

/** A published consultation with a single-choice, a multiple-choice (max 2) and an optional text question. */
async function consultation(
  name: string,
  {
    opensIn = -1,
    closesIn = 10,
    wards = [] as string[],
    resultsRule = 'SEALED_UNTIL_CLOSE' as 'SEALED_UNTIL_CLOSE' | 'AFTER_ANSWER',
  } = {},
): Promise<Made> {
  const now = Date.now();
  const slug = `thu-${name}-${tag}`;
  const row = await db.consultation.create({
    data: {
      slug,
      titleVi: `Lấy ý kiến thử ${name}`,
      titleEn: `Test consultation ${name}`,
      summaryVi: 'Tóm tắt',
      summaryEn: 'Summary',
      bodyVi: 'Nội dung',
      bodyEn: 'Body',
      topic: 'transport',
      opensAt: new Date(now + opensIn * DAY),
      closesAt: new Date(now + closesIn * DAY),
      resultsRule,
      status: 'PUBLISHED',
      wards: { create: wards.map((wardCode) => ({ wardCode })) },
      questions: {
        create: [
          {
            position: 1,
            kind: 'SINGLE',
            textVi: 'Chọn một',
            textEn: 'Choose one',
            options: {
              create: [1, 2, 3].map((p) => ({ position: p, textVi: `Phương án ${p}`, textEn: `Option ${p}` })),
            },
          },
          {
            position: 2,
            kind: 'MULTIPLE',
            maxChoices: 2,
            textVi: 'Chọn tối đa hai',
            textEn: 'Choose up to two',
            options: { create: [1, 2, 3].map((p) => ({ position: p, textVi: `Mục ${p}`, textEn: `Item ${p}` })) },
          },
          { position: 3, kind: 'TEXT', required: false, maxLength: 200, textVi: 'Góp ý', textEn: 'Comments' },
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
  const [single, multi, text] = row.questions;
  return {
    id: row.id,
    slug,
    q: { single: single!.id, multi: multi!.id, text: text!.id },
    o: row.questions.map((q) => q.options.map((o) => o.id)),
  };
}

/** A valid answer: option `a` of the first question, options `b` of the second. */
const answer = (c: Made, a = 0, b: number[] = [0], text?: string) => ({
  [answerField(c.q.single)]: c.o[0]![a]!,
  ...Object.fromEntries(b.map((i) => [answerField(c.q.multi, c.o[1]![i]!), 'on'])),
  ...(text ? { [answerField(c.q.text)]: text } : {}),
});

const stored = async (consultationId: string) =>
  db.consultationResponse.findMany({
    where: { consultationId },
    select: { userId: true, receiptCode: true, answers: { select: { questionId: true, optionId: true, text: true } } },
  });

let resident: TestUser;

beforeAll(async () => {
  await seed(db as never);
  resident = await testData.user({ wardCode: 'mau-phuong-sai-gon' });
});

afterAll(async () => {
  await db.consultation.deleteMany({ where: { id: { in: made } } });
  await testData.cleanup();
});

describe('one response per person', () => {
  it('50 submissions at once from one account leave exactly one response, with one set of answers', async () => {
    const c = await consultation('dong-thoi');
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        submitResponse({ userId: resident.id, slug: c.slug, values: answer(c, i % 3) }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThan(0);
    for (const r of results) if (r.status === 'rejected') expect(String(r.reason)).not.toMatch(/P2002|Unique/);
    const rows = await stored(c.id);
    expect(rows).toHaveLength(1);
    // One answer to the first question and one to the second: never two submissions mixed.
    expect(rows[0]!.answers.filter((a) => a.questionId === c.q.single)).toHaveLength(1);
    expect(rows[0]!.answers.filter((a) => a.questionId === c.q.multi)).toHaveLength(1);
    expect(await db.consultationResponse.count({ where: { consultationId: c.id, userId: resident.id } })).toBe(1);
  });

  it('the database refuses a second response row for the same person', async () => {
    const c = await consultation('khoa');
    await submitResponse({ userId: resident.id, slug: c.slug, values: answer(c) });
    await expect(
      db.consultationResponse.create({
        data: { consultationId: c.id, userId: resident.id, receiptCode: `YK-TEST-${tag}` },
      }),
    ).rejects.toMatchObject({ code: 'P2002' });
  });

  it('changing an answer replaces it whole, and the counts equal the stored responses', async () => {
    const c = await consultation('sua', { resultsRule: 'AFTER_ANSWER' });
    const others = await Promise.all([0, 1, 2].map(() => testData.user()));
    const first = await submitResponse({
      userId: resident.id,
      slug: c.slug,
      values: answer(c, 0, [0, 1], 'Ý kiến đầu'),
    });
    for (const [i, o] of others.entries())
      await submitResponse({ userId: o.id, slug: c.slug, values: answer(c, i % 2, [2]) });
    const second = await submitResponse({ userId: resident.id, slug: c.slug, values: answer(c, 2, [2]) });
    expect(second.replaced).toBe(true);
    expect(second.receiptCode).not.toBe(first.receiptCode);
    expect(second.createdAt).toEqual(first.createdAt);

    const rows = await stored(c.id);
    expect(rows).toHaveLength(4);
    const mine = rows.find((r) => r.userId === resident.id)!;
    expect(mine.answers.map((a) => a.optionId).sort()).toEqual([c.o[0]![2], c.o[1]![2]].sort());
    expect(mine.answers.some((a) => a.text)).toBe(false);

    const detail = (await consultationBySlug(c.slug))!;
    const results = await countResults(detail);
    expect(results.respondents).toBe(4);
    const single = results.questions[0]!;
    expect(single.answered).toBe(4);
    expect(single.rows.map((r) => r.count)).toEqual([
      rows.filter((r) => r.answers.some((a) => a.optionId === c.o[0]![0])).length,
      rows.filter((r) => r.answers.some((a) => a.optionId === c.o[0]![1])).length,
      rows.filter((r) => r.answers.some((a) => a.optionId === c.o[0]![2])).length,
    ]);
    expect(single.rows.map((r) => r.count)).toEqual([2, 1, 1]);
    expect(single.rows[0]!.percent).toBe(50);
    expect(results.questions[1]!.rows.map((r) => r.count)).toEqual([0, 0, 4]);
    // Four people in one ward: under five, so the ward breakdown shows no group.
    expect(results.wards).toEqual({ shown: [], hiddenGroups: 1, hiddenRespondents: 4 });
  });
});

describe('refusals change nothing', () => {
  const refused = async (c: Made, userId: string, values = answer(c)) => {
    const before = await stored(c.id);
    const error = await errorOf(submitResponse({ userId, slug: c.slug, values }));
    expect(await stored(c.id)).toEqual(before);
    return error;
  };

  it('after closing', async () => {
    const c = await consultation('da-dong', { opensIn: -10, closesIn: -1 });
    expect((await refused(c, resident.id)).error.code).toBe('consultationClosed');
  });

  it('before opening', async () => {
    const c = await consultation('chua-mo', { opensIn: 2, closesIn: 10 });
    expect((await refused(c, resident.id)).error.code).toBe('consultationNotOpen');
  });

  it('outside the ward scope, and without a ward', async () => {
    const c = await consultation('phuong', { wards: ['mau-phuong-thu-duc'] });
    expect((await refused(c, resident.id)).error.code).toBe('consultationWardOutside');
    const noWard = await testData.user({ wardCode: null });
    expect((await refused(c, noWard.id)).error.code).toBe('consultationWardOutside');
    const inside = await testData.user({ wardCode: 'mau-phuong-thu-duc' });
    await submitResponse({ userId: inside.id, slug: c.slug, values: answer(c) });
    expect(await stored(c.id)).toHaveLength(1);
  });

  it('an account whose email is not verified', async () => {
    const c = await consultation('chua-xac-thuc');
    const unverified = await testData.user({ verified: false });
    const error = await refused(c, unverified.id);
    expect(error.error.code).toBe('email_unverified');
    expect(error.status).toBe(403);
  });

  it('an option of another question, and an answer that breaks a rule, by field', async () => {
    const c = await consultation('lua-chon');
    const foreign = await refused(c, resident.id, { ...answer(c), [answerField(c.q.single)]: c.o[1]![0]! });
    expect(foreign.details.fields).toEqual({ [answerField(c.q.single)]: [{ code: 'consultationOptionUnknown' }] });
    const stray = await refused(c, resident.id, { ...answer(c), [answerField(c.q.multi, c.o[0]![1]!)]: 'on' });
    expect(stray.details.fields?.[answerField(c.q.multi)]?.[0]?.code).toBe('consultationOptionUnknown');
    const tooMany = await refused(c, resident.id, answer(c, 0, [0, 1, 2]));
    expect(tooMany.details.fields?.[answerField(c.q.multi)]).toEqual([
      { code: 'consultationTooManyChoices', params: { max: 2 } },
    ]);
  });

  it('a change after an earlier answer is refused whole, keeping the earlier one', async () => {
    const c = await consultation('giu-nguyen');
    await submitResponse({ userId: resident.id, slug: c.slug, values: answer(c, 1) });
    await refused(c, resident.id, { ...answer(c, 0), [answerField(c.q.single)]: 'khong-co' });
    expect((await stored(c.id))[0]!.answers.find((a) => a.questionId === c.q.single)!.optionId).toBe(c.o[0]![1]);
  });

  it('the form action answers field errors with the typed values, and redirects to the receipt on success', async () => {
    const c = await consultation('bieu-mau');
    session.user = { id: resident.id };
    try {
      const form = (values: Record<string, string>) => {
        const data = new FormData();
        for (const [k, v] of Object.entries(values)) data.set(k, v);
        return data;
      };
      const state = await answerAction(c.slug, { ok: false }, form({ [answerField(c.q.multi, c.o[1]![0]!)]: 'on' }));
      expect(state.ok).toBe(false);
      expect(state.fieldErrors?.[answerField(c.q.single)]).toEqual([
        { code: 'consultationAnswerRequired', field: answerField(c.q.single) },
      ]);
      expect(state.values?.[answerField(c.q.multi, c.o[1]![0]!)]).toBe('on');
      expect(await stored(c.id)).toHaveLength(0);

      const redirected = await answerAction(c.slug, { ok: false }, form(answer(c))).catch((e: unknown) => e);
      expect(String((redirected as { digest?: string }).digest)).toContain(`/vi/lay-y-kien/${c.slug}?answered=1`);
      expect(await stored(c.id)).toHaveLength(1);
    } finally {
      session.user = null;
    }
  });
});

describe('sealed results', () => {
  const download = (slug: string, format: 'csv' | 'json') =>
    resultsRoute(new Request(`http://localhost:3000/api/consultations/${slug}/results?format=${format}&lang=vi`), {
      params: Promise.resolve({ slug }),
    });

  it('cannot be read before closing: the page query, CSV and JSON', async () => {
    const c = await consultation('niem-phong');
    await submitResponse({ userId: resident.id, slug: c.slug, values: answer(c) });
    expect((await errorOf(resultsFor(c.slug, null))).error.code).toBe('consultationResultsSealed');
    // Even the person who answered: this one stays sealed until it closes.
    expect((await errorOf(resultsFor(c.slug, resident.id))).error.code).toBe('consultationResultsSealed');
    session.user = { id: resident.id };
    try {
      for (const format of ['csv', 'json'] as const) {
        const res = await download(c.slug, format);
        expect(res.status).toBe(403);
        const error = await errorOf(res);
        expect(error.code).toBe('consultationResultsSealed');
        expect(error.message).toBe('Kết quả được công bố khi đợt lấy ý kiến kết thúc.');
      }
    } finally {
      session.user = null;
    }
  });

  it('AFTER_ANSWER opens them to a person who answered, and to nobody else before closing', async () => {
    const c = await consultation('sau-tra-loi', { resultsRule: 'AFTER_ANSWER' });
    await submitResponse({ userId: resident.id, slug: c.slug, values: answer(c) });
    const stranger = await testData.user();
    expect((await errorOf(resultsFor(c.slug, stranger.id))).error.code).toBe('consultationResultsSealed');
    expect((await resultsFor(c.slug, resident.id)).results.respondents).toBe(1);
    session.user = { id: resident.id };
    try {
      const res = await download(c.slug, 'json');
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
    } finally {
      session.user = null;
    }
    expect((await download(c.slug, 'json')).status).toBe(403);
  });

  it('after closing: counted in SQL, downloadable without personal data', async () => {
    const c = await consultation('ket-qua');
    await submitResponse({ userId: resident.id, slug: c.slug, values: answer(c, 1, [0, 2], 'Ý kiến riêng') });
    await db.consultation.update({ where: { id: c.id }, data: { closesAt: new Date(Date.now() - 1000) } });
    const { results } = await resultsFor(c.slug, null);
    expect(results.questions[0]!.rows.map((r) => r.count)).toEqual([0, 1, 0]);
    // The written answer waits for moderation: counted, not shown.
    expect(results.questions[2]!.texts).toEqual({ written: 1, shown: [] });

    const json = await download(c.slug, 'json');
    expect(json.status).toBe(200);
    const body = await json.text();
    expect(body).not.toContain(resident.id);
    expect(body).not.toContain(resident.email);
    expect(body).not.toContain('Ý kiến riêng');
    expect(body).not.toMatch(/YK-[A-Z0-9]{4}-/);
    const csv = await (await download(c.slug, 'csv')).text();
    expect(csv).toContain('Phương án 2,1,100');
    expect(csv).not.toContain(resident.email);
  });

  it('a closed consultation is counted once a minute at most, and again when it is closed at another time', async () => {
    const c = await consultation('dem-mot-lan');
    await submitResponse({ userId: resident.id, slug: c.slug, values: answer(c, 1, [0], '') });
    const closedAt = new Date(Date.now() - 1000);
    await db.consultation.update({ where: { id: c.id }, data: { closesAt: closedAt } });
    expect((await resultsFor(c.slug, null)).results.respondents).toBe(1);
    // A response the portal would never store after closing, written behind its back: the kept
    // counts do not see it, which shows they are not counted again for every page.
    const late = await testData.user();
    await db.consultationResponse.create({
      data: { consultationId: c.id, userId: late.id, receiptCode: `YK-LATE-${tag.toUpperCase()}` },
    });
    expect((await resultsFor(c.slug, null)).results.respondents).toBe(1);
    // Closed at another time (closing early moves the date): counted again.
    await db.consultation.update({ where: { id: c.id }, data: { closesAt: new Date(closedAt.getTime() - 60_000) } });
    expect((await resultsFor(c.slug, null)).results.respondents).toBe(2);
  });

  it('the demo data: closed results with a ward breakdown that hides groups under five', async () => {
    const { results } = await resultsFor('gio-vao-hoc-tieu-hoc', null);
    expect(results.respondents).toBe(152);
    expect(results.wards.shown.every((w) => w.respondents >= 5)).toBe(true);
    expect(results.wards.hiddenGroups).toBeGreaterThan(0);
    const sum = results.wards.shown.reduce((s, w) => s + w.respondents, 0) + results.wards.hiddenRespondents;
    expect(sum).toBe(152);
    await expect(resultsFor('quy-dinh-su-dung-tam-thoi-via-he', null)).rejects.toMatchObject({ status: 403 });
    const list = await listConsultations({}, 1);
    expect(list.open.map((c) => c.slug)).toContain('quy-dinh-su-dung-tam-thoi-via-he');
    expect(list.upcoming.map((c) => c.slug)).toContain('phan-loai-rac-tai-nguon-2027');
    expect(
      list.closed.find((c) => c.slug === 'dat-ten-duong-khu-do-thi-moi-thu-thiem')?.outcomePublishedAt,
    ).toBeTruthy();
    const byWard = await listConsultations({ ward: 'mau-phuong-go-vap', topic: 'transport' }, 1);
    expect(byWard.open.map((c) => c.slug)).not.toContain('tuyen-xe-buyt-thu-duc-ben-thanh');
  });
});
