import { randomBytes } from 'node:crypto';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db';
import { translator } from '@/server/i18n';
import { seed } from '@/prisma/seed';
import { statusChange, reportAnswer } from '@/lib/validation/reports/report';
import { nearbyQuerySchema } from '@/lib/validation/reports/nearby';
import { parseReportQuery } from '@/lib/validation/reports/query';
import { answerReport } from '@/server/reports/answer';
import { reportForOfficial } from '@/server/reports/admin-queries';
import { findNearbyReports } from '@/server/reports/nearby';
import { servePhoto } from '@/server/reports/photo-access';
import { listPublicReports, loadReport, mapReports } from '@/server/reports/queries';
import { followReport, listNotifications } from '@/server/reports/resident';
import { reportStatistics } from '@/server/reports/statistics';
import {
  assignReport,
  changeStatus,
  progressUpdate,
  reopenReport,
  setPhotoHidden,
  setReportHidden,
  type Actor,
} from '@/server/reports/workflow';
import { sitemapChunk } from '@/server/sitemap';
import type { PhotoStorage } from '@/server/storage';
import { GET as rss } from '@/app/[locale]/reports/rss/route';
import { GET as open311List } from '@/app/api/open311/v2/requests.json/route';
import { GET as open311One } from '@/app/api/open311/v2/requests/[id]/route';
import { isWorkingDay, cityDay } from '@/lib/reports/deadline';
import { createTestData, type ReportInput } from '../support/data';
import { errorOf } from '../support/errors';

// Who hears of and who sees a report once it is hidden or private (issue 9, items 3 and 4), through
// the same functions the pages, route handlers and back-office forms call.

type Person = Actor & { role: 'CITIZEN' | 'OFFICIAL' | 'ADMIN'; email: string; name: string };

const DAY = 24 * 60 * 60 * 1000;
const WARD = `test-an-${randomBytes(3).toString('hex')}`;
const agencies = new Map<string, string>();
let holder: Person; // Sở Xây dựng: traffic reports are routed there
let wardOfficial: Person; // UBND phường Sài Gòn, another agency
let health: Person; // Sở Y tế, another agency
let admin: Person;
let author: Person;
let follower: Person;
let stranger: Person;
let ip = 0;

const testData = createTestData(db);
const person = (role: 'CITIZEN' | 'OFFICIAL' | 'ADMIN', agency?: string): Promise<Person> =>
  testData.user({ role, agency, name: `Người thử ${role}` });

/** A report as the report form leaves it: routed to Sở Xây dựng, a CREATED event, its author following it. */
function report(fields: ReportInput = {}) {
  const title = `Ổ gà bí mật ${randomBytes(3).toString('hex')}`;
  return testData.report({
    authorId: author.id,
    agency: 'SO-XD',
    title,
    description: `Mô tả riêng của người dân: ${title}.`,
    wardCode: WARD,
    address: '12 Lê Lợi',
    lat: 10.7731,
    lng: 106.7005,
    dueAt: new Date(Date.now() + 7 * DAY),
    followers: [author.id],
    ...fields,
  });
}

async function photoOf(reportId: string) {
  return db.reportPhoto.create({
    data: {
      reportId,
      storageKey: `vis-${randomBytes(6).toString('hex')}`,
      width: 800,
      height: 600,
      thumbWidth: 160,
      thumbHeight: 120,
      bytes: 4,
      promotedAt: new Date(),
    },
    select: { id: true },
  });
}

/** Every stored photo is the same four bytes: what matters here is who gets them. */
const storage = {
  kind: 'local',
  get: async () => ({
    body: new Blob([new Uint8Array([82, 73, 70, 70])]).stream(),
    size: 4,
    contentType: 'image/webp',
  }),
} as unknown as PhotoStorage;

const mails = (to: string) => db.outboxMail.findMany({ where: { to }, orderBy: { createdAt: 'asc' } });
const status = (input: Record<string, string>) => statusChange.parse(input);
const nextWorkingDay = async () => {
  const holidays = new Set((await db.publicHoliday.findMany()).map((h) => h.date.toISOString().slice(0, 10)));
  for (let t = Date.now() + DAY; ; t += DAY)
    if (isWorkingDay(cityDay(new Date(t)), holidays)) return cityDay(new Date(t));
};

/** The notifications page's sentences for a person, as it renders them in a language. */
async function notificationLines(user: Person, locale: 'vi' | 'en') {
  const t = translator(locale, 'Notifications');
  const { items } = await listNotifications(user, 1);
  return items.map((n) => {
    const p = n.params as { code?: string; title?: string; status?: string };
    const statusText = p.status ? t(`status.${p.status as 'RECEIVED'}`) : '';
    return {
      text: t(n.kind as 'statusChanged', { code: p.code ?? '', title: p.title ?? '', status: statusText }),
      link: n.report?.code ?? null,
    };
  });
}

beforeAll(async () => {
  await seed(db as never);
  for (const a of await db.agency.findMany({ select: { id: true, code: true } })) agencies.set(a.code, a.id);
  await db.administrativeUnit.create({
    data: { code: WARD, name: 'Phường Thử Ẩn', nameEn: 'Hidden Test Ward', level: 'WARD' },
  });
  holder = await person('OFFICIAL', 'SO-XD');
  wardOfficial = await person('OFFICIAL', 'UBND-P-SAI-GON');
  health = await person('OFFICIAL', 'SO-YT');
  admin = await person('ADMIN');
  author = await person('CITIZEN');
  follower = await person('CITIZEN');
  stranger = await person('CITIZEN');
});

afterAll(async () => {
  await testData.cleanup();
  await db.$disconnect();
});

describe('a hidden report keeps quiet', () => {
  it('its followers are told once, in both languages, that it is no longer public, and hear nothing after: no title, no link', async () => {
    const r = await report();
    await db.reportFollower.createMany({
      data: [follower, wardOfficial, holder].map((u) => ({ reportId: r.id, userId: u.id })),
    });
    await changeStatus(holder, r.code, status({ status: 'IN_PROGRESS', note: 'Đã cử cán bộ kiểm tra.' }));
    expect((await mails(follower.email)).length).toBe(1);

    await setReportHidden(holder, { code: r.code, hidden: true, reason: 'Có số điện thoại cá nhân' });
    await changeStatus(holder, r.code, status({ status: 'RESOLVED', note: 'Đã vá xong.' }));
    await answerReport({
      actor: holder,
      reportId: r.id,
      fields: reportAnswer.parse({ body: 'Đã xử lý xong ổ gà.' }),
      photos: [],
      storage,
    });

    for (const who of [follower, author, wardOfficial]) {
      const sent = await mails(who.email);
      // The status change before the hiding, then one notice: nothing about the later changes.
      const after = sent.slice(1);
      const last = sent.at(-1)!;
      expect(after, who.name).toHaveLength(1);
      expect(last.subject).toBe(`Phản ánh ${r.code} có cập nhật mới`);
      expect(last.text).toContain(`Phản ánh ${r.code} không còn được công khai.`);
      expect(last.text).toContain(`Report ${r.code} is no longer public.`);
      expect(last.text).not.toContain(r.title);
      expect(last.text).not.toContain('/phan-anh/');
      expect(last.text).not.toContain('/feedback/');

      // The notifications page: the notice, and the earlier notification shown without its title or link.
      for (const locale of ['vi', 'en'] as const) {
        const lines = await notificationLines(who, locale);
        expect(lines.length, who.name).toBeGreaterThanOrEqual(1);
        for (const line of lines) {
          expect(line.text).not.toContain(r.title);
          expect(line.link).toBeNull();
          expect(line.text).toBe(
            locale === 'vi' ? `Phản ánh ${r.code} không còn được công khai.` : `Report ${r.code} is no longer public.`,
          );
        }
      }
      expect(await loadReport(r.code, who)).toBeNull();
    }

    // The agency in charge still hears of it, title and all.
    const own = await db.notification.findMany({ where: { userId: holder.id, reportId: r.id } });
    expect(own).toEqual([]); // the acting official is never told of their own change
    const colleague = await person('OFFICIAL', 'SO-XD');
    await db.reportFollower.create({ data: { reportId: r.id, userId: colleague.id } });
    await reopenReport(admin, { code: r.code, note: 'Người dân báo ổ gà xuất hiện lại.' });
    const heard = await db.notification.findMany({ where: { userId: colleague.id, reportId: r.id } });
    expect(heard.map((n) => (n.params as { title: string }).title)).toEqual([r.title]);
    expect((await notificationLines(colleague, 'vi'))[0]!.link).toBe(r.code);
    expect((await mails(follower.email)).length).toBe(2);
  });

  it('a progress update or a reassignment of a hidden report reaches no resident either', async () => {
    const r = await report();
    await db.reportFollower.create({ data: { reportId: r.id, userId: follower.id } });
    await setReportHidden(holder, { code: r.code, hidden: true, reason: 'Ngôn từ xúc phạm' });
    const before = await db.notification.count({ where: { reportId: r.id } });
    await progressUpdate(holder, { code: r.code, note: 'Chờ vật tư.', committedDate: await nextWorkingDay() });
    await assignReport(holder, { code: r.code, agencyId: agencies.get('UBND-P-SAI-GON')! });
    expect(await db.notification.count({ where: { reportId: r.id } })).toBe(before);
    const text = (
      await db.outboxMail.findMany({ where: { to: { in: [author.email, follower.email] } }, select: { text: true } })
    )
      .map((m) => m.text)
      .join('\n');
    expect(text).not.toContain(r.title);
  });

  it('appears in no list, feed, map, nearby search, statistics, sitemap or Open311 answer', async () => {
    // A point of its own, so the nearby search's five nearest are not other tests' reports.
    const lat = (10.75 + Math.random() * 0.05).toFixed(6);
    const lng = (106.65 + Math.random() * 0.05).toFixed(6);
    const r = await report({ title: 'Ổ gà sắp bị ẩn trên đường Lê Lợi', lat: Number(lat), lng: Number(lng) });
    const photo = await photoOf(r.id);
    const query = parseReportQuery({ ward: WARD }).query;
    const feed = async (locale: 'vi' | 'en') =>
      (
        await rss(new Request(`http://localhost/${locale}/feedback/rss?ward=${WARD}`), {
          params: Promise.resolve({ locale }),
        })
      ).text();
    const open311 = async () => {
      const one = await open311One(
        new NextRequest(`http://localhost:3000/api/open311/v2/requests/${r.code}.json`, {
          headers: { 'x-forwarded-for': `192.0.2.${++ip}` },
        }),
        { params: Promise.resolve({ id: `${r.code}.json` }) },
      );
      const list = await open311List(
        new NextRequest(`http://localhost:3000/api/open311/v2/requests.json?service_request_id=${r.code}`, {
          headers: { 'x-forwarded-for': `192.0.2.${++ip}` },
        }),
      );
      return { one: one.status, list: JSON.stringify(await list.json()) };
    };
    const wardCount = async () => (await reportStatistics('all')).byWard.find((w) => w.key === WARD)?.count ?? 0;
    const nearby = async () =>
      findNearbyReports(nearbyQuerySchema.parse({ category: 'giao-thong', lat, lng, locale: 'vi' }));

    // Public: everywhere a public report is.
    expect((await listPublicReports(query)).items.map((i) => i.code)).toContain(r.code);
    expect((await mapReports(query)).items.map((i) => i.code)).toContain(r.code);
    expect(await feed('vi')).toContain(r.code);
    expect((await nearby()).map((n) => n.code)).toContain(r.code);
    expect(await wardCount()).toBe(1);
    expect((await open311()).one).toBe(200);
    expect((await servePhoto(null, photo.id, 'display', storage)).status).toBe(200);

    await setReportHidden(holder, { code: r.code, hidden: true, reason: 'Thông tin cá nhân' });

    const list = await listPublicReports(query);
    expect(list.items.map((i) => i.code)).not.toContain(r.code);
    expect(list.total).toBe(0);
    expect((await mapReports(query)).items.map((i) => i.code)).not.toContain(r.code);
    for (const locale of ['vi', 'en'] as const) {
      const xml = await feed(locale);
      expect(xml).not.toContain(r.code);
      expect(xml).not.toContain(r.title);
    }
    expect((await nearby()).map((n) => n.code)).not.toContain(r.code);
    expect(await wardCount()).toBe(0);
    expect(await sitemapChunk('pages')).not.toContain(r.code);
    const answer = await open311();
    expect(answer.one).toBe(404);
    expect(answer.list).not.toContain(r.code);
    for (const who of [null, author, stranger, wardOfficial]) {
      expect((await servePhoto(who, photo.id, 'display', storage)).status).toBe(404);
      expect(await loadReport(r.code, who)).toBeNull();
    }
    expect((await servePhoto(holder, photo.id, 'display', storage)).status).toBe(200);
    expect((await loadReport(r.code, holder))?.hiddenReason).toBe('Thông tin cá nhân');
  });

  it('a hidden photo of a public report is for the agency in charge only', async () => {
    const r = await report();
    const photo = await photoOf(r.id);
    await setPhotoHidden(holder, { code: r.code, photoId: photo.id, hidden: true, reason: 'Biển số xe' });
    for (const who of [null, author, stranger, wardOfficial]) {
      expect((await servePhoto(who, photo.id, 'display', storage)).status).toBe(404);
      expect((await loadReport(r.code, who))!.photos).toEqual([]);
    }
    for (const who of [holder, admin]) {
      const res = await servePhoto(who, photo.id, 'thumb', storage);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect((await loadReport(r.code, who))!.photos.map((p) => p.id)).toEqual([photo.id]);
    }
  });
});

describe('a private report and officials of other agencies', () => {
  it('an official of another agency gets 404 for its page and photos and cannot follow it; the agency in charge, the reporter and an admin can', async () => {
    const r = await report({ isPublic: false });
    const photo = await photoOf(r.id);

    for (const who of [wardOfficial, health, stranger, null]) {
      expect(await loadReport(r.code, who)).toBeNull();
      const res = await servePhoto(who, photo.id, 'display', storage);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('RIFF');
    }
    for (const who of [wardOfficial, health, stranger]) {
      expect((await errorOf(followReport(who, r.code))).code).toBe('not_found');
    }
    expect(
      await db.reportFollower.count({
        where: { reportId: r.id, userId: { in: [wardOfficial.id, health.id, stranger.id] } },
      }),
    ).toBe(0);
    // The back office refuses him too, as before.
    expect(await reportForOfficial(wardOfficial, r.code)).toBe('forbidden');

    for (const who of [holder, author, admin]) {
      const view = await loadReport(r.code, who);
      expect(view?.description).toBe(r.description);
      const res = await servePhoto(who, photo.id, 'display', storage);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(await followReport(who, r.code)).toBeGreaterThanOrEqual(1);
    }
  });

  it('only those who may see it are notified: a follower from another agency hears nothing of it', async () => {
    const r = await report({ isPublic: false });
    // Followers from before the rule (or from a time the report was public).
    await db.reportFollower.createMany({
      data: [wardOfficial, stranger, holder].map((u) => ({ reportId: r.id, userId: u.id })),
    });
    await changeStatus(admin, r.code, status({ status: 'IN_PROGRESS', note: 'Đang kiểm tra.' }));
    const told = await db.notification.findMany({ where: { reportId: r.id }, select: { userId: true } });
    expect(told.map((n) => n.userId).sort()).toEqual([author.id, holder.id].sort());
    const text = (
      await db.outboxMail.findMany({
        where: { to: { in: [wardOfficial.email, stranger.email] } },
        select: { text: true },
      })
    )
      .map((m) => m.text)
      .join('\n');
    expect(text).not.toContain(r.title);
  });

  it('an agency that held it keeps sight of it after a reassignment, but acts on it no more', async () => {
    const r = await report({ isPublic: false });
    const photo = await photoOf(r.id);
    const reassigned = await assignReport(holder, { code: r.code, agencyId: agencies.get('UBND-P-SAI-GON')! });
    expect(reassigned.agencyId).toBe(agencies.get('UBND-P-SAI-GON'));
    for (const who of [holder, wardOfficial]) {
      expect((await loadReport(r.code, who))?.code).toBe(r.code);
      expect((await servePhoto(who, photo.id, 'display', storage)).status).toBe(200);
    }
    expect(await loadReport(r.code, health)).toBeNull();
    expect((await errorOf(changeStatus(holder, r.code, status({ status: 'IN_PROGRESS', note: '' })))).code).toBe(
      'forbidden',
    );
    await changeStatus(wardOfficial, r.code, status({ status: 'IN_PROGRESS', note: '' }));
  });

  it('merging a duplicate does not make its followers followers of a private original they may not see', async () => {
    const original = await report({ isPublic: false });
    const dup = await report();
    await db.reportFollower.createMany({
      data: [
        { reportId: dup.id, userId: stranger.id },
        { reportId: dup.id, userId: holder.id },
      ],
    });
    await changeStatus(
      holder,
      dup.code,
      status({ status: 'DUPLICATE', duplicateOf: original.code, note: 'Trùng phản ánh trước.' }),
    );
    const followers = await db.reportFollower.findMany({ where: { reportId: original.id }, select: { userId: true } });
    expect(followers.map((f) => f.userId).sort()).toEqual([author.id, holder.id].sort());
  });
});
