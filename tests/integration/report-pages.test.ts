import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { reportRating } from '@/lib/validation/reports/report';
import { parseReportQuery, reportQuerySchema } from '@/lib/validation/reports/query';
import { listPublicReports, loadReport, mapReports, feedReports } from '@/server/reports/queries';
import {
  followReport,
  listNotifications,
  markAllRead,
  markReportNotificationsRead,
  rateReport,
  unfollowReport,
} from '@/server/reports/resident';
import { GET as rss } from '@/app/[locale]/reports/rss/route';
import { createTestData, type ReportInput } from '../support/data';
import { errorOf } from '../support/errors';

type U = { id: string; role: 'CITIZEN' | 'OFFICIAL' | 'EDITOR' | 'ADMIN'; agencyId: string | null };

const DAY = 24 * 60 * 60 * 1000;
// A ward of this file's own keeps its counts apart from other tests' reports.
const WARD = `test-phuong-${randomBytes(3).toString('hex')}`;
const WARD2 = `${WARD}-2`;
let agencyId: string;
let author: U, other: U, official: U, admin: U, editor: U;

const testData = createTestData(db);
const user = (role: U['role'], name = 'Người thử', agency: string | null = null): Promise<U> =>
  testData.user({ role, name, agencyId: agency });

const report = (fields: ReportInput = {}) =>
  testData.report({
    agencyId,
    title: 'Ổ gà trên đường Lê Lợi',
    description: 'Ổ gà sâu trước số 12, xe máy dễ ngã.',
    wardCode: WARD,
    address: '12 Lê Lợi',
    dueAt: new Date(Date.now() + 5 * DAY),
    authorId: author.id,
    createdEvent: false,
    ...fields,
  });

const query = (raw: Record<string, string> = {}) => parseReportQuery({ ward: WARD, ...raw }).query;

beforeAll(async () => {
  await seed(db as never);
  agencyId = (await db.reportCategory.findUniqueOrThrow({ where: { code: 'giao-thong' } })).defaultAgencyId;
  await db.administrativeUnit.createMany({
    data: [
      { code: WARD, name: 'Phường Thử Nghiệm', nameEn: 'Test Ward', level: 'WARD' },
      { code: WARD2, name: 'Phường Thử Nghiệm Hai', nameEn: 'Second Test Ward', level: 'WARD' },
    ],
  });
  [author, other, official, admin, editor] = await Promise.all([
    user('CITIZEN', 'Nguyễn Văn An'),
    user('CITIZEN'),
    user('OFFICIAL', 'Người thử', agencyId),
    user('ADMIN'),
    user('EDITOR'),
  ]);
});

afterAll(async () => {
  await testData.cleanup();
  await db.$disconnect();
});

describe('who may see a report', () => {
  it('follows the rule for public, private and hidden reports, for every kind of viewer', async () => {
    const pub = await report({ isPublic: true });
    const priv = await report({ isPublic: false });
    const hidden = await report({ isPublic: true, hiddenAt: new Date(), hiddenReason: 'Thông tin cá nhân' });
    const hiddenPriv = await report({ isPublic: false, hiddenAt: new Date() });
    const viewers = { anonymous: null, author, other, official, admin, editor } as const;
    const expected: Record<string, Record<keyof typeof viewers, boolean>> = {
      [pub.code]: { anonymous: true, author: true, other: true, official: true, admin: true, editor: true },
      [priv.code]: { anonymous: false, author: true, other: false, official: true, admin: true, editor: false },
      [hidden.code]: { anonymous: false, author: false, other: false, official: true, admin: true, editor: false },
      [hiddenPriv.code]: { anonymous: false, author: false, other: false, official: true, admin: true, editor: false },
    };
    for (const r of [pub, priv, hidden, hiddenPriv]) {
      for (const [who, viewer] of Object.entries(viewers) as [keyof typeof viewers, U | null][]) {
        expect(Boolean(await loadReport(r.code, viewer)), `${who} loads ${r.code}`).toBe(expected[r.code]![who]);
      }
    }
    expect(await loadReport('PA-2099-NOPE', official)).toBeNull();
    expect(await loadReport('PA-2099-00000000', official)).toBeNull();
  });

  it('hides internal events and hidden photos from residents, and the name when asked', async () => {
    const r = await report({ hideAuthorName: true });
    await db.reportEvent.createMany({
      data: [
        { reportId: r.id, kind: 'CREATED', status: 'RECEIVED' },
        { reportId: r.id, kind: 'HIDDEN', note: 'kiểm tra' },
        { reportId: r.id, kind: 'STATUS_CHANGED', status: 'IN_PROGRESS', note: 'ghi chú nội bộ', internal: true },
        { reportId: r.id, kind: 'STATUS_CHANGED', status: 'IN_PROGRESS', note: 'Đang xử lý' },
      ],
    });
    const photo = { width: 800, height: 600, thumbWidth: 160, thumbHeight: 120, bytes: 1000, promotedAt: new Date() };
    await db.reportPhoto.createMany({
      data: [
        { reportId: r.id, storageKey: `k-${randomBytes(6).toString('hex')}`, position: 0, ...photo, altText: 'Ổ gà' },
        {
          reportId: r.id,
          storageKey: `k-${randomBytes(6).toString('hex')}`,
          position: 1,
          ...photo,
          hiddenAt: new Date(),
        },
        // Its files are not visible yet (the sweep finishes it): shown to nobody.
        { reportId: r.id, storageKey: `k-${randomBytes(6).toString('hex')}`, position: 2, ...photo, promotedAt: null },
      ],
    });
    const forOther = (await loadReport(r.code, other))!;
    expect(forOther.events.map((e) => e.kind)).toEqual(['CREATED', 'STATUS_CHANGED']);
    expect(forOther.photos).toHaveLength(1);
    expect(forOther.authorName).toBeNull();
    const forOfficial = (await loadReport(r.code, official))!;
    expect(forOfficial.events).toHaveLength(4);
    expect(forOfficial.photos).toHaveLength(2);

    const named = await report();
    expect((await loadReport(named.code, null))!.authorName).toBe('Nguyễn Văn An');
    const list = await listPublicReports(query({ sort: 'newest' }));
    expect(list.items.find((i) => i.code === r.code)?.authorName).toBeNull();
    expect(list.items.find((i) => i.code === r.code)?.thumb?.altText).toBe('Ổ gà');
  });
});

describe('the public list', () => {
  it('shows only public, unhidden reports, with filters and counts per filter', async () => {
    await db.report.deleteMany({ where: { wardCode: { in: [WARD, WARD2] } } });
    const now = new Date();
    const a = await report({ status: 'RECEIVED', createdAt: new Date(now.getTime() - 2 * DAY) });
    const b = await report({
      status: 'IN_PROGRESS',
      categoryCode: 'moi-truong',
      createdAt: new Date(now.getTime() - 40 * DAY),
      dueAt: new Date(now.getTime() - DAY),
    });
    const c = await report({ status: 'RESOLVED', createdAt: new Date(now.getTime() - 400 * DAY), closedAt: now });
    const d = await report({
      status: 'IN_PROGRESS',
      createdAt: new Date(now.getTime() - 10 * DAY),
      dueAt: new Date(now.getTime() - DAY),
      committedAt: new Date(now.getTime() + DAY),
    });
    await report({ isPublic: false });
    await report({ hiddenAt: new Date() });
    await report({ wardCode: WARD2 });

    const all = await listPublicReports(query());
    expect(all.total).toBe(4);
    expect(all.items.map((i) => i.code)).toEqual([a.code, d.code, b.code, c.code]);
    expect(all.facets.status).toMatchObject({ RECEIVED: 1, IN_PROGRESS: 2, RESOLVED: 1, OVERDUE: 1 });
    expect(all.facets.category).toEqual({ 'giao-thong': 3, 'moi-truong': 1 });
    // The ward count leaves the ward filter out: the other test ward is counted too.
    expect(all.facets.ward[WARD2]).toBe(1);
    expect(all.items.find((i) => i.code === b.code)?.overdue).toBe(true);
    // A committed date in the future replaces a past deadline.
    expect(all.items.find((i) => i.code === d.code)?.overdue).toBe(false);

    expect((await listPublicReports(query({ status: 'IN_PROGRESS' }))).items.map((i) => i.code)).toEqual([
      d.code,
      b.code,
    ]);
    expect((await listPublicReports(query({ status: 'OVERDUE' }))).items.map((i) => i.code)).toEqual([b.code]);
    const env = await listPublicReports(query({ category: 'moi-truong' }));
    expect(env.items.map((i) => i.code)).toEqual([b.code]);
    expect(env.facets.status).toMatchObject({ IN_PROGRESS: 1 });
    expect((await listPublicReports(query({ period: '7' }))).items.map((i) => i.code)).toEqual([a.code]);
    expect((await listPublicReports(query({ period: '30' }))).total).toBe(2);
    expect((await listPublicReports(query({ period: '365' }))).total).toBe(3);
    expect((await listPublicReports(query({ sort: 'oldest' }))).items.map((i) => i.code)).toEqual([
      c.code,
      b.code,
      d.code,
      a.code,
    ]);
    const day = (ms: number) => new Date(now.getTime() + ms + 7 * 3600_000).toISOString().slice(0, 10);
    const ranged = await listPublicReports(query({ from: day(-45 * DAY), to: day(-5 * DAY) }));
    expect(ranged.items.map((i) => i.code)).toEqual([d.code, b.code]);

    await db.reportFollower.createMany({
      data: [
        { reportId: c.id, userId: other.id },
        { reportId: c.id, userId: official.id },
        { reportId: b.id, userId: other.id },
      ],
    });
    const followed = await listPublicReports(query({ sort: 'followed' }));
    expect(followed.items.map((i) => i.code).slice(0, 2)).toEqual([c.code, b.code]);
    expect(followed.items[0]!.followers).toBe(2);

    const map = await mapReports(query());
    expect(map.total).toBe(0);
    await db.report.update({ where: { id: a.id }, data: { lat: 10.77, lng: 106.7 } });
    expect((await mapReports(query())).items.map((i) => i.code)).toEqual([a.code]);
  });

  it('pages by 20 and answers a page past the end with an empty page', async () => {
    await db.report.deleteMany({ where: { wardCode: WARD2 } });
    for (let i = 0; i < 21; i++) await report({ wardCode: WARD2, createdAt: new Date(Date.now() - i * 1000) });
    const first = await listPublicReports(parseReportQuery({ ward: WARD2 }).query);
    expect([first.total, first.pages, first.items.length]).toEqual([21, 2, 20]);
    const second = await listPublicReports(parseReportQuery({ ward: WARD2, page: '2' }).query);
    expect(second.items).toHaveLength(1);
    const past = await listPublicReports(parseReportQuery({ ward: WARD2, page: '3' }).query);
    expect(past.pastEnd).toBe(true);
    expect(past.items).toEqual([]);
  });

  it('drops invalid query values and names them instead of failing', () => {
    for (const page of ['-1', '0', 'abc', '1.5', '99999999']) {
      const r = parseReportQuery({ page });
      expect(r.invalid, page).toEqual(['page']);
      expect(r.query.page).toBe(1);
    }
    const r = parseReportQuery({
      status: 'OPEN',
      category: '<script>',
      period: '8',
      from: '2026-02-30',
      sort: 'x',
      ward: 'mau-phuong-sai-gon',
    });
    expect(r.invalid.sort()).toEqual(['category', 'from', 'period', 'sort', 'status']);
    expect(r.query).toMatchObject({ ward: 'mau-phuong-sai-gon', sort: 'newest', page: 1 });
    expect(parseReportQuery({ from: '2026-05-01', to: '2026-04-01' }).invalid).toEqual(['to']);
    expect(reportQuerySchema.safeParse({ page: '2' }).success).toBe(true);
  });
});

describe('following', () => {
  it('is idempotent, can be undone, and only for reports the person may see', async () => {
    const r = await report();
    expect(await followReport(other, r.code)).toBe(1);
    expect(await followReport(other, r.code)).toBe(1);
    expect(await db.reportFollower.count({ where: { reportId: r.id } })).toBe(1);
    expect((await loadReport(r.code, other))!.following).toBe(true);
    expect((await loadReport(r.code, other))!.followers).toBe(1);
    expect(await unfollowReport(other, r.code)).toBe(0);
    expect(await unfollowReport(other, r.code)).toBe(0);

    const priv = await report({ isPublic: false });
    expect((await errorOf(followReport(other, priv.code))).code).toBe('not_found');
    expect(await followReport(author, priv.code)).toBe(1);
    expect((await errorOf(followReport(other, 'PA-2099-NOPE'))).code).toBe('not_found');
  });

  it('is rate-limited per person', async () => {
    const r = await report();
    const busy = await user('CITIZEN');
    for (let i = 0; i < 30; i++) await followReport(busy, r.code);
    expect((await errorOf(followReport(busy, r.code))).code).toBe('rate_limited');
  });
});

describe('rating the answer', () => {
  async function answered(data: ReportInput = {}) {
    const answeredAt = new Date(Date.now() - DAY);
    const r = await report({
      status: 'RESOLVED',
      answeredAt,
      closedAt: answeredAt,
      dueAt: new Date(Date.now() - 2 * DAY),
      ...data,
    });
    await db.reportEvent.create({
      data: { reportId: r.id, kind: 'ANSWERED', note: 'Đã vá ổ gà.', createdAt: answeredAt },
    });
    return r;
  }

  it('records "satisfied" and changes nothing else; a second rating is refused', async () => {
    const r = await answered();
    expect((await loadReport(r.code, author))!.canRate).toBe(true);
    expect((await loadReport(r.code, other))!.canRate).toBe(false);
    expect(await rateReport(author, r.code, reportRating.parse({ rating: 'SATISFIED' }))).toEqual({ reopened: false });
    const after = await db.report.findUniqueOrThrow({ where: { id: r.id } });
    expect(after).toMatchObject({ rating: 'SATISFIED', status: 'RESOLVED', closedAt: r.closedAt, dueAt: r.dueAt });
    expect(after.ratedAt).toBeInstanceOf(Date);
    expect(await db.reportEvent.count({ where: { reportId: r.id, kind: 'RATED' } })).toBe(1);
    expect(await db.notification.count({ where: { reportId: r.id } })).toBe(0);
    expect((await loadReport(r.code, author))!.canRate).toBe(false);
    expect((await errorOf(rateReport(author, r.code, reportRating.parse({ rating: 'SATISFIED' })))).error.code).toBe(
      'ratingClosed',
    );
  });

  it('refuses a rating before any answer, and from anyone but the author', async () => {
    const r = await report();
    expect((await loadReport(r.code, author))!.canRate).toBe(false);
    expect((await errorOf(rateReport(author, r.code, reportRating.parse({ rating: 'SATISFIED' })))).error.code).toBe(
      'ratingClosed',
    );
    const a = await answered();
    expect((await errorOf(rateReport(other, a.code, reportRating.parse({ rating: 'SATISFIED' })))).code).toBe(
      'forbidden',
    );
  });

  it('"not satisfied" needs a reason, reopens with a new deadline and tells the followers but not the author', async () => {
    const missing = reportRating.safeParse({ rating: 'NOT_SATISFIED', reason: '  ' });
    expect(missing.success).toBe(false);
    expect(missing.error!.issues[0]).toMatchObject({ path: ['reason'], message: 'ratingReasonRequired' });
    expect(reportRating.safeParse({ rating: 'MAYBE' }).success).toBe(false);

    const r = await answered();
    await db.reportFollower.createMany({
      data: [
        { reportId: r.id, userId: other.id },
        { reportId: r.id, userId: author.id },
      ],
    });
    const before = Date.now();
    const result = await rateReport(
      author,
      r.code,
      reportRating.parse({ rating: 'NOT_SATISFIED', reason: 'Ổ gà vẫn còn nguyên.' }),
    );
    expect(result).toEqual({ reopened: true });
    const after = await db.report.findUniqueOrThrow({ where: { id: r.id } });
    expect(after).toMatchObject({
      status: 'IN_PROGRESS',
      closedAt: null,
      rating: 'NOT_SATISFIED',
      ratingReason: 'Ổ gà vẫn còn nguyên.',
      committedAt: null,
    });
    // Five working days: at least five calendar days ahead, at most a fortnight.
    expect(after.dueAt.getTime()).toBeGreaterThan(before + 5 * DAY - 1);
    expect(after.dueAt.getTime()).toBeLessThan(before + 14 * DAY);
    const kinds = (await db.reportEvent.findMany({ where: { reportId: r.id }, orderBy: { createdAt: 'asc' } })).map(
      (e) => e.kind,
    );
    expect(kinds).toEqual(['ANSWERED', 'RATED', 'REOPENED']);
    const notes = await db.notification.findMany({ where: { reportId: r.id } });
    expect(notes.map((n) => n.userId)).toEqual([other.id]);
    expect(notes[0]!.kind).toBe('reopened');
    expect(await db.auditLog.count({ where: { entityId: r.id, action: 'report.reopen' } })).toBe(1);

    const view = (await loadReport(r.code, author))!;
    expect(view.canRate).toBe(false);
    expect(view.overdue).toBe(false);

    // A new answer after the reopening can be rated again.
    await db.reportEvent.create({
      data: { reportId: r.id, kind: 'ANSWERED', note: 'Đã vá lại.', createdAt: new Date(Date.now() + 1000) },
    });
    expect((await loadReport(r.code, author))!.canRate).toBe(true);
  });
});

describe('notifications', () => {
  it('lists newest first with the unread count, and marks all as read', async () => {
    const person = await user('CITIZEN');
    const r = await report();
    await db.notification.createMany({
      data: [
        {
          userId: person.id,
          reportId: r.id,
          kind: 'answered',
          params: { code: r.code, title: r.title, status: 'RESOLVED' },
          createdAt: new Date(Date.now() - 1000),
        },
        {
          userId: person.id,
          reportId: r.id,
          kind: 'reopened',
          params: { code: r.code, title: r.title, status: 'IN_PROGRESS' },
        },
        { userId: other.id, reportId: r.id, kind: 'answered', params: {} },
      ],
    });
    const list = await listNotifications(person, 1);
    expect(list.items.map((n) => n.kind)).toEqual(['reopened', 'answered']);
    expect(list.unread).toBe(2);
    const r2 = await report();
    await db.notification.create({ data: { userId: person.id, reportId: r2.id, kind: 'answered', params: {} } });
    expect(await markReportNotificationsRead(person.id, r2.id)).toBe(1);
    expect(await markAllRead(person.id)).toBe(2);
    expect((await listNotifications(person, 1)).unread).toBe(0);
    expect((await listNotifications(person, 5)).pastEnd).toBe(true);
  });
});

describe('RSS', () => {
  it('lists public reports only, escaped, with absolute links and the right headers', async () => {
    await db.report.deleteMany({ where: { wardCode: WARD } });
    const pub = await report({ title: 'Đèn <đỏ> & "xanh" hỏng' });
    const priv = await report({ isPublic: false, title: 'Riêng tư' });
    const hidden = await report({ hiddenAt: new Date(), title: 'Đã ẩn' });
    const res = await rss(new Request(`http://localhost/vi/phan-anh/rss?ward=${WARD}`), {
      params: Promise.resolve({ locale: 'vi' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    const xml = await res.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain(`${pub.code} · Đèn &lt;đỏ&gt; &amp; &quot;xanh&quot; hỏng`);
    expect(xml).toMatch(new RegExp(`<link>https?://[^<]+/vi/phan-anh/${pub.code}</link>`));
    expect(xml).not.toContain(priv.code);
    expect(xml).not.toContain(hidden.code);
    expect(xml.match(/<item>/g)).toHaveLength(1);

    const all = await feedReports(parseReportQuery({}).query, 50);
    expect(all.length).toBeLessThanOrEqual(50);
    expect(all.map((r) => r.code)).not.toContain(priv.code);

    const bad = await rss(new Request('http://localhost/en/feedback/rss?page=-2&status=nope'), {
      params: Promise.resolve({ locale: 'en' }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('page');
    const unknown = await rss(new Request('http://localhost/xx/feedback/rss'), {
      params: Promise.resolve({ locale: 'xx' }),
    });
    expect(unknown.status).toBe(404);
  });
});
