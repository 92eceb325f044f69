import 'server-only';
import { cache } from 'react';
import type { Prisma } from '@/generated/prisma/client';
import { phaseOf, type Phase, type QuestionRule } from '@/lib/consultations/rules';
import { pageCount, pageSlice, clampPage } from '@/lib/pagination';
import { db } from '../db';

// What residents read of public consultations: the list, one consultation with its questions, and
// a person's own response. Only PUBLISHED consultations exist for them.

const listSelect = {
  id: true,
  slug: true,
  titleVi: true,
  titleEn: true,
  summaryVi: true,
  summaryEn: true,
  topic: true,
  opensAt: true,
  closesAt: true,
  resultsRule: true,
  outcomePublishedAt: true,
  wards: { select: { ward: { select: { code: true, name: true, nameEn: true } } }, orderBy: { wardCode: 'asc' } },
  _count: { select: { responses: true } },
} satisfies Prisma.ConsultationSelect;

type ListRow = Prisma.ConsultationGetPayload<{ select: typeof listSelect }>;

export type ConsultationCard = Omit<ListRow, '_count' | 'wards'> & {
  phase: Phase;
  responses: number;
  wards: { code: string; name: string; nameEn: string | null }[];
};

const card = (row: ListRow, now: Date): ConsultationCard => {
  const { _count, wards, ...rest } = row;
  return { ...rest, phase: phaseOf(row, now), responses: _count.responses, wards: wards.map((w) => w.ward) };
};

export type ListFilters = { topic?: string; ward?: string };

function listWhere({ topic, ward }: ListFilters): Prisma.ConsultationWhereInput {
  return {
    status: 'PUBLISHED',
    ...(topic ? { topic } : {}),
    // A ward sees the consultations of the whole city and those that name it.
    ...(ward ? { OR: [{ wards: { none: {} } }, { wards: { some: { wardCode: ward } } }] } : {}),
  };
}

export const CLOSED_PAGE_SIZE = 10;

/** Open (closing soonest first), upcoming (opening soonest first) and a page of closed ones (latest first). */
export async function listConsultations(filters: ListFilters, closedPage: number, now = new Date()) {
  const where = listWhere(filters);
  const closedWhere = { ...where, closesAt: { lte: now } };
  const [open, upcoming, closedTotal] = await Promise.all([
    db.consultation.findMany({
      where: { ...where, opensAt: { lte: now }, closesAt: { gt: now } },
      orderBy: [{ closesAt: 'asc' }, { slug: 'asc' }],
      select: listSelect,
    }),
    db.consultation.findMany({
      where: { ...where, opensAt: { gt: now } },
      orderBy: [{ opensAt: 'asc' }, { slug: 'asc' }],
      select: listSelect,
    }),
    db.consultation.count({ where: closedWhere }),
  ]);
  const pages = pageCount(closedTotal, CLOSED_PAGE_SIZE);
  const page = clampPage(closedPage, pages);
  const closed = await db.consultation.findMany({
    where: closedWhere,
    orderBy: [{ closesAt: 'desc' }, { slug: 'asc' }],
    select: listSelect,
    ...pageSlice(page, CLOSED_PAGE_SIZE),
  });
  return {
    open: open.map((r) => card(r, now)),
    upcoming: upcoming.map((r) => card(r, now)),
    closed: closed.map((r) => card(r, now)),
    closedPage: page,
    closedPages: pages,
  };
}

/** The wards named by any published consultation, for the list's ward filter. */
export async function consultationWards() {
  return db.administrativeUnit.findMany({
    where: { consultations: { some: { consultation: { status: 'PUBLISHED' } } } },
    select: { code: true, name: true, nameEn: true },
    orderBy: { name: 'asc' },
  });
}

const detailSelect = {
  ...listSelect,
  status: true,
  bodyVi: true,
  bodyEn: true,
  outcomeVi: true,
  outcomeEn: true,
  closedEarlyAt: true,
  closeReason: true,
  questions: {
    orderBy: { position: 'asc' },
    select: {
      id: true,
      position: true,
      kind: true,
      required: true,
      textVi: true,
      textEn: true,
      maxChoices: true,
      maxLength: true,
      options: { orderBy: { position: 'asc' }, select: { id: true, position: true, textVi: true, textEn: true } },
    },
  },
} satisfies Prisma.ConsultationSelect;

type DetailRow = Prisma.ConsultationGetPayload<{ select: typeof detailSelect }>;
export type ConsultationDetail = ConsultationCard &
  Pick<
    DetailRow,
    'status' | 'bodyVi' | 'bodyEn' | 'outcomeVi' | 'outcomeEn' | 'closedEarlyAt' | 'closeReason' | 'questions'
  >;
export type ConsultationQuestion = DetailRow['questions'][number];

/** A published consultation by its slug, with its questions and options in order; null otherwise. */
export async function consultationBySlug(slug: string, now = new Date()): Promise<ConsultationDetail | null> {
  const row = await db.consultation.findFirst({ where: { slug, status: 'PUBLISHED' }, select: detailSelect });
  if (!row) return null;
  const { _count, wards, ...rest } = row;
  return { ...rest, phase: phaseOf(row, now), responses: _count.responses, wards: wards.map((w) => w.ward) };
}

/** consultationBySlug(slug) now, read once per request (a page and its metadata both need it). */
export const publishedConsultation = cache((slug: string) => consultationBySlug(slug));

/**
 * What storing an answer needs of a published consultation, and no more: its window, its ward
 * scope and its questions' rules (no response count, which grows with every answer).
 */
export async function answerTarget(slug: string, client: Pick<typeof db, 'consultation'> = db) {
  return client.consultation.findFirst({
    where: { slug, status: 'PUBLISHED' },
    select: {
      id: true,
      status: true,
      opensAt: true,
      closesAt: true,
      wards: { select: { wardCode: true } },
      questions: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          kind: true,
          required: true,
          maxChoices: true,
          maxLength: true,
          options: { orderBy: { position: 'asc' }, select: { id: true } },
        },
      },
    },
  });
}

/** The questions as the answer rules read them. */
export function questionRules(
  questions: readonly (Pick<ConsultationQuestion, 'id' | 'kind' | 'required' | 'maxChoices' | 'maxLength'> & {
    options: readonly { id: string }[];
  })[],
): QuestionRule[] {
  return questions.map((q) => ({
    id: q.id,
    kind: q.kind,
    required: q.required,
    maxChoices: q.maxChoices,
    maxLength: q.maxLength,
    options: q.options.map((o) => ({ id: o.id })),
  }));
}

/** A person's response to a consultation, with its answers; null when they have not answered. */
export async function ownResponse(consultationId: string, userId: string) {
  return db.consultationResponse.findUnique({
    where: { consultationId_userId: { consultationId, userId } },
    select: {
      receiptCode: true,
      createdAt: true,
      updatedAt: true,
      answers: {
        select: { questionId: true, optionId: true, scale: true, rank: true, text: true },
        orderBy: [{ questionId: 'asc' }, { rank: 'asc' }],
      },
    },
  });
}

/** The facts the answer rule needs about a person. */
export async function answererFacts(userId: string, client: Pick<typeof db, 'user'> = db) {
  return client.user.findUnique({ where: { id: userId }, select: { role: true, emailVerified: true, wardCode: true } });
}
