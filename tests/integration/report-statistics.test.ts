import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '@/generated/prisma/client';
import { addWorkingDays, workingDaysBetween } from '@/lib/reports/deadline';
import { applyMigrations } from '../../scripts/lib/migrate';
import { createTestData } from '../support/data';

// The statistics on a small set of reports of our own, in a database of their own, so that every
// expected figure can be worked out by hand (the demo data and other tests never interfere).

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const name = `stats_test_${randomBytes(5).toString('hex')}`;
const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();

type Stats = typeof import('@/server/reports/statistics');
let stats: Stats;
let db: (typeof import('@/server/db'))['db'];

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const NOW = new Date('2026-11-25T12:00:00+07:00');
const HOLIDAYS = new Set(['2026-09-01', '2026-09-02']);
const at = (s: string) => new Date(`${s}+07:00`);
let n = 0;

type Fixture = {
  agency: 'A' | 'B';
  created: string;
  answered?: string;
  status?: 'RECEIVED' | 'IN_PROGRESS' | 'RESOLVED' | 'REJECTED';
  committed?: string;
  ward?: 'W1' | 'W2';
  isPublic?: boolean;
  hidden?: boolean;
};

// Agency A: six answers 1, 2, 3, 4, 5 and 9 working days after a Monday (24 … 264 hours), the last
// one late; one of them private (counts), plus a hidden one answered within the hour (does not).
// Agency B: four answers in the last 12 months (one across the 1–2 September holidays), one open
// report past its deadline, one open report with a later committed date, and one answer from 2025.
const fixtures: Fixture[] = [
  { agency: 'A', created: '2026-11-02T09:00:00', answered: '2026-11-03T09:00:00', ward: 'W1' },
  { agency: 'A', created: '2026-11-02T09:00:00', answered: '2026-11-04T09:00:00', ward: 'W1', status: 'REJECTED' },
  { agency: 'A', created: '2026-11-02T09:00:00', answered: '2026-11-05T09:00:00', ward: 'W1', isPublic: false },
  { agency: 'A', created: '2026-11-02T09:00:00', answered: '2026-11-06T09:00:00', ward: 'W2' },
  { agency: 'A', created: '2026-11-02T09:00:00', answered: '2026-11-09T09:00:00', ward: 'W2' },
  { agency: 'A', created: '2026-11-02T09:00:00', answered: '2026-11-13T09:00:00' },
  { agency: 'A', created: '2026-11-02T09:00:00', answered: '2026-11-02T09:30:00', ward: 'W1', hidden: true },
  { agency: 'B', created: '2026-08-28T10:00:00', answered: '2026-09-03T10:00:00', ward: 'W2' },
  { agency: 'B', created: '2026-11-02T09:00:00', answered: '2026-11-02T15:00:00', ward: 'W2' },
  { agency: 'B', created: '2026-11-02T09:00:00', answered: '2026-11-03T09:00:00', ward: 'W2' },
  { agency: 'B', created: '2026-11-02T09:00:00', answered: '2026-11-16T09:00:00', ward: 'W2' },
  { agency: 'B', created: '2026-11-02T09:00:00', status: 'RECEIVED', ward: 'W2' },
  { agency: 'B', created: '2026-11-02T09:00:00', status: 'IN_PROGRESS', committed: '2026-12-01T23:59:59', ward: 'W2' },
  { agency: 'B', created: '2025-06-02T09:00:00', answered: '2025-06-03T09:00:00', ward: 'W1' },
];

beforeAll(async () => {
  await admin(`CREATE DATABASE "${name}"`);
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  ({ db } = await import('@/server/db'));
  stats = await import('@/server/reports/statistics');

  const testData = createTestData(db);
  const a = await testData.agency({ code: 'AG-A', nameVi: 'Cơ quan A', nameEn: 'Agency A' });
  const b = await testData.agency({ code: 'AG-B', nameVi: 'Cơ quan B', nameEn: 'Agency B' });
  await db.reportCategory.createMany({
    data: [
      { code: 'cat-x', nameVi: 'Lĩnh vực X', nameEn: 'Category X', sortOrder: 0, defaultAgencyId: a.id },
      { code: 'cat-y', nameVi: 'Lĩnh vực Y', nameEn: 'Category Y', sortOrder: 1, defaultAgencyId: b.id },
      { code: 'cat-z', nameVi: 'Lĩnh vực Z', nameEn: 'Category Z', sortOrder: 2, defaultAgencyId: b.id },
    ],
  });
  await db.administrativeUnit.createMany({
    data: [
      { code: 'W1', name: 'Phường Một', nameEn: 'Ward One', level: 'WARD' },
      { code: 'W2', name: 'Phường Hai', nameEn: 'Ward Two', level: 'WARD' },
    ],
  });
  await db.publicHoliday.createMany({
    data: [...HOLIDAYS].map((d) => ({
      date: new Date(`${d}T00:00:00Z`),
      nameVi: 'Quốc khánh',
      nameEn: 'National Day',
    })),
  });
  for (const f of fixtures) {
    const created = at(f.created);
    const answeredAt = f.answered ? at(f.answered) : null;
    const status = f.status ?? 'RESOLVED';
    n += 1;
    await testData.report({
      categoryCode: f.agency === 'A' ? 'cat-x' : 'cat-y',
      agencyId: f.agency === 'A' ? a.id : b.id,
      title: `Phản ánh thử ${n}`,
      description: 'Nội dung thử nghiệm',
      wardCode: f.ward ?? null,
      isPublic: f.isPublic ?? true,
      status,
      dueAt: addWorkingDays(created, 5, HOLIDAYS),
      committedAt: f.committed ? at(f.committed) : null,
      answeredAt,
      closedAt: status === 'RESOLVED' || status === 'REJECTED' ? answeredAt : null,
      hiddenAt: f.hidden ? created : null,
      createdAt: created,
      createdEvent: false,
    });
  }
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe('report statistics', () => {
  it('counts by status, category and ward, without hidden reports, private ones included', async () => {
    const s = await stats.reportStatistics('12m', NOW);
    expect(s.total).toBe(12);
    expect(Object.fromEntries(s.byStatus.map((x) => [x.key, x.count]))).toEqual({
      RECEIVED: 1,
      IN_PROGRESS: 1,
      RESOLVED: 9,
      REJECTED: 1,
      DUPLICATE: 0,
    });
    expect(s.byCategory.map((c) => [c.key, c.count])).toEqual([
      ['cat-x', 6],
      ['cat-y', 6],
      ['cat-z', 0],
    ]);
    expect(s.byWard.map((w) => [w.key, w.nameVi, w.count])).toEqual([
      ['W2', 'Phường Hai', 8],
      ['W1', 'Phường Một', 3],
      ['', '', 1],
    ]);
  });

  it('computes the share answered on time over answered and overdue reports, honouring committed dates', async () => {
    const s = await stats.reportStatistics('12m', NOW);
    // A: 5 of 6 on time; B: 3 of 4 answered on time and 1 overdue (the one with a committed date is not).
    expect({ answered: s.answered, onTime: s.onTime, overdue: s.overdue }).toEqual({
      answered: 10,
      onTime: 8,
      overdue: 1,
    });
    expect(s.onTimeShare).toBeCloseTo(8 / 11, 10);
    const a = s.ranked.find((x) => x.code === 'AG-A')!;
    expect(a.onTimeShare).toBeCloseTo(5 / 6, 10);
    const b = s.unranked.find((x) => x.code === 'AG-B')!;
    expect({ answered: b.answered, onTime: b.onTime, overdue: b.overdue }).toEqual({
      answered: 4,
      onTime: 3,
      overdue: 1,
    });
    expect(b.onTimeShare).toBeCloseTo(0.6, 10);
  });

  it('takes medians in working days (weekends and holidays not counted) and in hours', async () => {
    const s = await stats.reportStatistics('12m', NOW);
    const a = s.ranked.find((x) => x.code === 'AG-A')!;
    expect(a.medianWorkingDays).toBe(3.5); // 1 2 3 | 4 5 9
    expect(a.medianHours).toBe(84); // 24 48 72 | 96 168 264
    const b = s.unranked.find((x) => x.code === 'AG-B')!;
    expect(b.medianWorkingDays).toBe(1.5); // 0 1 | 2 (Fri → Thu across two holidays and a weekend) 10
    expect(b.medianHours).toBe(84); // 6 24 | 144 336
  });

  it('ranks only agencies with at least five answers, fastest median first', async () => {
    const year = await stats.reportStatistics('12m', NOW);
    expect(stats.MIN_ANSWERED_FOR_RANK).toBe(5);
    expect(year.ranked.map((x) => x.code)).toEqual(['AG-A']);
    expect(year.unranked.map((x) => x.code)).toEqual(['AG-B']);
    // With the 2025 answer, B has five answers and a faster median (1 working day): it ranks first.
    const all = await stats.reportStatistics('all', NOW);
    expect(all.total).toBe(13);
    expect(all.ranked.map((x) => [x.code, x.answered, x.medianWorkingDays, x.medianHours])).toEqual([
      ['AG-B', 5, 1, 24],
      ['AG-A', 6, 3.5, 84],
    ]);
    expect(all.unranked).toEqual([]);
  });

  it('filters by period: the last 30 days leave out the August report', async () => {
    const month = await stats.reportStatistics('30d', NOW);
    expect(month.since?.toISOString()).toBe(new Date(NOW.getTime() - 30 * 86_400_000).toISOString());
    expect(month.total).toBe(11);
    const b = month.unranked.find((x) => x.code === 'AG-B')!;
    expect(b.answered).toBe(3);
  });

  it('counts working days in SQL exactly as lib/reports/deadline.ts does, across weekends and holidays', async () => {
    const day = (offset: number) => new Date(Date.UTC(2026, 7, 20) + offset * 86_400_000).toISOString().slice(0, 10);
    const pairs: [string, string][] = [];
    for (let i = 0; i < 300; i++) pairs.push([day((i * 7) % 41), day(((i * 7) % 41) + ((i * 13) % 37))]);
    const values = Prisma.join(pairs.map(([a, b], i) => Prisma.sql`(${i}::int, ${a}::date, ${b}::date)`));
    const rows = await db.$queryRaw<{ i: number; n: number }[]>`
      WITH hol AS MATERIALIZED (SELECT date AS d FROM "PublicHoliday" WHERE extract(isodow FROM date) < 6),
      p (i, d1, d2) AS (VALUES ${values})
      SELECT p.i, ${stats.workingDaysSql(Prisma.sql`p.d1`, Prisma.sql`p.d2`)} AS n FROM p ORDER BY p.i`;
    expect(rows).toHaveLength(pairs.length);
    for (const { i, n } of rows) {
      const [a, b] = pairs[i]!;
      expect(n, `${a} → ${b}`).toBe(
        workingDaysBetween(new Date(`${a}T10:00:00+07:00`), new Date(`${b}T16:00:00+07:00`), HOLIDAYS),
      );
    }
  });

  it('answers with zeros and no share on an empty period', async () => {
    const empty = await stats.reportStatistics('30d', new Date('2030-01-01T00:00:00Z'));
    expect(empty.total).toBe(0);
    expect(empty.onTimeShare).toBeNull();
    expect(empty.ranked).toEqual([]);
    expect(empty.byCategory.every((c) => c.count === 0)).toBe(true);
  });
});
