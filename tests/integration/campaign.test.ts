import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { DEMO_INVITATION, DEMO_REVOKED_INVITATION } from '@/prisma/seed/campaign';
import { registerUser, updateProfile, verifyEmail } from '@/server/accounts/service';
import { issueToken } from '@/server/accounts/tokens';
import { campaignBoard, invitationUnit } from '@/server/campaign/queries';
import {
  createInvitation,
  exportUnits,
  importUnits,
  revokeInvitation,
  saveUnit,
  unitsForAdmin,
} from '@/server/campaign/admin';
import { parseUnitsCsv } from '@/lib/campaign/csv';
import { unitSchema } from '@/lib/validation/campaign';
import { createTestData, type TestUser } from '../support/data';
import { errorOf } from '../support/errors';

// The digital-citizen campaign against real PostgreSQL: the board counts verified sign-ups of a
// unit (chosen at sign-up, through an invitation, or later from the profile), admins alone set
// units and targets, the CSV import is all or nothing, and every change is in the audit log.

const session = vi.hoisted(() => ({ user: null as null | { id: string; role: string } }));
vi.mock('@/server/session', () => ({ getCurrentUser: async () => session.user }));
vi.mock('@/server/auth', () => ({
  signIn: async () => undefined,
  signOut: async () => undefined,
  auth: async () => null,
}));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'vi' }));

const actions = await import('@/server/campaign/admin-actions');

const testData = createTestData(db);
const tag = randomBytes(3).toString('hex').toUpperCase();
const ip = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
const email = (p: string) => `${p}.${Date.now()}${Math.floor(Math.random() * 1e6)}@example.com`;
const signUp = {
  name: 'Lê Thị Hoa',
  password: 'mot cau rat dai de nho',
  phone: undefined,
  wardCode: 'mau-phuong-sai-gon',
  consent: true,
};

let admin: TestUser<'ADMIN'>;
let editor: TestUser<'EDITOR'>;
let citizen: TestUser;

beforeAll(async () => {
  await seed(db as never);
  admin = await testData.user({ role: 'ADMIN' });
  editor = await testData.user({ role: 'EDITOR' });
  citizen = await testData.user();
});
afterAll(async () => {
  await db.user.deleteMany({ where: { email: { startsWith: 'campaign-' } } });
  await db.campaignUnit.deleteMany({ where: { code: { endsWith: `-${tag}` } } });
  await testData.cleanup();
  await db.$disconnect();
});

async function newUnit(code: string, target = 10) {
  return saveUnit(
    admin,
    unitSchema.parse({ code: `${code}-${tag}`, name: `Đơn vị thử ${code}`, kind: 'SCHOOL', target: String(target) }),
  );
}

const row = async (unitId: string) => (await campaignBoard(null)).units.find((u) => u.id === unitId)!;

describe('the board', () => {
  it('shows the demo units ranked by share, with the small ones unranked', async () => {
    const board = await campaignBoard(null);
    const byCode = new Map(board.units.map((u) => [u.code, u]));
    // Verified members only: the demo's unverified members do not count.
    expect(byCode.get('VP-UBND')).toMatchObject({ registered: 171, target: 180 });
    expect(byCode.get('THCS-LQD')).toMatchObject({ registered: 3, rank: null });
    const ranked = board.units.filter((u) => u.rank !== null);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.share).toBeGreaterThanOrEqual(ranked[i]!.share);
    expect(board.city.registered).toBe(board.units.reduce((n, u) => n + u.registered, 0));
    expect(board.curve.at(-1)!.total).toBe(board.city.registered);
    const schools = await campaignBoard('SCHOOL');
    expect(schools.units.every((u) => u.kind === 'SCHOOL')).toBe(true);
    expect(schools.units.length).toBeGreaterThan(2);
  });

  it('counts a sign-up for its unit once the email is verified, and a later join from the profile', async () => {
    const unit = await newUnit('DEM');
    const user = await registerUser({ ...signUp, email: email('campaign-a'), campaignUnitId: unit.id }, 'vi', ip());
    expect((await row(unit.id)).registered).toBe(0);
    await verifyEmail(await issueToken(user.id, 'EMAIL_VERIFY'));
    expect((await row(unit.id)).registered).toBe(1);
    // An existing resident joins from the profile.
    await updateProfile(citizen.id, {
      name: citizen.name,
      phone: undefined,
      wardCode: 'mau-phuong-sai-gon',
      campaignUnitId: unit.id,
    });
    expect((await row(unit.id)).registered).toBe(2);
  });

  it('refuses a forged unit at sign-up and in the profile, writing nothing', async () => {
    const address = email('campaign-forged');
    const e = await errorOf(
      registerUser({ ...signUp, email: address, campaignUnitId: 'ckforgedunit000000000' }, 'vi', ip()),
    );
    expect(e.status).toBe(400);
    expect(e.details.fields?.campaignUnitId?.[0]?.code).toBe('unitUnknown');
    expect(await db.user.count({ where: { email: address } })).toBe(0);
    const p = await errorOf(
      updateProfile(citizen.id, {
        name: citizen.name,
        phone: undefined,
        wardCode: 'mau-phuong-sai-gon',
        campaignUnitId: 'nope',
      }),
    );
    expect(p.details.fields?.campaignUnitId?.[0]?.code).toBe('unitUnknown');
  });
});

describe('invitation links', () => {
  it('pre-fill the unit at sign-up; a revoked or forged link is refused with its own message', async () => {
    expect(await invitationUnit(DEMO_INVITATION)).toMatchObject({
      ok: true,
      unit: { name: 'Thành Đoàn Thành phố Hồ Chí Minh' },
    });
    expect(await invitationUnit(DEMO_REVOKED_INVITATION)).toEqual({ ok: false, code: 'invitationRevoked' });
    expect(await invitationUnit('forged-token-0000000000')).toEqual({ ok: false, code: 'invitationUnknown' });
    expect(await invitationUnit('<script>')).toEqual({ ok: false, code: 'invitationUnknown' });

    const unit = await newUnit('INV');
    const inv = await createInvitation(admin, unit.id);
    const user = await registerUser(
      { ...signUp, email: email('campaign-inv'), campaignUnitId: undefined, invitation: inv.token },
      'vi',
      ip(),
    );
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { campaignUnitId: true } })).campaignUnitId,
    ).toBe(unit.id);

    await revokeInvitation(admin, inv.id);
    const address = email('campaign-revoked');
    const e = await errorOf(
      registerUser({ ...signUp, email: address, campaignUnitId: undefined, invitation: inv.token }, 'vi', ip()),
    );
    expect(e.status).toBe(400);
    expect(e.details.fields?.campaignUnitId?.[0]?.code).toBe('invitationRevoked');
    expect(await db.user.count({ where: { email: address } })).toBe(0);
    const forged = await errorOf(
      registerUser(
        { ...signUp, email: address, campaignUnitId: undefined, invitation: 'forged-token-0000000000' },
        'vi',
        ip(),
      ),
    );
    expect(forged.details.fields?.campaignUnitId?.[0]?.code).toBe('invitationUnknown');

    const log = await db.auditLog.findMany({ where: { entityId: inv.id }, orderBy: { createdAt: 'asc' } });
    expect(log.map((l) => l.action)).toEqual(['campaign.invitation.create', 'campaign.invitation.revoke']);
    expect(log.every((l) => l.actorId === admin.id)).toBe(true);
  });
});

describe('the back office', () => {
  it('is for admins only', async () => {
    for (const who of [editor, citizen]) {
      expect((await errorOf(unitsForAdmin(who))).status).toBe(403);
      expect((await errorOf(exportUnits(who))).status).toBe(403);
      expect((await errorOf(importUnits(who, 'code,name,kind,target\nX,Y,SCHOOL,3'))).status).toBe(403);
    }
    session.user = editor;
    const state = await actions.saveUnitAction(
      { ok: false },
      form({ code: `ED-${tag}`, name: 'X', kind: 'SCHOOL', target: '5' }),
    );
    expect(state.ok).toBe(false);
    expect(state.formError).toMatchObject({ code: 'forbidden' });
    expect(await db.campaignUnit.count({ where: { code: `ED-${tag}` } })).toBe(0);
  });

  it('refuses a target of zero or below through the form, and saves a change with the audit log', async () => {
    session.user = admin;
    for (const target of ['0', '-4']) {
      const state = await actions.saveUnitAction(
        { ok: false },
        form({ code: `ZERO-${tag}`, name: 'Không', kind: 'WARD', target }),
      );
      expect(state.fieldErrors?.target?.[0]).toMatchObject({ code: 'targetPositive' });
    }
    expect(await db.campaignUnit.count({ where: { code: `ZERO-${tag}` } })).toBe(0);

    const unit = await newUnit('EDIT', 10);
    await saveUnit(
      admin,
      unitSchema.parse({ id: unit.id, code: unit.code, name: unit.name, kind: 'WARD', target: '25' }),
    );
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: unit.id, action: 'campaign.unit.update' } });
    expect(entry.before).toMatchObject({ target: 10, kind: 'SCHOOL' });
    expect(entry.after).toMatchObject({ target: 25, kind: 'WARD' });
    const taken = await errorOf(
      saveUnit(admin, unitSchema.parse({ code: 'VP-UBND', name: 'Trùng', kind: 'AGENCY', target: '5' })),
    );
    expect(taken.details.fields?.code?.[0]?.code).toBe('unitCodeTaken');
  });

  it('imports a CSV all or nothing: a bad row reports every problem and changes nothing', async () => {
    const before = await db.campaignUnit.count();
    const bad = `code,name,kind,target\nCSV1-${tag},Một,SCHOOL,10\nCSV2-${tag},Hai,SCHOOL,0\nCSV3-${tag},,ROBOTS,5\n`;
    const refused = await importUnits(admin, bad);
    expect(refused).toEqual({
      ok: false,
      problems: [
        { line: 3, code: 'targetInvalid', value: '0' },
        { line: 4, code: 'nameInvalid', value: '' },
        { line: 4, code: 'kindUnknown', value: 'ROBOTS' },
      ],
    });
    expect(await db.campaignUnit.count()).toBe(before);
    expect(await importUnits(admin, 'code,name\nA,B')).toEqual({
      ok: false,
      problems: [{ line: 1, code: 'missingColumns', value: 'kind, target' }],
    });

    const good = `code,name,kind,target\nCSV1-${tag},Một,SCHOOL,10\nCSV2-${tag},Hai,union,20\n`;
    expect(await importUnits(admin, good)).toEqual({ ok: true, created: 2, updated: 0 });
    expect(await importUnits(admin, good.replace(',20', ',30'))).toEqual({ ok: true, created: 0, updated: 1 });
    expect(
      await db.campaignUnit.findUniqueOrThrow({ where: { code: `CSV2-${tag}` }, select: { target: true, kind: true } }),
    ).toEqual({
      target: 30,
      kind: 'UNION',
    });
    expect(await db.auditLog.count({ where: { action: 'campaign.unit.import', actorId: admin.id } })).toBe(2);
  });

  it('exports the table as a CSV that imports back unchanged, and logs the export', async () => {
    const csv = await exportUnits(admin);
    const parsed = parseUnitsCsv(csv);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rows.find((r) => r.code === 'VP-UBND')).toEqual({
      code: 'VP-UBND',
      name: 'Văn phòng Ủy ban nhân dân Thành phố',
      kind: 'AGENCY',
      target: 180,
    });
    expect(csv).toContain(',171,95,');
    expect(await importUnits(admin, csv)).toMatchObject({ ok: true, created: 0, updated: 0 });
    expect(await db.auditLog.count({ where: { action: 'campaign.unit.export', actorId: admin.id } })).toBe(1);
  });

  it('the import action refuses a missing file without a 500', async () => {
    session.user = admin;
    expect(await actions.importUnitsAction({ ok: null }, new FormData())).toEqual({ ok: false, noFile: true });
    const data = new FormData();
    data.append('file', new File([`code,name,kind,target\nF-${tag},Tệp,WARD,-1\n`], 'units.csv', { type: 'text/csv' }));
    expect(await actions.importUnitsAction({ ok: null }, data)).toEqual({
      ok: false,
      problems: [{ line: 2, code: 'targetInvalid', value: '-1' }],
    });
  });
});

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
}
