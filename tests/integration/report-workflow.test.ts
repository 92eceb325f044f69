import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { addWorkingDays, cityDay, endOfCityDay, isWorkingDay } from '@/lib/reports/deadline';
import { parseQueueQuery } from '@/lib/validation/reports/admin';
import { statusChange } from '@/lib/validation/reports/report';
import { listQueue, reportForOfficial } from '@/server/reports/admin-queries';
import { deleteCannedAnswer, saveCannedAnswer } from '@/server/reports/canned-answers';
import {
  assignReport,
  changeStatus,
  progressUpdate,
  reopenReport,
  setPhotoHidden,
  setReportHidden,
  type Actor,
} from '@/server/reports/workflow';
import { createTestData } from '../support/data';
import { errorOf } from '../support/errors';

type Person = Actor & { email: string };

const DAY = 24 * 60 * 60 * 1000;
let seq = 0;
const agencies = new Map<string, string>();
let official: Person; // Sở Xây dựng
let wardOfficial: Person; // UBND phường Sài Gòn
let admin: Person;
let citizen: Person;
let author: Person;
let follower: Person;
let holidays: Set<string>;

const testData = createTestData(db);
const person = (role: 'CITIZEN' | 'OFFICIAL' | 'ADMIN', agency?: string): Promise<Person> =>
  testData.user({ role, agency, name: `Người thử ${role}` });

/** A report as the report form would leave it, followed by `follower`. */
function report(
  fields: {
    agency?: string;
    status?: 'RECEIVED' | 'IN_PROGRESS' | 'RESOLVED';
    dueAt?: Date;
    committedAt?: Date | null;
    category?: string;
    ward?: string;
    authorId?: string | null;
    createdAt?: Date;
  } = {},
) {
  seq += 1;
  return testData.report({
    agency: fields.agency ?? 'SO-XD',
    authorId: fields.authorId === undefined ? author.id : fields.authorId,
    categoryCode: fields.category ?? 'giao-thong',
    title: `Ổ gà trên đường số ${seq}`,
    description: 'Mặt đường có ổ gà lớn, xe máy dễ té ngã khi trời mưa.',
    wardCode: fields.ward ?? 'mau-phuong-sai-gon',
    address: '12 Lê Lợi',
    status: fields.status ?? 'RECEIVED',
    dueAt: fields.dueAt,
    committedAt: fields.committedAt ?? null,
    createdAt: fields.createdAt,
    followers: [follower.id],
  });
}

/** The next city day after `from` that satisfies `test`. */
function nextDay(test: (day: string) => boolean, from = new Date()): string {
  let t = from.getTime();
  for (let i = 0; i < 800; i++) {
    t += DAY;
    const day = cityDay(new Date(t));
    if (test(day)) return day;
  }
  throw new Error('no such day');
}

const status = (input: Record<string, string>) => statusChange.parse(input);
const events = (reportId: string) =>
  db.reportEvent.findMany({ where: { reportId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });

beforeAll(async () => {
  await seed(db as never);
  for (const a of await db.agency.findMany({ select: { id: true, code: true } })) agencies.set(a.code, a.id);
  holidays = new Set((await db.publicHoliday.findMany()).map((h) => h.date.toISOString().slice(0, 10)));
  official = await person('OFFICIAL', 'SO-XD');
  wardOfficial = await person('OFFICIAL', 'UBND-P-SAI-GON');
  admin = await person('ADMIN');
  citizen = await person('CITIZEN');
  author = await person('CITIZEN');
  follower = await person('CITIZEN');
});
afterAll(async () => {
  await testData.cleanup();
  await db.$disconnect();
});

describe('authorisation', () => {
  it('refuses a citizen and an official of another agency, and stores nothing', async () => {
    const r = await report();
    expect((await errorOf(changeStatus(citizen, r.code, status({ status: 'IN_PROGRESS' })))).code).toBe('forbidden');
    expect((await errorOf(changeStatus(wardOfficial, r.code, status({ status: 'IN_PROGRESS' })))).code).toBe(
      'forbidden',
    );
    expect((await errorOf(setReportHidden(wardOfficial, { code: r.code, hidden: true, reason: 'x' }))).code).toBe(
      'forbidden',
    );
    expect(
      (
        await errorOf(
          progressUpdate(citizen, {
            code: r.code,
            note: 'x',
            committedDate: nextDay((d) => isWorkingDay(d, holidays)),
          }),
        )
      ).code,
    ).toBe('forbidden');
    expect(await reportForOfficial(wardOfficial, r.code)).toBe('forbidden');
    const row = await db.report.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.status).toBe('RECEIVED');
    expect(await events(r.id)).toHaveLength(1);
    // An admin handles every agency's reports.
    await changeStatus(admin, r.code, status({ status: 'IN_PROGRESS', note: '' }));
    expect((await db.report.findUniqueOrThrow({ where: { id: r.id } })).status).toBe('IN_PROGRESS');
  });

  it('answers not found for an unknown code', async () => {
    expect((await errorOf(changeStatus(official, 'PA-2026-000000', status({ status: 'IN_PROGRESS' })))).code).toBe(
      'not_found',
    );
  });
});

describe('status changes', () => {
  it('moves RECEIVED → IN_PROGRESS → RESOLVED with events, notes and audit, and notifies the author and followers but not the official', async () => {
    const r = await report();
    await changeStatus(official, r.code, status({ status: 'IN_PROGRESS', note: 'Đã cử cán bộ kiểm tra hiện trường.' }));
    let row = await db.report.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.status).toBe('IN_PROGRESS');
    expect(row.closedAt).toBeNull();
    const ev = (await events(r.id)).at(-1)!;
    expect(ev).toMatchObject({
      kind: 'STATUS_CHANGED',
      status: 'IN_PROGRESS',
      note: 'Đã cử cán bộ kiểm tra hiện trường.',
      actorId: official.id,
      internal: false,
    });

    const notes = await db.notification.findMany({ where: { reportId: r.id } });
    expect(notes.map((n) => n.userId).sort()).toEqual([author.id, follower.id].sort());
    expect(notes.every((n) => n.kind === 'statusChanged')).toBe(true);
    expect(await db.notification.count({ where: { reportId: r.id, userId: official.id } })).toBe(0);
    expect(await db.outboxMail.count({ where: { to: author.email, subject: { contains: r.code } } })).toBe(1);

    await changeStatus(official, r.code, status({ status: 'RESOLVED', note: 'Đã vá xong mặt đường.' }));
    row = await db.report.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.status).toBe('RESOLVED');
    expect(row.closedAt).toBeInstanceOf(Date);
    const audits = await db.auditLog.findMany({
      where: { entityId: r.id, action: 'report.status' },
      orderBy: { createdAt: 'asc' },
    });
    expect(audits).toHaveLength(2);
    expect(audits[1]!.before).toMatchObject({ status: 'IN_PROGRESS' });
    expect(audits[1]!.after).toMatchObject({ status: 'RESOLVED', note: 'Đã vá xong mặt đường.' });
  });

  it('refuses going back, the same status, and any change of a closed report but a reopening', async () => {
    const r = await report();
    await changeStatus(official, r.code, status({ status: 'IN_PROGRESS' }));
    let e = await errorOf(changeStatus(official, r.code, status({ status: 'RECEIVED' })));
    expect(e.message).toBe('transitionNotAllowed');
    e = await errorOf(changeStatus(official, r.code, status({ status: 'IN_PROGRESS' })));
    expect(e.message).toBe('sameStatus');
    await changeStatus(official, r.code, status({ status: 'RESOLVED', note: 'Xong' }));
    e = await errorOf(changeStatus(official, r.code, status({ status: 'IN_PROGRESS' })));
    expect(e.message).toBe('closedNeedsReopen');

    await reopenReport(official, { code: r.code, note: 'Người dân báo ổ gà xuất hiện lại.' });
    const row = await db.report.findUniqueOrThrow({ where: { id: r.id } });
    expect(row).toMatchObject({ status: 'IN_PROGRESS', closedAt: null, committedAt: null });
    expect(row.dueAt.getTime()).toBe(addWorkingDays(new Date(), 5, holidays).getTime());
    expect((await events(r.id)).at(-1)).toMatchObject({ kind: 'REOPENED', status: 'IN_PROGRESS' });
    expect(await db.notification.count({ where: { reportId: r.id, kind: 'reopened' } })).toBe(2);
  });

  it('refuses a rejection without a reason; with one it closes the report', async () => {
    const r = await report();
    expect(statusChange.safeParse({ status: 'REJECTED', note: '' }).success).toBe(false);
    const e = await errorOf(
      changeStatus(official, r.code, {
        status: 'REJECTED',
        note: '',
        duplicateOf: undefined,
        committedDate: undefined,
      }),
    );
    expect(e.details.fields?.note?.map((x) => x.code)).toEqual(['rejectReasonRequired']);
    expect((await db.report.findUniqueOrThrow({ where: { id: r.id } })).status).toBe('RECEIVED');
    await changeStatus(
      official,
      r.code,
      status({ status: 'REJECTED', note: 'Vị trí thuộc đường nội bộ của khu dân cư, do ban quản lý xử lý.' }),
    );
    const row = await db.report.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.status).toBe('REJECTED');
    expect(row.closedAt).toBeInstanceOf(Date);
    expect((await events(r.id)).at(-1)).toMatchObject({
      kind: 'STATUS_CHANGED',
      status: 'REJECTED',
      note: 'Vị trí thuộc đường nội bộ của khu dân cư, do ban quản lý xử lý.',
    });
  });

  it('marks a duplicate of an existing original, merging its author and followers into the original’s followers', async () => {
    const original = await report({ authorId: citizen.id });
    const other = await person('CITIZEN');
    const dup = await report();
    await db.reportFollower.create({ data: { reportId: dup.id, userId: other.id } });

    let e = await errorOf(
      changeStatus(official, dup.code, status({ status: 'DUPLICATE', duplicateOf: 'PA-2026-000000' })),
    );
    expect(e.details.fields?.duplicateOf?.map((x) => x.code)).toEqual(['duplicateNotFound']);
    e = await errorOf(changeStatus(official, dup.code, status({ status: 'DUPLICATE', duplicateOf: dup.code })));
    expect(e.details.fields?.duplicateOf?.map((x) => x.code)).toEqual(['duplicateSelf']);

    await changeStatus(
      official,
      dup.code,
      status({ status: 'DUPLICATE', duplicateOf: original.code.toLowerCase(), note: 'Đã có phản ánh về cùng vị trí.' }),
    );
    const row = await db.report.findUniqueOrThrow({ where: { id: dup.id } });
    expect(row).toMatchObject({ status: 'DUPLICATE', duplicateOfId: original.id });
    expect(row.closedAt).toBeInstanceOf(Date);
    const followers = (await db.reportFollower.findMany({ where: { reportId: original.id } }))
      .map((f) => f.userId)
      .sort();
    expect(followers).toEqual([author.id, follower.id, other.id].sort());
    expect((await events(dup.id)).filter((x) => x.kind === 'MERGED').map((x) => x.note)).toEqual([original.code]);
    expect((await events(original.id)).filter((x) => x.kind === 'MERGED').map((x) => x.note)).toEqual([dup.code]);
    // The original's people hear of the merge: its author and the followers, new ones included.
    const merged = (await db.notification.findMany({ where: { reportId: original.id, kind: 'merged' } }))
      .map((n) => n.userId)
      .sort();
    expect(merged).toEqual([citizen.id, author.id, follower.id, other.id].sort());

    // A duplicate cannot be an original.
    const third = await report();
    e = await errorOf(changeStatus(official, third.code, status({ status: 'DUPLICATE', duplicateOf: dup.code })));
    expect(e.details.fields?.duplicateOf?.map((x) => x.code)).toEqual(['duplicateOfDuplicate']);
  });
});

describe('progress updates (the 1022 rule)', () => {
  it('commit to a future working day: committedAt is the end of that day and a PROGRESS_UPDATE event keeps it', async () => {
    const r = await report();
    const day = nextDay((d) => isWorkingDay(d, holidays), new Date(Date.now() + 7 * DAY));
    await progressUpdate(official, {
      code: r.code,
      note: 'Đang chờ vật tư, dự kiến thi công tuần sau.',
      committedDate: day,
    });
    const row = await db.report.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.committedAt?.getTime()).toBe(endOfCityDay(day).getTime());
    expect(row.status).toBe('IN_PROGRESS');
    const ev = (await events(r.id)).at(-1)!;
    expect(ev.kind).toBe('PROGRESS_UPDATE');
    expect(ev.committedDate?.getTime()).toBe(endOfCityDay(day).getTime());
    expect(await db.notification.count({ where: { reportId: r.id, kind: 'progressUpdate' } })).toBe(2);
  });

  it('refuse a weekend, a public holiday of the seed, today and the past', async () => {
    const r = await report();
    const saturday = nextDay((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 6);
    let e = await errorOf(progressUpdate(official, { code: r.code, note: 'x', committedDate: saturday }));
    expect(e.details.fields?.progressDate?.map((x) => x.code)).toEqual(['committedDateNotWorkingDay']);
    const holiday = [...holidays]
      .sort()
      .find((d) => d > cityDay(new Date()) && ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()));
    expect(holiday, 'the seed has a future weekday holiday').toBeTruthy();
    e = await errorOf(progressUpdate(official, { code: r.code, note: 'x', committedDate: holiday! }));
    expect(e.details.fields?.progressDate?.map((x) => x.code)).toEqual(['committedDateNotWorkingDay']);
    e = await errorOf(progressUpdate(official, { code: r.code, note: 'x', committedDate: cityDay(new Date()) }));
    expect(e.details.fields?.progressDate?.map((x) => x.code)).toEqual(['committedDateNotFuture']);
    // The status form's committed date follows the same rule.
    e = await errorOf(changeStatus(official, r.code, status({ status: 'IN_PROGRESS', committedDate: saturday })));
    expect(e.details.fields?.committedDate?.map((x) => x.code)).toEqual(['committedDateNotWorkingDay']);
    const row = await db.report.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.committedAt).toBeNull();
    expect(row.status).toBe('RECEIVED');
  });
});

describe('assignment', () => {
  it('routes to another agency with a new 5-working-day deadline; the former agency loses the report', async () => {
    const r = await report({ dueAt: new Date(Date.now() - 3 * DAY) });
    await assignReport(official, {
      code: r.code,
      agencyId: agencies.get('UBND-P-SAI-GON')!,
      note: 'Đường thuộc phường quản lý.',
    });
    const row = await db.report.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.agencyId).toBe(agencies.get('UBND-P-SAI-GON'));
    expect(row.dueAt.getTime()).toBe(addWorkingDays(new Date(), 5, holidays).getTime());
    expect((await events(r.id)).at(-1)).toMatchObject({
      kind: 'ASSIGNED',
      agencyId: agencies.get('UBND-P-SAI-GON'),
      note: 'Đường thuộc phường quản lý.',
    });
    expect(await db.auditLog.count({ where: { entityId: r.id, action: 'report.assign' } })).toBe(1);
    expect(await db.notification.count({ where: { reportId: r.id, kind: 'assigned' } })).toBe(2);
    expect((await errorOf(changeStatus(official, r.code, status({ status: 'IN_PROGRESS' })))).code).toBe('forbidden');
    await changeStatus(wardOfficial, r.code, status({ status: 'IN_PROGRESS' }));
    const e = await errorOf(assignReport(wardOfficial, { code: r.code, agencyId: agencies.get('UBND-P-SAI-GON')! }));
    expect(e.details.fields?.agencyId?.map((x) => x.code)).toEqual(['sameAgency']);
  });
});

describe('moderation', () => {
  it('hides and shows a report: the original is kept, internal events, audit before/after, only a notice without the title', async () => {
    const r = await report();
    const before = await db.report.findUniqueOrThrow({ where: { id: r.id } });
    const e = await errorOf(setReportHidden(official, { code: r.code, hidden: true, reason: '  ' }));
    expect(e.details.fields?.hideReason?.map((x) => x.code)).toEqual(['hideReasonRequired']);
    await setReportHidden(official, { code: r.code, hidden: true, reason: 'Có số điện thoại cá nhân trong nội dung.' });
    let row = await db.report.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.hiddenAt).toBeInstanceOf(Date);
    expect(row.hiddenReason).toBe('Có số điện thoại cá nhân trong nội dung.');
    expect(row.title).toBe(before.title);
    expect(row.description).toBe(before.description);
    expect((await events(r.id)).at(-1)).toMatchObject({ kind: 'HIDDEN', internal: true });
    const log = await db.auditLog.findFirstOrThrow({ where: { entityId: r.id, action: 'report.hide' } });
    expect(log.before).toMatchObject({ hiddenAt: null, hiddenReason: null });
    expect(log.after).toMatchObject({ hiddenReason: 'Có số điện thoại cá nhân trong nội dung.' });
    expect((await errorOf(setReportHidden(official, { code: r.code, hidden: true, reason: 'lần nữa' }))).message).toBe(
      'alreadyHidden',
    );

    await setReportHidden(official, { code: r.code, hidden: false, reason: '' });
    row = await db.report.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.hiddenAt).toBeNull();
    expect((await events(r.id)).at(-1)).toMatchObject({ kind: 'UNHIDDEN', internal: true });
    expect(await db.auditLog.count({ where: { entityId: r.id, action: 'report.unhide' } })).toBe(1);
    // Hiding told the author and the follower, by code alone; showing it again told no one.
    const notes = await db.notification.findMany({ where: { reportId: r.id } });
    expect(notes.map((n) => n.userId).sort()).toEqual([author.id, follower.id].sort());
    expect(notes.map((n) => [n.kind, n.params])).toEqual([
      ['noLongerPublic', { code: r.code }],
      ['noLongerPublic', { code: r.code }],
    ]);
  });

  it('hides and shows one photo, keeping it, with an audit entry on the photo', async () => {
    const r = await report();
    const photo = await db.reportPhoto.create({
      data: {
        reportId: r.id,
        storageKey: `test/${randomBytes(6).toString('hex')}`,
        width: 800,
        height: 600,
        thumbWidth: 320,
        thumbHeight: 240,
        bytes: 1000,
        position: 1,
      },
    });
    await setPhotoHidden(official, { code: r.code, photoId: photo.id, hidden: true, reason: 'Lộ biển số xe.' });
    expect(await db.reportPhoto.findUniqueOrThrow({ where: { id: photo.id } })).toMatchObject({
      hiddenReason: 'Lộ biển số xe.',
      storageKey: photo.storageKey,
    });
    expect((await events(r.id)).at(-1)).toMatchObject({ kind: 'HIDDEN', internal: true, note: '#2 · Lộ biển số xe.' });
    expect(
      await db.auditLog.count({
        where: { entityType: 'ReportPhoto', entityId: photo.id, action: 'report.photo.hide' },
      }),
    ).toBe(1);
    expect(
      (await errorOf(setPhotoHidden(wardOfficial, { code: r.code, photoId: photo.id, hidden: false, reason: '' })))
        .code,
    ).toBe('forbidden');
    await setPhotoHidden(official, { code: r.code, photoId: photo.id, hidden: false, reason: '' });
    expect((await db.reportPhoto.findUniqueOrThrow({ where: { id: photo.id } })).hiddenAt).toBeNull();
  });
});

describe('queue', () => {
  it('limits an official to their agency, filters overdue reports and counts each status', async () => {
    const agency = await testData.agency({ nameVi: 'Cơ quan thử', nameEn: 'Test agency' });
    agencies.set(agency.code, agency.id);
    const mine = await person('OFFICIAL', agency.code);
    const past = new Date(Date.now() - 2 * DAY);
    const oldest = await report({
      agency: agency.code,
      dueAt: new Date(Date.now() - 5 * DAY),
      createdAt: new Date(Date.now() - 12 * DAY),
    });
    const late = await report({
      agency: agency.code,
      status: 'IN_PROGRESS',
      dueAt: past,
      createdAt: new Date(Date.now() - 9 * DAY),
    });
    const committed = await report({
      agency: agency.code,
      status: 'IN_PROGRESS',
      dueAt: past,
      committedAt: new Date(Date.now() + 3 * DAY),
    });
    const fresh = await report({ agency: agency.code });
    const closed = await report({ agency: agency.code, status: 'RESOLVED', dueAt: past });
    const elsewhere = await report({ dueAt: past });

    const q = parseQueueQuery({});
    const all = await listQueue(mine, q);
    expect(all.counts).toMatchObject({
      RECEIVED: 2,
      IN_PROGRESS: 2,
      RESOLVED: 1,
      REJECTED: 0,
      DUPLICATE: 0,
      open: 4,
      all: 5,
      overdue: 2,
    });
    // Open reports, the deadline that counts nearest first.
    expect(all.rows.map((r) => r.code)).toEqual([oldest.code, late.code, committed.code, fresh.code]);
    expect(all.rows.map((r) => r.code)).not.toContain(elsewhere.code);

    const overdue = await listQueue(mine, parseQueueQuery({ overdue: '1' }));
    expect(overdue.rows.map((r) => r.code)).toEqual([oldest.code, late.code]);
    expect(overdue.total).toBe(2);
    expect((await listQueue(mine, parseQueueQuery({ status: 'RESOLVED' }))).rows.map((r) => r.code)).toEqual([
      closed.code,
    ]);
    expect((await listQueue(mine, parseQueueQuery({ status: 'all', sort: 'newest' }))).rows[0]!.code).not.toBe(
      oldest.code,
    );
    expect((await listQueue(mine, parseQueueQuery({ status: 'all', sort: 'oldest' }))).rows[0]!.code).toBe(oldest.code);

    // An official cannot widen the queue with the agency filter; an admin can narrow theirs.
    const tried = await listQueue(official, parseQueueQuery({ agency: agency.id }));
    expect(tried.rows.map((r) => r.code)).not.toContain(oldest.code);
    const adminView = await listQueue(admin, parseQueueQuery({ agency: agency.id, overdue: '1' }));
    expect(adminView.rows.map((r) => r.code)).toEqual([oldest.code, late.code]);
    expect(adminView.counts.overdue).toBe(2);
  });
});

describe('canned answers', () => {
  it('lets an official manage their agency’s categories only, audit-logged', async () => {
    const input = {
      categoryCode: 'giao-thong',
      titleVi: 'Đã sửa',
      bodyVi: 'Đã sửa xong.',
      titleEn: 'Fixed',
      bodyEn: 'It is fixed.',
    };
    const created = await saveCannedAnswer(official, { ...input, id: undefined });
    await saveCannedAnswer(official, { ...input, id: created.id, titleVi: 'Đã sửa xong' });
    expect((await db.cannedAnswer.findUniqueOrThrow({ where: { id: created.id } })).titleVi).toBe('Đã sửa xong');
    expect((await errorOf(saveCannedAnswer(official, { ...input, categoryCode: 'y-te', id: undefined }))).code).toBe(
      'forbidden',
    );
    expect((await errorOf(saveCannedAnswer(citizen, { ...input, id: undefined }))).code).toBe('forbidden');
    expect((await errorOf(deleteCannedAnswer(wardOfficial, created.id))).code).toBe('forbidden');
    await deleteCannedAnswer(official, created.id);
    const actions = (
      await db.auditLog.findMany({ where: { entityId: created.id }, orderBy: { createdAt: 'asc' } })
    ).map((a) => a.action);
    expect(actions).toEqual(['canned-answer.create', 'canned-answer.update', 'canned-answer.delete']);
  });

  it('are seeded for every category', async () => {
    const categories = await db.reportCategory.findMany({
      select: { code: true, _count: { select: { cannedAnswers: true } } },
    });
    for (const c of categories) expect(c._count.cannedAnswers, c.code).toBeGreaterThan(0);
  });
});
