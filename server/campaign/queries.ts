import 'server-only';
import { cumulativeCurve, rankUnits, type CampaignKind, type UnitTally } from '@/lib/campaign/rules';
import { db } from '../db';

// The campaign's public numbers. A registration counts once its email is verified, for the unit
// the person chose at sign-up or joined later from the profile; a deleted account counts no more.
const counted = { emailVerified: { not: null }, deletedAt: null, campaignUnitId: { not: null } } as const;

/** Every unit with its verified registrations. */
export async function unitTallies(): Promise<UnitTally[]> {
  const [units, groups] = await Promise.all([
    db.campaignUnit.findMany({ select: { id: true, code: true, name: true, kind: true, target: true } }),
    db.user.groupBy({ by: ['campaignUnitId'], where: counted, _count: { _all: true } }),
  ]);
  const byUnit = new Map(groups.map((g) => [g.campaignUnitId, g._count._all]));
  return units.map((u) => ({ ...u, kind: u.kind as CampaignKind, registered: byUnit.get(u.id) ?? 0 }));
}

/** Verified registrations per day (city time), for the curve. */
async function registrationsPerDay(): Promise<{ day: string; count: number }[]> {
  const rows = await db.$queryRaw<{ day: string; count: bigint }[]>`
    SELECT to_char(("emailVerified" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS day,
           count(*) AS count
    FROM "User"
    WHERE "campaignUnitId" IS NOT NULL AND "emailVerified" IS NOT NULL AND "deletedAt" IS NULL
    GROUP BY 1 ORDER BY 1`;
  return rows.map((r) => ({ day: r.day, count: Number(r.count) }));
}

/** The public page: the table (filtered by kind, ranked within it), the city's totals and curve. */
export async function campaignBoard(kind: CampaignKind | null, now = new Date()) {
  const [tallies, perDay] = await Promise.all([unitTallies(), registrationsPerDay()]);
  const shown = kind ? tallies.filter((u) => u.kind === kind) : tallies;
  const kinds = new Set(tallies.map((u) => u.kind));
  return {
    units: rankUnits(shown),
    kindsInUse: kinds,
    city: {
      registered: tallies.reduce((n, u) => n + u.registered, 0),
      target: tallies.reduce((n, u) => n + u.target, 0),
      units: tallies.length,
    },
    curve: cumulativeCurve(perDay, now),
  };
}

/** The unit an invitation link names, or why it cannot be used. */
export async function invitationUnit(
  token: string | undefined,
): Promise<
  | { ok: true; unit: { id: string; name: string } }
  | { ok: false; code: 'invitationUnknown' | 'invitationRevoked' }
  | null
> {
  if (!token) return null;
  if (!/^[A-Za-z0-9_-]{10,64}$/.test(token)) return { ok: false, code: 'invitationUnknown' };
  const inv = await db.campaignInvitation.findUnique({
    where: { token },
    select: { revokedAt: true, unit: { select: { id: true, name: true } } },
  });
  if (!inv) return { ok: false, code: 'invitationUnknown' };
  if (inv.revokedAt) return { ok: false, code: 'invitationRevoked' };
  return { ok: true, unit: inv.unit };
}
