// The pages kept for anonymous visitors (docs/decisions/040-pages-shared-by-anonymous-visitors.md)
// are emptied by notifications the database's triggers send at commit: what an official, a resident
// or any script changes in a report or a consultation reaches the listener of every server, and a
// change rolled back reaches none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { statusChange } from '@/lib/validation/reports/report';
import { changeStatus, setReportHidden } from '@/server/reports/workflow';
import { followReport } from '@/server/reports/resident';
import { listenForPagesChanged, type PagesChangedListener } from '@/server/http/pages-changed-listener';
import { createTestData } from '../support/data';

const testData = createTestData(db);
let listener: PagesChangedListener;
const heard: string[] = [];

beforeAll(async () => {
  await seed(db as never);
  listener = listenForPagesChanged({
    databaseUrl: process.env.DATABASE_URL!,
    self: 'this-instance',
    onChange: async () => {},
    onShared: (group) => void heard.push(group),
  });
  await listener.ready;
});
afterAll(async () => {
  await listener.close();
  await testData.cleanup();
});

/** What the listener hears while `change` runs (and a moment after its commit). */
async function heardDuring(change: () => Promise<unknown>): Promise<string[]> {
  heard.length = 0;
  await change();
  await new Promise((r) => setTimeout(r, 300));
  return [...new Set(heard)];
}

describe('shared pages changed', () => {
  it('tells every listener when a report is filed, moved on, followed or hidden', async () => {
    const official = await testData.user({ role: 'OFFICIAL', agency: 'SO-XD' });
    const citizen = await testData.user();
    let code = '';
    expect(await heardDuring(async () => (code = (await testData.report({ agency: 'SO-XD' })).code))).toEqual([
      'reports',
    ]);
    const moved = statusChange.parse({ status: 'IN_PROGRESS', note: 'Đã cử đội kiểm tra.' });
    expect(await heardDuring(() => changeStatus(official, code, moved))).toEqual(['reports']);
    expect(await heardDuring(() => followReport(citizen, code))).toEqual(['reports']);
    expect(
      await heardDuring(() => setReportHidden(official, { code, hidden: true, reason: 'Thông tin cá nhân' })),
    ).toEqual(['reports']);
  });

  it('tells them when a consultation changes, and says nothing of a change rolled back', async () => {
    const c = await db.consultation.findFirstOrThrow({ select: { id: true, closeReason: true } });
    expect(
      await heardDuring(() => db.consultation.update({ where: { id: c.id }, data: { closeReason: c.closeReason } })),
    ).toEqual(['consultations']);
    const rolledBack = heardDuring(() =>
      db
        .$transaction(async (tx) => {
          await tx.report.updateMany({ data: { title: 'x' } });
          throw new Error('rolled back');
        })
        .catch(() => undefined),
    );
    expect(await rolledBack).toEqual([]);
  });
});
