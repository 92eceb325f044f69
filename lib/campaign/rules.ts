// The digital-citizen campaign's rules, with no database: the kinds of unit, a unit's share of its
// target, the ranking (units with fewer than MIN_RANKED registered members are listed, not ranked)
// and the city's curve over time. server/campaign/queries.ts feeds them; the unit tests use them as they are.

/** The kinds of unit, in the order the filter shows them. Also the values of the `CampaignUnitKind` enum. */
export const CAMPAIGN_KINDS = [
  'AGENCY',
  'WARD',
  'SCHOOL',
  'ORGANISATION',
  'ENTERPRISE',
  'ARMED_FORCES',
  'UNION',
] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/** The kind's value in the filter's address (`?kind=school`). */
export const KIND_SLUGS: Record<CampaignKind, string> = {
  AGENCY: 'agency',
  WARD: 'ward',
  SCHOOL: 'school',
  ORGANISATION: 'organisation',
  ENTERPRISE: 'enterprise',
  ARMED_FORCES: 'armed-forces',
  UNION: 'union',
};

export function kindFromSlug(slug: unknown): CampaignKind | null {
  if (typeof slug !== 'string') return null;
  return (Object.entries(KIND_SLUGS).find(([, s]) => s === slug)?.[0] as CampaignKind | undefined) ?? null;
}

export function isCampaignKind(value: unknown): value is CampaignKind {
  return typeof value === 'string' && (CAMPAIGN_KINDS as readonly string[]).includes(value);
}

/** A unit with fewer registered members is listed but not ranked: 2 of 2 is not a race won. */
export const MIN_RANKED = 5;

export type UnitTally = {
  id: string;
  code: string;
  name: string;
  kind: CampaignKind;
  target: number;
  registered: number;
};
export type RankedUnit = UnitTally & {
  /** Registered / target, 0–1 and more (a unit may pass its target). */
  share: number;
  /** 1, 2, 3…; units with the same share share the place; null when not ranked. */
  rank: number | null;
};

export function shareOf(registered: number, target: number): number {
  return target > 0 ? registered / target : 0;
}

/** Whole percent of the target, rounded down so that 99.6 % never reads as "100 %". */
export function percentOf(share: number): number {
  return Math.floor(share * 100 + 1e-9);
}

/**
 * The table: ranked units first by share (then by registrations, then by name), with competition
 * ranking (1, 2, 2, 4); then the units not ranked, by name.
 */
export function rankUnits(units: readonly UnitTally[], collator = new Intl.Collator('vi')): RankedUnit[] {
  const withShare = units.map((u) => ({ ...u, share: shareOf(u.registered, u.target) }));
  const ranked = withShare
    .filter((u) => u.registered >= MIN_RANKED)
    .sort((a, b) => b.share - a.share || b.registered - a.registered || collator.compare(a.name, b.name));
  const out: RankedUnit[] = [];
  ranked.forEach((u, i) => {
    const prev = out[i - 1];
    const rank = prev && prev.share === u.share ? prev.rank : i + 1;
    out.push({ ...u, rank });
  });
  const rest = withShare
    .filter((u) => u.registered < MIN_RANKED)
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((u) => ({ ...u, rank: null }));
  return [...out, ...rest];
}

export type CurvePoint = { day: string; total: number };

/** The day (YYYY-MM-DD) of an instant in Ho Chi Minh City time (UTC+7, no daylight saving). */
export function cityDay(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The city total by day: one point per day from the first verification to `until`, the running
 * total of verified registrations at the end of that day (`perDay`: registrations verified on each
 * day, in the city's time). At most `maxPoints` points (the older days are dropped, their
 * registrations still counted) so the chart and its table stay readable.
 */
export function cumulativeCurve(
  perDay: readonly { day: string; count: number }[],
  until: Date,
  maxPoints = 60,
): CurvePoint[] {
  if (perDay.length === 0) return [];
  const counts = new Map<string, number>();
  for (const p of perDay) counts.set(p.day, (counts.get(p.day) ?? 0) + p.count);
  const first = [...counts.keys()].sort()[0]!;
  const last = cityDay(until) > first ? cityDay(until) : first;
  const points: CurvePoint[] = [];
  let total = 0;
  for (let d = new Date(`${first}T00:00:00Z`); ; d = new Date(d.getTime() + 86_400_000)) {
    const day = d.toISOString().slice(0, 10);
    total += counts.get(day) ?? 0;
    points.push({ day, total });
    if (day >= last) break;
  }
  // Days after `until` (a clock set back) are not lost: they join the last point.
  for (const [day, n] of counts) if (day > last) points[points.length - 1]!.total += n;
  return points.slice(-maxPoints);
}

/** The chart's geometry: a polyline in a width × height box, the y axis from 0 to the highest total. */
export function curvePath(points: readonly CurvePoint[], width: number, height: number): string {
  if (points.length === 0) return '';
  const max = Math.max(1, ...points.map((p) => p.total));
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  return points.map((p, i) => `${(i * step).toFixed(1)},${(height - (p.total / max) * height).toFixed(1)}`).join(' ');
}
