import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { findNearbyReports } from '@/server/reports/nearby';
import { nearbyQuerySchema } from '@/lib/validation/reports/nearby';
import { createTestData } from '../support/data';

// "Before sending": open public reports of the same category within 200 m, or in the same ward
// with a similar title. Private, closed and hidden reports never show.

const run = randomBytes(3).toString('hex');
// Wards of this test's own, so that the demo reports never count among the similar ones.
const WARD = `thu-gan-day-${run}`;
const OTHER_WARD = `thu-gan-day-khac-${run}`;
// A point in a quiet corner of the city, away from any demo data.
const P = { lat: 10.9, lng: 106.9 };
/** Metres north of P. */
const north = (m: number) => P.lat + m / 111_195;

const testData = createTestData(db);

async function report(
  suffix: string,
  fields: Partial<{
    categoryCode: string;
    title: string;
    wardCode: string | null;
    lat: number | null;
    lng: number | null;
    isPublic: boolean;
    status: 'RECEIVED' | 'IN_PROGRESS' | 'RESOLVED' | 'REJECTED' | 'DUPLICATE';
    hiddenAt: Date | null;
  }>,
) {
  const r = await testData.report({
    agency: 'SO-XD',
    title: `Phản ánh ${suffix}`,
    description: 'Mô tả thử nghiệm.',
    wardCode: WARD,
    createdEvent: false,
    ...fields,
  });
  return { id: r.id, code: r.code };
}

const query = (q: Record<string, string>) => findNearbyReports(nearbyQuerySchema.parse(q));
const codesOf = (items: { code: string }[]) => items.map((i) => i.code).sort();

let near50: { id: string; code: string };
let near150: { code: string };
let similarInWard: { code: string };

beforeAll(async () => {
  await seed(db as never);
  await db.administrativeUnit.createMany({
    data: [WARD, OTHER_WARD].map((code, i) => ({
      code,
      name: `Phường Thử ${run} ${i}`,
      level: 'WARD' as const,
      parentCode: null,
    })),
  });
  near50 = await report('A', { lat: north(50), lng: P.lng, status: 'IN_PROGRESS', title: 'Cột đèn nghiêng' });
  near150 = await report('B', { lat: north(150), lng: P.lng });
  await report('C', { lat: north(260), lng: P.lng }); // too far
  await report('D', { lat: north(30), lng: P.lng, categoryCode: 'moi-truong' }); // other category
  await report('E', { lat: north(20), lng: P.lng, isPublic: false }); // private
  await report('F', { lat: north(20), lng: P.lng, status: 'RESOLVED' }); // closed
  await report('G', { lat: north(20), lng: P.lng, status: 'REJECTED' }); // closed
  await report('H', { lat: north(20), lng: P.lng, hiddenAt: new Date() }); // hidden by a moderator
  similarInWard = await report('I', { title: 'Ổ gà lớn trên đường Nguyễn Huệ', categoryCode: 'trat-tu-do-thi' });
  await report('J', { title: 'Ổ gà lớn trên đường Nguyễn Huệ', wardCode: OTHER_WARD }); // other ward
  await report('K', { title: 'Cây xanh đổ chắn lối đi' }); // same ward, unrelated title
  await report('L', { title: 'O ga lon tren duong Nguyen Hue', isPublic: false }); // similar but private
  await report('M', { title: 'Ổ gà lớn đường Nguyễn Huệ', status: 'DUPLICATE' }); // similar but closed
  const users = await db.user.findMany({ take: 2, select: { id: true } });
  await db.reportFollower.createMany({ data: users.map((u) => ({ reportId: near50.id, userId: u.id })) });
});

afterAll(async () => {
  await testData.cleanup();
  await db.administrativeUnit.deleteMany({ where: { code: { in: [WARD, OTHER_WARD] } } });
  await db.$disconnect();
});

describe('similar reports before sending', () => {
  it('finds open public reports of the same category within 200 m, nearest first, with distance and followers', async () => {
    const items = await query({ category: 'giao-thong', lat: String(P.lat), lng: String(P.lng), locale: 'vi' });
    expect(items.map((i) => i.code)).toEqual([near50.code, near150.code]);
    expect(items[0]).toEqual({
      code: near50.code,
      title: 'Cột đèn nghiêng',
      status: 'IN_PROGRESS',
      distanceMeters: 50,
      url: `/vi/phan-anh/${near50.code}`,
      followers: 2,
    });
    expect(items[1]!.distanceMeters).toBe(150);
    expect(items[1]!.followers).toBe(0);
  });

  it('finds a similar title in the same ward, ignoring tone marks, in any category', async () => {
    const items = await query({
      category: 'giao-thong',
      ward: WARD,
      title: 'o ga tren duong nguyen hue',
      locale: 'en',
    });
    expect(codesOf(items)).toEqual([similarInWard.code]);
    expect(items[0]!.url).toBe(`/en/feedback/${similarInWard.code}`);
    expect(items[0]).not.toHaveProperty('distanceMeters');
  });

  it('combines both, without repeating a report, and returns at most five', async () => {
    const items = await query({
      category: 'giao-thong',
      lat: String(P.lat),
      lng: String(P.lng),
      ward: WARD,
      title: 'Ổ gà lớn trên đường Nguyễn Huệ',
      locale: 'vi',
    });
    expect(items.map((i) => i.code)).toEqual([near50.code, near150.code, similarInWard.code]);
    for (let i = 0; i < 6; i++) await report(`N${i}`, { lat: north(10 + i), lng: P.lng });
    const many = await query({ category: 'giao-thong', lat: String(P.lat), lng: String(P.lng), locale: 'vi' });
    expect(many).toHaveLength(5);
    expect(many.every((i) => (i.distanceMeters ?? 999) <= 200)).toBe(true);
  });

  it('finds nothing far away or with nothing to compare', async () => {
    expect(await query({ category: 'giao-thong', lat: '10.5', lng: '107.3', locale: 'vi' })).toEqual([]);
    expect(await query({ category: 'giao-thong', ward: WARD, locale: 'vi' })).toEqual([]);
  });
});
