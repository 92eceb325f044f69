import { randomBytes } from 'node:crypto';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { HOME_POLL_SLUG } from '@/prisma/seed/consultation-extras';
import { COMMENT_LIMIT } from '@/lib/consultations/comments';
import { moderateComment, postComment, publicComments, reportComment } from '@/server/consultations/comments';
import { pollAt } from '@/server/consultations/polls';
import { resultsFor } from '@/server/consultations/results';
import { saveSettings } from '@/server/consultations/settings';
import { consultationSettingsSchema } from '@/lib/validation/consultation-comments';
import { createTestData, type TestUser } from '../support/data';
import { errorOf } from '../support/errors';

// Comments, quick polls and the Atom feed of consultations against real PostgreSQL: who may
// comment, report and moderate (audit-logged), the rate limit, refusals that store nothing; a quick
// poll answered by a plain form post with the consultation's one-answer and sealing rules; the feed
// read back by a feed parser. Sessions are given to the actions and handlers as Next.js would.

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

const actions = await import('@/server/consultations/comment-actions');
const { POST: pollRoute } = await import('@/app/api/consultations/[slug]/poll/route');
const { GET: feedRoute } = await import('@/app/[locale]/consultations/atom/route');

const ORIGIN = 'http://localhost:3000';
const DAY = 86_400_000;
const testData = createTestData(db);
const tag = randomBytes(3).toString('hex');
const made: string[] = [];

let resident: TestUser;
let other: TestUser;
let editor: TestUser<'EDITOR'>;

async function consultation(
  name: string,
  {
    opensIn = -1,
    closesIn = 10,
    commentsEnabled = true,
    kind = 'CONSULTATION' as 'CONSULTATION' | 'POLL',
    placement = null as string | null,
    resultsRule = 'SEALED_UNTIL_CLOSE' as 'SEALED_UNTIL_CLOSE' | 'AFTER_ANSWER',
    status = 'PUBLISHED' as 'PUBLISHED' | 'DRAFT',
  } = {},
) {
  const now = Date.now();
  const row = await db.consultation.create({
    data: {
      slug: `thu-bl-${name}-${tag}`,
      titleVi: `Thử ${name}`,
      titleEn: `Test ${name}`,
      summaryVi: 'Tóm tắt',
      summaryEn: 'Summary',
      bodyVi: 'Nội dung',
      bodyEn: 'Body',
      topic: 'transport',
      opensAt: new Date(now + opensIn * DAY),
      closesAt: new Date(now + closesIn * DAY),
      commentsEnabled,
      kind,
      placement,
      resultsRule,
      status,
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
        ],
      },
    },
    select: {
      id: true,
      slug: true,
      questions: { select: { id: true, options: { orderBy: { position: 'asc' }, select: { id: true } } } },
    },
  });
  made.push(row.id);
  return { id: row.id, slug: row.slug, options: row.questions[0]!.options.map((o) => o.id) };
}

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};

beforeAll(async () => {
  await seed(db as never);
  resident = await testData.user();
  other = await testData.user();
  editor = await testData.user({ role: 'EDITOR' });
});

afterAll(async () => {
  await db.consultation.deleteMany({ where: { id: { in: made } } });
  await testData.cleanup();
});

describe('comments', () => {
  it('a verified resident comments on an open consultation; the comment is listed', async () => {
    const c = await consultation('dang');
    const saved = await postComment({
      userId: resident.id,
      consultationId: c.id,
      body: '  Ý kiến\u200b về lối đi bộ  ',
    });
    const list = await publicComments(c.id, 1, other.id);
    expect(list.total).toBe(1);
    expect(list.comments[0]).toMatchObject({ id: saved.id, body: 'Ý kiến về lối đi bộ', mine: false });
  });

  it('is refused, storing nothing: comments off, not open, closed, unverified, a draft', async () => {
    const off = await consultation('tat', { commentsEnabled: false });
    const upcoming = await consultation('sap', { opensIn: 2 });
    const closed = await consultation('dong', { opensIn: -5, closesIn: -1 });
    const draft = await consultation('nhap', { status: 'DRAFT' });
    const unverified = await testData.user({ verified: false });
    const cases: [string, string, string, number][] = [
      [off.id, resident.id, 'consultationCommentsOff', 409],
      [upcoming.id, resident.id, 'consultationNotOpen', 409],
      [closed.id, resident.id, 'consultationClosed', 409],
      [draft.id, resident.id, 'not_found', 404],
      [off.id.replace(/.$/, '#'), resident.id, 'not_found', 404],
    ];
    for (const [consultationId, userId, code, status] of cases) {
      const e = await errorOf(postComment({ userId, consultationId, body: 'Bình luận' }));
      expect([e.error.code, e.status]).toEqual([code, status]);
    }
    const c = await consultation('chua-xac-thuc');
    const e = await errorOf(postComment({ userId: unverified.id, consultationId: c.id, body: 'Bình luận' }));
    expect(e.error.code).toBe('email_unverified');
    expect(e.status).toBe(403);
    expect(
      await db.consultationComment.count({
        where: { consultationId: { in: [off.id, upcoming.id, closed.id, draft.id, c.id] } },
      }),
    ).toBe(0);
  });

  it('the form action answers an empty, a too long or a direction-control comment with a field error', async () => {
    const c = await consultation('bieu-mau');
    session.user = { id: resident.id, role: 'CITIZEN' };
    try {
      for (const [body, code] of [
        ['\u200b  ', 'required'],
        ['a'.repeat(2001), 'tooLong'],
        ['exe.\u202Egnp', 'textDirectionControls'],
      ] as const) {
        const state = await actions.postCommentAction(c.slug, { ok: false }, form({ body }));
        expect(state.ok).toBe(false);
        expect(state.fieldErrors?.body?.[0]).toMatchObject({ code });
      }
      expect(await db.consultationComment.count({ where: { consultationId: c.id } })).toBe(0);
      const done = await actions
        .postCommentAction(c.slug, { ok: false }, form({ body: 'Đồng ý' }))
        .catch((e: unknown) => e);
      expect(String((done as { digest?: string }).digest)).toMatch(
        new RegExp(`/vi/lay-y-kien/${c.slug}\\?commented=1#comment-`),
      );
      // A forged slug: not found, nothing stored.
      expect((await actions.postCommentAction('KHONG HOP LE', { ok: false }, form({ body: 'x' }))).formError).toEqual({
        code: 'not_found',
      });
    } finally {
      session.user = null;
    }
  });

  it(`is rate-limited: ${COMMENT_LIMIT.max} an hour, then 429 with the wait`, async () => {
    const c = await consultation('gioi-han');
    const writer = await testData.user();
    for (let i = 0; i < COMMENT_LIMIT.max; i++)
      await postComment({ userId: writer.id, consultationId: c.id, body: `Bình luận ${i}` });
    const e = await errorOf(postComment({ userId: writer.id, consultationId: c.id, body: 'Một lần nữa' }));
    expect(e.status).toBe(429);
    expect(e.error.code).toBe('rate_limited');
    expect(e.details.retryAfter).toBeGreaterThan(0);
    expect(await db.consultationComment.count({ where: { consultationId: c.id } })).toBe(COMMENT_LIMIT.max);
  });

  it('residents report a comment once; not their own', async () => {
    const c = await consultation('bao-cao');
    const { id } = await postComment({ userId: resident.id, consultationId: c.id, body: 'Nội dung quảng cáo' });
    await reportComment({ userId: other.id, commentId: id, reason: 'Quảng cáo' });
    await reportComment({ userId: other.id, commentId: id, reason: 'Lần hai' });
    expect(await db.consultationCommentReport.findMany({ where: { commentId: id }, select: { reason: true } })).toEqual(
      [{ reason: 'Quảng cáo' }],
    );
    expect((await errorOf(reportComment({ userId: resident.id, commentId: id, reason: '' }))).error.code).toBe(
      'consultationCommentOwn',
    );
    expect((await publicComments(c.id, 1, other.id)).comments[0]!.reportedByViewer).toBe(true);
    // The plain form: a made-up comment comes back as a refusal on the page.
    session.user = { id: other.id, role: 'CITIZEN' };
    try {
      const back = await actions
        .reportCommentAction(form({ slug: c.slug, commentId: 'khong-co', reason: '' }))
        .catch((e: unknown) => e);
      expect(String((back as { digest?: string }).digest)).toContain(`?commentError=not_found#comments`);
    } finally {
      session.user = null;
    }
  });

  it('officials hide and restore with a reason, audit-logged; residents may not', async () => {
    const c = await consultation('kiem-duyet');
    const { id } = await postComment({ userId: resident.id, consultationId: c.id, body: 'Lời lẽ xúc phạm' });
    const citizen = { id: other.id, role: 'CITIZEN' };
    expect((await errorOf(moderateComment(citizen, { id, op: 'hide', reason: 'x' }))).status).toBe(403);

    await moderateComment({ id: editor.id, role: 'EDITOR' }, { id, op: 'hide', reason: 'Xúc phạm người khác' });
    expect((await publicComments(c.id, 1)).total).toBe(0);
    await moderateComment({ id: editor.id, role: 'EDITOR' }, { id, op: 'restore', reason: 'Báo cáo nhầm' });
    expect((await publicComments(c.id, 1)).total).toBe(1);
    const log = await db.auditLog.findMany({
      where: { entityType: 'consultationComment', entityId: id },
      orderBy: { createdAt: 'asc' },
      select: { actorId: true, action: true, after: true },
    });
    expect(log.map((l) => [l.actorId, l.action])).toEqual([
      [editor.id, 'consultation.comment.hide'],
      [editor.id, 'consultation.comment.restore'],
    ]);
    expect(log[0]!.after).toMatchObject({ hideReason: 'Xúc phạm người khác' });

    // Without a reason the plain form comes back refused, and nothing changes.
    session.user = { id: editor.id, role: 'EDITOR' };
    try {
      const back = await actions
        .moderateCommentAction(form({ consultationId: c.id, id, op: 'hide', reason: '  ' }))
        .catch((e: unknown) => e);
      expect(String((back as { digest?: string }).digest)).toContain('?error=hideReasonRequired#comments');
      expect((await publicComments(c.id, 1)).total).toBe(1);
    } finally {
      session.user = null;
    }
    session.user = citizen;
    try {
      await expect(
        actions.moderateCommentAction(form({ consultationId: c.id, id, op: 'hide', reason: 'x' })),
      ).rejects.toMatchObject({
        status: 403,
      });
    } finally {
      session.user = null;
    }
  });
});

describe('quick polls', () => {
  const tap = (slug: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    pollRoute(
      new Request(`${ORIGIN}/api/consultations/${slug}/poll`, {
        method: 'POST',
        headers: { origin: ORIGIN, host: 'localhost:3000', ...headers },
        body: new URLSearchParams(fields),
      }),
      { params: Promise.resolve({ slug }) },
    );

  it('the seed places an open poll on the home page', async () => {
    const poll = await pollAt('home');
    expect(poll?.slug).toBe(HOME_POLL_SLUG);
    expect(poll?.options.length).toBeGreaterThanOrEqual(2);
  });

  it('one tap stores the answer; a second tap replaces it; one response per person', async () => {
    const c = await consultation('mot-cham', { kind: 'POLL', placement: `tin-${tag}` });
    expect((await pollAt(`tin-${tag}`))?.id).toBe(c.id);
    session.user = { id: resident.id, role: 'CITIZEN' };
    try {
      const first = await tap(c.slug, { option: c.options[0]!, locale: 'vi' });
      expect(first.status).toBe(303);
      expect(first.headers.get('location')).toBe(`${ORIGIN}/vi/lay-y-kien/${c.slug}?answered=1#receipt`);
      const again = await tap(c.slug, { option: c.options[2]!, locale: 'en' });
      expect(again.headers.get('location')).toBe(`${ORIGIN}/en/consultations/${c.slug}?answered=1#receipt`);
      const rows = await db.consultationResponse.findMany({
        where: { consultationId: c.id },
        select: { userId: true, answers: { select: { optionId: true } } },
      });
      expect(rows).toEqual([{ userId: resident.id, answers: [{ optionId: c.options[2] }] }]);
      // Sealed until closing, as a consultation.
      expect((await errorOf(resultsFor(c.slug, resident.id))).error.code).toBe('consultationResultsSealed');
    } finally {
      session.user = null;
    }
  });

  it('refuses with a clear 4xx and stores nothing', async () => {
    const c = await consultation('tu-choi', { kind: 'POLL', placement: 'home' });
    const plain = await consultation('khong-phai', { kind: 'CONSULTATION' });
    const closed = await consultation('da-dong', { kind: 'POLL', placement: 'home', opensIn: -3, closesIn: -1 });
    const foreign = (await consultation('khac', { kind: 'POLL' })).options[0]!;
    // Signed out: sent to sign in, then back to the poll's page.
    const out = await tap(c.slug, { option: c.options[0]! });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe(
      `${ORIGIN}/vi/dang-nhap?next=${encodeURIComponent(`/vi/lay-y-kien/${c.slug}`)}`,
    );
    session.user = { id: other.id, role: 'CITIZEN' };
    try {
      const json = { accept: 'application/json' };
      const cases: [Response, number, string][] = [
        [await tap(c.slug, { option: c.options[0]! }, { origin: 'https://evil.example', ...json }), 403, 'origin'],
        [await tap(c.slug, { option: foreign }, json), 422, 'consultationOptionUnknown'],
        [await tap(c.slug, {}, json), 400, 'required'],
        [await tap(plain.slug, { option: plain.options[0]! }, json), 404, 'not_found'],
        [await tap(closed.slug, { option: closed.options[0]! }, json), 409, 'consultationClosed'],
        [await tap('KHONG', { option: 'x' }, json), 404, 'not_found'],
      ];
      for (const [res, status, code] of cases) {
        expect(res.status).toBe(status);
        expect((await errorOf(res)).code).toBe(code);
      }
      // A plain form gets a page in the person's language naming the problem.
      const page = await tap(c.slug, { option: foreign, locale: 'vi' });
      expect(page.status).toBe(422);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('Lựa chọn này không thuộc câu hỏi');
      expect(
        await db.consultationResponse.count({ where: { consultationId: { in: [c.id, plain.id, closed.id] } } }),
      ).toBe(0);
      const ok = await tap(c.slug, { option: c.options[1]! }, json);
      expect(ok.status).toBe(201);
      expect(((await ok.json()) as { receiptCode: string }).receiptCode).toMatch(/^YK-/);
    } finally {
      session.user = null;
    }
  });

  it('settings: a poll needs one single-choice question and a valid placement; saved with an audit entry', async () => {
    const c = await consultation('thiet-lap');
    const parsed = consultationSettingsSchema.safeParse({ id: c.id, consultationKind: 'POLL', placement: 'Trang Chủ' });
    expect(parsed.success).toBe(false);
    const input = consultationSettingsSchema.parse({
      id: c.id,
      consultationKind: 'POLL',
      placement: 'home',
      commentsEnabled: 'on',
    });
    await expect(saveSettings({ id: resident.id, role: 'CITIZEN' }, input)).rejects.toMatchObject({ status: 403 });
    await saveSettings({ id: editor.id, role: 'EDITOR' }, input);
    expect(
      await db.consultation.findUnique({
        where: { id: c.id },
        select: { kind: true, placement: true, commentsEnabled: true },
      }),
    ).toEqual({
      kind: 'POLL',
      placement: 'home',
      commentsEnabled: true,
    });
    expect(await db.auditLog.count({ where: { entityId: c.id, action: 'consultation.settings' } })).toBe(1);
    // A second question: no longer a poll a tap can answer.
    await db.consultationQuestion.create({
      data: { consultationId: c.id, position: 2, kind: 'TEXT', textVi: 'Thêm', textEn: 'More' },
    });
    const e = await errorOf(saveSettings({ id: editor.id, role: 'EDITOR' }, input));
    expect(e.details.fields?.consultationKind?.[0]?.code).toBe('consultationPollShape');
  });
});

describe('the Atom feed', () => {
  const get = (locale: string) =>
    feedRoute(new Request(`${ORIGIN}/${locale}/consultations/atom`), { params: Promise.resolve({ locale }) });

  it('lists openings and closings per language with absolute links and stable ids, cacheable, without a cookie', async () => {
    const parser = new Parser();
    const [vi1, vi2, en] = [await get('vi'), await get('vi'), await get('en')];
    for (const res of [vi1, en]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      expect(res.headers.get('cache-control')).toContain('public');
      expect(res.headers.get('set-cookie')).toBeNull();
    }
    const text = await vi1.text();
    expect(await vi2.text()).toBe(text);
    const feed = await parser.parseString(text);
    expect(feed.title).toBe('Lấy ý kiến người dân – Công dân số');
    const opened = feed.items.find(
      (i) => i.title === 'Mở lấy ý kiến: Dự thảo quy định sử dụng tạm thời một phần vỉa hè',
    );
    expect(opened?.link).toBe(`${ORIGIN}/vi/lay-y-kien/quy-dinh-su-dung-tam-thoi-via-he`);
    expect(opened?.id).toMatch(/^tag:localhost,2026:consultation\/.+\/opened\/vi$/);
    const closed = feed.items.find((i) => i.title?.startsWith('Kết thúc lấy ý kiến: '));
    expect(closed?.link).toMatch(new RegExp(`^${ORIGIN}/vi/lay-y-kien/`));
    // Nothing that has not happened: the upcoming consultation has no entry.
    expect(feed.items.some((i) => i.link?.endsWith('/phan-loai-rac-tai-nguon-2027'))).toBe(false);
    expect(feed.items.every((i) => i.link?.startsWith(`${ORIGIN}/`))).toBe(true);
    // Ids are unique in the feed.
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length);

    const enFeed = await parser.parseString(await en.text());
    expect(
      enFeed.items.find((i) => i.link === `${ORIGIN}/en/consultations/quy-dinh-su-dung-tam-thoi-via-he`)?.title,
    ).toMatch(/^Consultation opened: /);
  });

  it('answers 404 for an unknown language', async () => {
    for (const locale of ['fr', 'VI', 'x']) expect((await get(locale)).status).toBe(404);
  });
});
