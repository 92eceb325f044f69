import 'server-only';
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { parseUnitsCsv, unitsCsv, type CsvProblem } from '@/lib/campaign/csv';
import { percentOf, rankUnits } from '@/lib/campaign/rules';
import { publicPagesChanged } from '@/lib/public-pages-changed';
import type { unitSchema } from '@/lib/validation/campaign';
import { audit } from '../audit';
import { db } from '../db';
import { AppError } from '../errors';
import { can, type RoleHolder } from '../permissions';
import { unitTallies } from './queries';

// The campaign back office: units, their kinds and targets, the CSV import and export, invitation
// links. Each function asks the permissions module itself and writes the audit log in the same
// transaction as the change.

type Actor = RoleHolder & { id: string };

function mayManage(user: Actor | null | undefined): asserts user is Actor {
  if (!user) throw new AppError('unauthorized');
  if (!can(user, 'campaign:manage')) throw new AppError('forbidden');
}

/** The admins' table: every unit with its registrations, rank and live invitation links. */
export async function unitsForAdmin(user: Actor) {
  mayManage(user);
  const [ranked, invitations] = await Promise.all([
    unitTallies().then((t) => rankUnits(t)),
    db.campaignInvitation.findMany({
      where: { revokedAt: null },
      select: { id: true, token: true, unitId: true, createdAt: true },
      orderBy: { createdAt: 'asc' },
    }),
  ]);
  return ranked.map((u) => ({ ...u, invitations: invitations.filter((i) => i.unitId === u.id) }));
}

export async function unitForAdmin(user: Actor, id: string) {
  mayManage(user);
  const unit = await db.campaignUnit.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      target: true,
      invitations: {
        select: { id: true, token: true, createdAt: true, revokedAt: true },
        orderBy: { createdAt: 'desc' },
      },
    },
  });
  if (!unit) throw new AppError('not_found');
  return unit;
}

const unitFields = { id: true, code: true, name: true, kind: true, target: true } as const;

/** Creates a unit or changes one (code, name, kind, target). */
export async function saveUnit(user: Actor, input: z.output<typeof unitSchema>) {
  mayManage(user);
  try {
    const saved = await db.$transaction(async (tx) => {
      const before = input.id
        ? await tx.campaignUnit.findUnique({ where: { id: input.id }, select: unitFields })
        : null;
      if (input.id && !before) throw new AppError('not_found');
      const data = { code: input.code, name: input.name, kind: input.kind, target: input.target };
      const after = before
        ? await tx.campaignUnit.update({ where: { id: before.id }, data, select: unitFields })
        : await tx.campaignUnit.create({ data, select: unitFields });
      await audit(tx, {
        actorId: user.id,
        action: before ? 'campaign.unit.update' : 'campaign.unit.create',
        entityType: 'CampaignUnit',
        entityId: after.id,
        before: before ?? undefined,
        after,
      });
      return after;
    });
    publicPagesChanged();
    return saved;
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002')
      throw new AppError('conflict', 'unitCodeTaken', { fields: { code: 'unitCodeTaken' } });
    throw error;
  }
}

export type ImportOutcome = { ok: true; created: number; updated: number } | { ok: false; problems: CsvProblem[] };

/**
 * Imports units from CSV (code,name,kind,target): a unit with the same code is updated, another
 * created. Every bad row is reported and nothing is written while one is wrong.
 */
export async function importUnits(user: Actor, text: string): Promise<ImportOutcome> {
  mayManage(user);
  const parsed = parseUnitsCsv(text);
  if (!parsed.ok) return parsed;
  const result = await db.$transaction(
    async (tx) => {
      const existing = new Map(
        (await tx.campaignUnit.findMany({ select: unitFields })).map((u) => [u.code.toUpperCase(), u]),
      );
      let created = 0;
      let updated = 0;
      for (const row of parsed.rows) {
        const before = existing.get(row.code.toUpperCase());
        if (before) {
          if (before.name === row.name && before.kind === row.kind && before.target === row.target) continue;
          await tx.campaignUnit.update({
            where: { id: before.id },
            data: { name: row.name, kind: row.kind, target: row.target },
          });
          updated++;
        } else {
          await tx.campaignUnit.create({ data: row });
          created++;
        }
      }
      await audit(tx, {
        actorId: user.id,
        action: 'campaign.unit.import',
        entityType: 'CampaignUnit',
        entityId: 'import',
        after: { created, updated, rows: parsed.rows },
      });
      return { created, updated };
    },
    { timeout: 30_000 },
  );
  publicPagesChanged();
  return { ok: true, ...result };
}

/** The table as CSV (it imports back as it is); the export itself goes in the audit log. */
export async function exportUnits(user: Actor): Promise<string> {
  mayManage(user);
  const ranked = rankUnits(await unitTallies());
  await audit(db, { actorId: user.id, action: 'campaign.unit.export', entityType: 'CampaignUnit', entityId: 'export' });
  return unitsCsv(ranked.map((u) => ({ ...u, percent: percentOf(u.share) })));
}

/** A new invitation link for a unit (the token only pre-fills the unit at sign-up). */
export async function createInvitation(user: Actor, unitId: string) {
  mayManage(user);
  return db.$transaction(async (tx) => {
    const unit = await tx.campaignUnit.findUnique({ where: { id: unitId }, select: { id: true } });
    if (!unit) throw new AppError('not_found', 'unitUnknown');
    const inv = await tx.campaignInvitation.create({
      data: { unitId, token: randomBytes(16).toString('base64url'), createdById: user.id },
      select: { id: true, token: true, unitId: true },
    });
    await audit(tx, {
      actorId: user.id,
      action: 'campaign.invitation.create',
      entityType: 'CampaignInvitation',
      entityId: inv.id,
      after: { unitId },
    });
    return inv;
  });
}

/** Revokes a link: opening it (or signing up through it) is refused from now on. */
export async function revokeInvitation(user: Actor, id: string) {
  mayManage(user);
  return db.$transaction(async (tx) => {
    const inv = await tx.campaignInvitation.findUnique({
      where: { id },
      select: { id: true, unitId: true, revokedAt: true },
    });
    if (!inv) throw new AppError('not_found');
    if (inv.revokedAt) return inv;
    const after = await tx.campaignInvitation.update({
      where: { id },
      data: { revokedAt: new Date() },
      select: { id: true, unitId: true, revokedAt: true },
    });
    await audit(tx, {
      actorId: user.id,
      action: 'campaign.invitation.revoke',
      entityType: 'CampaignInvitation',
      entityId: id,
      before: { revokedAt: null },
      after: { revokedAt: after.revokedAt },
    });
    return after;
  });
}
