import 'server-only';
import { db } from '../db';

// The events of the consultations' Atom feed: a consultation opened, a consultation closed. Only
// published consultations and only events that have happened; the newest first.

export type FeedEvent = {
  kind: 'opened' | 'closed';
  at: Date;
  consultation: {
    id: string;
    slug: string;
    titleVi: string;
    titleEn: string;
    summaryVi: string;
    summaryEn: string;
    opensAt: Date;
    closesAt: Date;
    closedEarlyAt: Date | null;
  };
};

const select = {
  id: true,
  slug: true,
  titleVi: true,
  titleEn: true,
  summaryVi: true,
  summaryEn: true,
  opensAt: true,
  closesAt: true,
  closedEarlyAt: true,
} as const;

export async function feedEvents(now = new Date(), take = 50): Promise<FeedEvent[]> {
  const [opened, closed] = await Promise.all([
    db.consultation.findMany({
      where: { status: 'PUBLISHED', opensAt: { lte: now } },
      orderBy: [{ opensAt: 'desc' }, { id: 'asc' }],
      take,
      select,
    }),
    db.consultation.findMany({
      where: { status: 'PUBLISHED', closesAt: { lte: now } },
      orderBy: [{ closesAt: 'desc' }, { id: 'asc' }],
      take,
      select,
    }),
  ]);
  const events: FeedEvent[] = [
    ...opened.map((c) => ({ kind: 'opened' as const, at: c.opensAt, consultation: c })),
    ...closed.map((c) => ({ kind: 'closed' as const, at: c.closesAt, consultation: c })),
  ];
  // Newest first; an opening and a closing at the same moment: the closing first.
  events.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.kind === b.kind ? 0 : a.kind === 'closed' ? -1 : 1));
  return events.slice(0, take);
}
