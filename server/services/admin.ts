import 'server-only';
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import type { PlaceReportStatus } from '@/generated/prisma/client';
import { publicPagesChanged } from '@/lib/public-pages-changed';
import { pageCount, pageSlice } from '@/lib/pagination';
import { dateOnly, parseHours, parseSpecialHours } from '@/lib/services/hours';
import { CHECKABLE_FACTS } from '@/lib/services/places';
import { normalizeForSearch } from '@/lib/search/normalize';
import type { PlaceEditInput } from '@/lib/validation/services';
import { audit } from '../audit';
import { db } from '../db';
import { forgetPlaceTotals } from './queries';
import { AppError } from '../errors';
import { instanceId, PAGES_CHANGED_CHANNEL } from '../http/pages-changed';
import { can, type Subject } from '../permissions';

// The services directory's back office: editors add and correct places and close residents'
// corrections. Each change is checked with `can(user, 'place:edit')`, written in one transaction
// with its audit entry, and refreshes the cached directory pages.

export const ADMIN_PAGE_SIZE = 30;

function requireEditor(user: Subject): asserts user is NonNullable<Subject> {
  if (!user) throw new AppError('unauthorized');
  if (!can(user, 'place:edit')) throw new AppError('forbidden');
}

export async function listPlacesForAdmin(page: number, q = '') {
  const where = { synthetic: false, ...(q ? { searchText: { contains: normalizeForSearch(q) } } : {}) };
  const [total, rows, openReports] = await Promise.all([
    db.place.count({ where }),
    db.place.findMany({
      where,
      orderBy: [{ type: 'asc' }, { nameVi: 'asc' }],
      ...pageSlice(page, ADMIN_PAGE_SIZE),
      select: {
        id: true,
        slug: true,
        type: true,
        nameVi: true,
        nameEn: true,
        unverified: true,
        ward: { select: { name: true, nameEn: true } },
      },
    }),
    db.placeReport.count({ where: { status: 'OPEN' } }),
  ]);
  return { rows, total, page, pages: pageCount(total, ADMIN_PAGE_SIZE), openReports };
}

const specialSelect = { startsOn: true, endsOn: true, opensMin: true, closesMin: true } as const;
const withHours = {
  hours: { select: { weekday: true, opensMin: true, closesMin: true } },
  specialHours: { select: specialSelect, orderBy: [{ startsOn: 'asc' as const }, { opensMin: 'asc' as const }] },
};

export async function placeForEditor(id: string) {
  const place = await db.place.findFirst({ where: { id, synthetic: false }, include: withHours });
  return place && { ...place, specialHours: place.specialHours.map(specialDates) };
}

const specialDates = (s: { startsOn: Date; endsOn: Date; opensMin: number | null; closesMin: number | null }) => ({
  ...s,
  startsOn: dateOnly(s.startsOn),
  endsOn: dateOnly(s.endsOn),
});

/** Refreshes the cached directory pages (and the procedure pages naming one-stop centres) here, then tells the other instances. */
export async function refreshDirectoryPages(): Promise<void> {
  for (const path of [
    '/[locale]/services',
    '/[locale]/services/types/[type]',
    '/[locale]/services/wards/[ward]',
    '/[locale]/services/places/[slug]',
    '/[locale]/procedures/[slug]',
  ])
    revalidatePath(path, 'page');
  forgetPlaceTotals();
  publicPagesChanged();
  after(() => publicPagesChanged());
  try {
    await db.$executeRaw`SELECT pg_notify(${PAGES_CHANGED_CHANNEL}, ${instanceId()})`;
  } catch (error) {
    console.error('Could not tell the other instances that public pages changed:', error);
  }
}

const snapshot = (
  p: Record<string, unknown> & {
    specialHours: { startsOn: Date; endsOn: Date; opensMin: number | null; closesMin: number | null }[];
  },
) => {
  const { createdAt: _c, updatedAt: _u, searchText: _s, ...rest } = p;
  return { ...rest, specialHours: p.specialHours.map(specialDates) };
};

/** Creates or updates an entry; a slug already used is a field error. */
export async function savePlace(user: Subject, input: PlaceEditInput) {
  requireEditor(user);
  const ward = await db.administrativeUnit.findFirst({
    where: { code: input.ward, level: { not: 'CITY' } },
    select: { code: true, name: true },
  });
  if (!ward) throw new AppError('bad_request', 'wardUnknown', { fields: { ward: 'wardUnknown' } });
  const hours = parseHours(input.hours);
  if (!hours.ok) throw new AppError('bad_request', 'invalid', { fields: { hours: 'invalid' } });
  const special = parseSpecialHours(input.specialHours);
  if (!special.ok) {
    const error = { code: special.error, params: { line: special.line } };
    throw new AppError('bad_request', error, { fields: { specialHours: error } });
  }
  const specialRows = special.periods.map((p) => ({
    ...p,
    startsOn: new Date(`${p.startsOn}T00:00:00Z`),
    endsOn: new Date(`${p.endsOn}T00:00:00Z`),
  }));
  const clash = await db.place.findFirst({
    where: { slug: input.slug, ...(input.id ? { NOT: { id: input.id } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError('conflict', 'taken', { fields: { slug: 'taken' } });
  const data = {
    slug: input.slug,
    type: input.type,
    schoolLevel: input.type === 'SCHOOL' ? (input.schoolLevel ?? null) : null,
    ownership: input.ownership,
    serves: input.type === 'ADMIN_CENTRE' ? (input.serves ?? null) : null,
    nameVi: input.nameVi,
    nameEn: input.nameEn,
    address: input.address,
    wardCode: ward.code,
    phone: input.phone ?? '',
    website: input.website ?? '',
    lat: input.lat,
    lng: input.lng,
    closedOnHolidays: input.closedOnHolidays,
    hoursNoteVi: input.hoursNoteVi ?? '',
    hoursNoteEn: input.hoursNoteEn ?? '',
    unverified: CHECKABLE_FACTS.filter((f) => input[`unverified_${f}`]),
    searchText: normalizeForSearch(`${input.nameVi} ${input.nameEn} ${input.address} ${ward.name}`),
  };
  const saved = await db.$transaction(async (tx) => {
    if (input.id) {
      const before = await tx.place.findFirst({ where: { id: input.id, synthetic: false }, include: withHours });
      if (!before) throw new AppError('not_found');
      await tx.placeHours.deleteMany({ where: { placeId: before.id } });
      await tx.placeSpecialHours.deleteMany({ where: { placeId: before.id } });
      const after = await tx.place.update({
        where: { id: before.id },
        data: { ...data, hours: { create: hours.periods }, specialHours: { create: specialRows } },
        include: withHours,
      });
      await audit(tx, {
        actorId: user.id,
        action: 'place.update',
        entityType: 'Place',
        entityId: before.id,
        before: snapshot(before),
        after: snapshot(after),
      });
      return after;
    }
    const created = await tx.place.create({
      data: { ...data, hours: { create: hours.periods }, specialHours: { create: specialRows } },
      include: withHours,
    });
    await audit(tx, {
      actorId: user.id,
      action: 'place.create',
      entityType: 'Place',
      entityId: created.id,
      after: snapshot(created),
    });
    return created;
  });
  await refreshDirectoryPages();
  return saved;
}

export async function openCorrections(page: number) {
  const where = { status: 'OPEN' as const };
  const [total, rows] = await Promise.all([
    db.placeReport.count({ where }),
    db.placeReport.findMany({
      where,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      ...pageSlice(page, ADMIN_PAGE_SIZE),
      include: { place: { select: { id: true, slug: true, nameVi: true, nameEn: true } } },
    }),
  ]);
  return { rows, total, page, pages: pageCount(total, ADMIN_PAGE_SIZE) };
}

/** Closes a resident's correction as done or dismissed; closing one twice changes nothing. */
export async function closeCorrection(user: Subject, id: string, status: Exclude<PlaceReportStatus, 'OPEN'>) {
  requireEditor(user);
  await db.$transaction(async (tx) => {
    const changed = await tx.placeReport.updateMany({
      where: { id, status: 'OPEN' },
      data: { status, handledAt: new Date(), handledById: user.id },
    });
    if (changed.count === 0) throw new AppError('not_found');
    await audit(tx, {
      actorId: user.id,
      action: `placeReport.${status.toLowerCase()}`,
      entityType: 'PlaceReport',
      entityId: id,
      before: { status: 'OPEN' },
      after: { status },
    });
  });
}
