import 'server-only';
import { db } from '../db';

// What the home page shows of consultations: the open ones, closing soonest first. The same for
// everyone (no counts, no person), so the cached home page can hold it. Quick polls have their own slot.

export async function openConsultationsForHome(now = new Date(), take = 3) {
  return db.consultation.findMany({
    where: { status: 'PUBLISHED', kind: 'CONSULTATION', opensAt: { lte: now }, closesAt: { gt: now } },
    orderBy: [{ closesAt: 'asc' }, { slug: 'asc' }],
    take,
    select: { id: true, slug: true, titleVi: true, titleEn: true, summaryVi: true, summaryEn: true, closesAt: true },
  });
}
