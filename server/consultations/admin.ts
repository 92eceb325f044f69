import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import {
  adminState,
  closeRefusal,
  hasOptions,
  moved,
  outcomeRefusal,
  publishRefusal,
  structureLocked,
} from '@/lib/consultations/admin';
import { pageCount, pageSlice, clampPage } from '@/lib/pagination';
import type { ConsultationEdit } from '@/lib/validation/consultations';
import { audit } from '../audit';
import { db } from '../db';
import { AppError } from '../errors';
import { can, type RoleHolder } from '../permissions';
import { mailOutcome, writeOutcomeNotifications } from './notify';

// The consultations back office (EDITOR and ADMIN): writing a consultation and its questions,
// publishing it, closing it early, moderating its text answers and publishing its outcome. Every
// function asks `can(…, 'consultation:manage')` itself, changes nothing when it refuses, and
// records what it changed in the audit log with the values before and after.

type Actor = RoleHolder & { id: string };
type Tx = Prisma.TransactionClient;

function authorise(user: Actor | null | undefined): asserts user is Actor {
  if (!user) throw new AppError('unauthorized');
  if (!can(user, 'consultation:manage')) throw new AppError('forbidden');
}

// ----- reading -----

export const ADMIN_PAGE_SIZE = 20;

/** Every consultation, drafts included, newest first, with its state and response count. */
export async function listForAdmin(requested: number, now = new Date()) {
  const total = await db.consultation.count();
  const pages = pageCount(total, ADMIN_PAGE_SIZE);
  const page = clampPage(requested, pages);
  const rows = await db.consultation.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    ...pageSlice(page, ADMIN_PAGE_SIZE),
    select: {
      id: true,
      slug: true,
      titleVi: true,
      titleEn: true,
      status: true,
      opensAt: true,
      closesAt: true,
      _count: { select: { responses: true } },
    },
  });
  return {
    page,
    pages,
    total,
    rows: rows.map(({ _count, ...r }) => ({ ...r, state: adminState(r, now), responses: _count.responses })),
  };
}

/** One consultation as the back office edits it; null when there is none. */
export async function consultationForEdit(id: string, now = new Date()) {
  const row = await db.consultation.findUnique({
    where: { id },
    include: {
      wards: { select: { wardCode: true }, orderBy: { wardCode: 'asc' } },
      questions: {
        orderBy: { position: 'asc' },
        include: { options: { orderBy: { position: 'asc' } } },
      },
      _count: { select: { responses: true } },
    },
  });
  if (!row) return null;
  const { _count, wards, ...rest } = row;
  return {
    ...rest,
    wardCodes: wards.map((w) => w.wardCode),
    responses: _count.responses,
    state: adminState(row, now),
    locked: structureLocked(_count.responses),
  };
}
export type ConsultationForEdit = NonNullable<Awaited<ReturnType<typeof consultationForEdit>>>;

export const MODERATION_PAGE_SIZE = 20;

/** A consultation's hidden text answers, those never looked at first. */
export async function hiddenAnswers(consultationId: string, requested: number) {
  const where = {
    visible: false,
    text: { not: null },
    question: { consultationId },
  } satisfies Prisma.ConsultationAnswerWhereInput;
  const total = await db.consultationAnswer.count({ where });
  const pages = pageCount(total, MODERATION_PAGE_SIZE);
  const page = clampPage(requested, pages);
  const answers = await db.consultationAnswer.findMany({
    where,
    orderBy: [{ moderatedAt: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }],
    ...pageSlice(page, MODERATION_PAGE_SIZE),
    select: {
      id: true,
      text: true,
      moderatedAt: true,
      question: { select: { position: true, textVi: true, textEn: true } },
    },
  });
  return { page, pages, total, answers };
}

// ----- the consultation -----

const snapshot = (c: {
  slug: string;
  titleVi: string;
  titleEn: string;
  summaryVi: string;
  summaryEn: string;
  bodyVi: string;
  bodyEn: string;
  topic: string;
  opensAt: Date;
  closesAt: Date;
  resultsRule: string;
  wardCodes: readonly string[];
}) => ({
  slug: c.slug,
  titleVi: c.titleVi,
  titleEn: c.titleEn,
  summaryVi: c.summaryVi,
  summaryEn: c.summaryEn,
  bodyVi: c.bodyVi,
  bodyEn: c.bodyEn,
  topic: c.topic,
  opensAt: c.opensAt,
  closesAt: c.closesAt,
  resultsRule: c.resultsRule,
  wards: [...c.wardCodes].sort(),
});

/** Creates a draft (no id) or changes one; the slug is unique and every ward must exist. */
export async function saveConsultation(user: Actor | null | undefined, input: ConsultationEdit) {
  authorise(user);
  const { id, wards, ...fields } = input;
  if (wards.length) {
    const known = await db.administrativeUnit.count({ where: { code: { in: wards } } });
    if (known !== wards.length)
      throw new AppError('unprocessable', 'invalidFields', { fields: { wards: 'consultationWardUnknown' } });
  }
  const clash = await db.consultation.findFirst({
    where: { slug: fields.slug, ...(id ? { id: { not: id } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError('conflict', 'invalidFields', { fields: { slug: 'consultationSlugTaken' } });

  return db.$transaction(async (tx) => {
    const after = snapshot({ ...fields, wardCodes: wards });
    if (!id) {
      const created = await tx.consultation.create({
        data: { ...fields, status: 'DRAFT', wards: { create: wards.map((wardCode) => ({ wardCode })) } },
        select: { id: true },
      });
      await audit(tx, {
        actorId: user.id,
        action: 'consultation.create',
        entityType: 'consultation',
        entityId: created.id,
        after,
      });
      return created;
    }
    const current = await lockConsultation(tx, id);
    const before = snapshot({ ...current, wardCodes: current.wards.map((w) => w.wardCode) });
    await tx.consultationWard.deleteMany({ where: { consultationId: id } });
    // A new closing time replaces an early closing: its date and reason no longer describe it. The
    // form shows whole minutes, so the same minute is the same time (and the exact one is kept).
    const minute = (d: Date) => Math.floor(d.getTime() / 60_000);
    const sameClose = minute(current.closesAt) === minute(fields.closesAt);
    const reopened = Boolean(current.closedEarlyAt) && !sameClose;
    await tx.consultation.update({
      where: { id },
      data: {
        ...fields,
        ...(sameClose ? { closesAt: current.closesAt } : {}),
        ...(minute(current.opensAt) === minute(fields.opensAt) ? { opensAt: current.opensAt } : {}),
        ...(reopened ? { closedEarlyAt: null, closeReason: null } : {}),
        wards: { create: wards.map((wardCode) => ({ wardCode })) },
      },
    });
    await audit(tx, {
      actorId: user.id,
      action: 'consultation.update',
      entityType: 'consultation',
      entityId: id,
      before,
      after,
    });
    return { id };
  });
}

/**
 * The consultation's row, locked for this transaction. A first response's insert holds a key-share
 * lock on the same row (its foreign key), so a structural change and a first answer never cross:
 * whichever comes second sees the other.
 */
async function lockConsultation(tx: Tx, id: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Consultation" WHERE id = ${id} FOR UPDATE`;
  if (!locked.length) throw new AppError('not_found');
  const row = await tx.consultation.findUniqueOrThrow({
    where: { id },
    include: {
      wards: { select: { wardCode: true } },
      questions: { orderBy: { position: 'asc' }, include: { options: { orderBy: { position: 'asc' } } } },
      _count: { select: { responses: true } },
    },
  });
  return row;
}

/** Makes a draft public; it needs its questions (each choice question with two options). */
export async function publishConsultation(user: Actor | null | undefined, id: string) {
  authorise(user);
  await db.$transaction(async (tx) => {
    const c = await lockConsultation(tx, id);
    if (c.status === 'PUBLISHED') return;
    const refusal = publishRefusal(c.questions);
    if (refusal) throw new AppError('conflict', refusal);
    await tx.consultation.update({ where: { id }, data: { status: 'PUBLISHED' } });
    await audit(tx, {
      actorId: user.id,
      action: 'consultation.publish',
      entityType: 'consultation',
      entityId: id,
      before: { status: c.status },
      after: { status: 'PUBLISHED' },
    });
  });
}

/** Closes an open consultation now, with the reason shown on its public page. */
export async function closeEarly(
  user: Actor | null | undefined,
  input: { id: string; reason: string },
  now = new Date(),
) {
  authorise(user);
  await db.$transaction(async (tx) => {
    const c = await lockConsultation(tx, input.id);
    const refusal = closeRefusal(c, now);
    if (refusal) throw new AppError('conflict', refusal);
    await tx.consultation.update({
      where: { id: c.id },
      data: { closesAt: now, closedEarlyAt: now, closeReason: input.reason },
    });
    await audit(tx, {
      actorId: user.id,
      action: 'consultation.close',
      entityType: 'consultation',
      entityId: c.id,
      before: { closesAt: c.closesAt },
      after: { closesAt: now, closeReason: input.reason },
    });
  });
}

/** "What we heard and what we decided", once closed; publishing it again keeps the first date. */
export async function publishOutcome(
  user: Actor | null | undefined,
  input: { id: string; outcomeVi: string; outcomeEn: string },
  now = new Date(),
) {
  authorise(user);
  const first = await db.$transaction(async (tx) => {
    const c = await lockConsultation(tx, input.id);
    const refusal = outcomeRefusal(c, now);
    if (refusal) throw new AppError('conflict', refusal);
    await tx.consultation.update({
      where: { id: c.id },
      data: { outcomeVi: input.outcomeVi, outcomeEn: input.outcomeEn, outcomePublishedAt: c.outcomePublishedAt ?? now },
    });
    // The first publication tells everyone who answered, once (a later correction does not).
    if (!c.outcomePublishedAt) await writeOutcomeNotifications(tx, c, now);
    await audit(tx, {
      actorId: user.id,
      action: 'consultation.outcome',
      entityType: 'consultation',
      entityId: c.id,
      before: { outcomeVi: c.outcomeVi, outcomeEn: c.outcomeEn },
      after: { outcomeVi: input.outcomeVi, outcomeEn: input.outcomeEn },
    });
    return c.outcomePublishedAt ? null : c;
  });
  if (first) await mailOutcome(first);
}

// ----- questions and options -----

function refuseIfLocked(c: { _count: { responses: number } }) {
  if (structureLocked(c._count.responses)) throw new AppError('conflict', 'consultationLocked');
}

/** Puts ids in the given order as positions 1…n (through negatives: each position is unique). */
async function renumber(tx: Tx, model: 'question' | 'option', ids: readonly string[]) {
  const update = (id: string, position: number) =>
    model === 'question'
      ? tx.consultationQuestion.update({ where: { id }, data: { position } })
      : tx.consultationOption.update({ where: { id }, data: { position } });
  for (const [i, id] of ids.entries()) await update(id, -(i + 1));
  for (const [i, id] of ids.entries()) await update(id, i + 1);
}

export async function addQuestion(
  user: Actor | null | undefined,
  input: {
    consultationId: string;
    kind: 'SINGLE' | 'MULTIPLE' | 'SCALE' | 'RANKING' | 'TEXT';
    textVi: string;
    textEn: string;
    required: boolean;
  },
) {
  authorise(user);
  return db.$transaction(async (tx) => {
    const c = await lockConsultation(tx, input.consultationId);
    refuseIfLocked(c);
    const q = await tx.consultationQuestion.create({
      data: {
        consultationId: c.id,
        position: c.questions.length + 1,
        kind: input.kind,
        required: input.required,
        textVi: input.textVi,
        textEn: input.textEn,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: user.id,
      action: 'consultation.question.add',
      entityType: 'consultation',
      entityId: c.id,
      after: {
        questionId: q.id,
        kind: input.kind,
        textVi: input.textVi,
        textEn: input.textEn,
        required: input.required,
      },
    });
    return q;
  });
}

/** Adds an option at the end of a choice or ranking question (id: the question). */
export async function addOption(user: Actor | null | undefined, input: { id: string; textVi: string; textEn: string }) {
  authorise(user);
  const question = await db.consultationQuestion.findUnique({
    where: { id: input.id },
    select: { consultationId: true },
  });
  if (!question) throw new AppError('not_found');
  return db.$transaction(async (tx) => {
    const c = await lockConsultation(tx, question.consultationId);
    refuseIfLocked(c);
    const q = c.questions.find((x) => x.id === input.id);
    if (!q) throw new AppError('not_found');
    if (!hasOptions(q.kind)) throw new AppError('unprocessable', 'invalid');
    const o = await tx.consultationOption.create({
      data: { questionId: q.id, position: q.options.length + 1, textVi: input.textVi, textEn: input.textEn },
      select: { id: true },
    });
    await audit(tx, {
      actorId: user.id,
      action: 'consultation.option.add',
      entityType: 'consultation',
      entityId: c.id,
      after: { questionId: q.id, optionId: o.id, textVi: input.textVi, textEn: input.textEn },
    });
    return o;
  });
}

/** Moves a question or an option one place, or removes it; refused once anyone has answered. */
export async function changeStructure(
  user: Actor | null | undefined,
  model: 'question' | 'option',
  input: { id: string; op: 'up' | 'down' | 'remove' },
) {
  authorise(user);
  const consultationId =
    model === 'question'
      ? (await db.consultationQuestion.findUnique({ where: { id: input.id }, select: { consultationId: true } }))
          ?.consultationId
      : (
          await db.consultationOption.findUnique({
            where: { id: input.id },
            select: { question: { select: { consultationId: true } } },
          })
        )?.question.consultationId;
  if (!consultationId) throw new AppError('not_found');
  return db.$transaction(async (tx) => {
    const c = await lockConsultation(tx, consultationId);
    refuseIfLocked(c);
    const siblings =
      model === 'question'
        ? c.questions.map((q) => q.id)
        : (c.questions.find((q) => q.options.some((o) => o.id === input.id))?.options.map((o) => o.id) ?? []);
    if (!siblings.includes(input.id)) throw new AppError('not_found');
    if (input.op === 'remove' && c.status === 'PUBLISHED') {
      // A published consultation keeps what publishing needed.
      const left = c.questions
        .filter((q) => q.id !== input.id)
        .map((q) => ({ kind: q.kind, options: q.options.filter((o) => o.id !== input.id) }));
      const refusal = publishRefusal(left);
      if (refusal) throw new AppError('conflict', refusal);
    }
    let order: string[];
    if (input.op === 'remove') {
      if (model === 'question') await tx.consultationQuestion.delete({ where: { id: input.id } });
      else await tx.consultationOption.delete({ where: { id: input.id } });
      order = siblings.filter((x) => x !== input.id);
    } else order = moved(siblings, input.id, input.op);
    await renumber(tx, model, order);
    await audit(tx, {
      actorId: user.id,
      action: `consultation.${model}.${input.op === 'remove' ? 'remove' : 'move'}`,
      entityType: 'consultation',
      entityId: c.id,
      before: { [model === 'question' ? 'questions' : 'options']: siblings },
      after: { [model === 'question' ? 'questions' : 'options']: order },
    });
  });
}

/** Fixes the wording of a question or an option: allowed at any time, logged with before and after. */
export async function fixWording(
  user: Actor | null | undefined,
  model: 'question' | 'option',
  input: { id: string; textVi: string; textEn: string },
) {
  authorise(user);
  await db.$transaction(async (tx) => {
    const current =
      model === 'question'
        ? await tx.consultationQuestion.findUnique({
            where: { id: input.id },
            select: { textVi: true, textEn: true, consultationId: true },
          })
        : await tx.consultationOption
            .findUnique({
              where: { id: input.id },
              select: { textVi: true, textEn: true, question: { select: { consultationId: true } } },
            })
            .then((o) =>
              o ? { textVi: o.textVi, textEn: o.textEn, consultationId: o.question.consultationId } : null,
            );
    if (!current) throw new AppError('not_found');
    if (current.textVi === input.textVi && current.textEn === input.textEn) return;
    const data = { textVi: input.textVi, textEn: input.textEn };
    if (model === 'question') await tx.consultationQuestion.update({ where: { id: input.id }, data });
    else await tx.consultationOption.update({ where: { id: input.id }, data });
    await audit(tx, {
      actorId: user.id,
      action: `consultation.${model}.wording`,
      entityType: model === 'question' ? 'consultationQuestion' : 'consultationOption',
      entityId: input.id,
      before: { textVi: current.textVi, textEn: current.textEn },
      after: data,
    });
  });
}

// ----- moderation -----

/** Lets a text answer into the public results, or keeps it out (recorded as looked at). */
export async function moderateAnswer(
  user: Actor | null | undefined,
  input: { id: string; visible: 'yes' | 'no' },
  now = new Date(),
) {
  authorise(user);
  return db.$transaction(async (tx) => {
    const answer = await tx.consultationAnswer.findUnique({
      where: { id: input.id },
      select: { visible: true, text: true, moderatedAt: true, question: { select: { consultationId: true } } },
    });
    if (!answer || answer.text === null) throw new AppError('not_found');
    const visible = input.visible === 'yes';
    await tx.consultationAnswer.update({ where: { id: input.id }, data: { visible, moderatedAt: now } });
    await audit(tx, {
      actorId: user.id,
      action: 'consultation.answer.moderate',
      entityType: 'consultationAnswer',
      entityId: input.id,
      before: { visible: answer.visible, moderatedAt: answer.moderatedAt },
      after: { visible, moderatedAt: now },
    });
    return { consultationId: answer.question.consultationId };
  });
}
