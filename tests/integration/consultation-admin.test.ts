import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { answerField } from '@/lib/consultations/rules';
import { submitResponse } from '@/server/consultations/respond';
import { countResults } from '@/server/consultations/results';
import { consultationBySlug } from '@/server/consultations/queries';
import {
  addOption,
  addQuestion,
  changeStructure,
  closeEarly,
  consultationForEdit,
  fixWording,
  hiddenAnswers,
  listForAdmin,
  moderateAnswer,
  publishConsultation,
  publishOutcome,
  saveConsultation,
} from '@/server/consultations/admin';
import { consultationEditSchema } from '@/lib/validation/consultations';
import { createTestData, type TestUser } from '../support/data';
import { errorOf } from '../support/errors';

// The consultations back office against real PostgreSQL: who may act (in the functions and again
// in the server actions), questions frozen once anyone has answered, wording fixes in the audit
// log, closing early, the outcome only after closing, and moderation deciding what the results show.

const session = vi.hoisted(() => ({ user: null as null | { id: string; role: string } }));
vi.mock('@/server/session', () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => {
    if (!session.user) throw new Error('NEXT_REDIRECT sign-in');
    return session.user;
  },
}));
vi.mock('@/server/auth', () => ({
  signIn: async () => undefined,
  signOut: async () => undefined,
  auth: async () => null,
}));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'vi' }));

const actions = await import('@/server/consultations/admin-actions');

const DAY = 86_400_000;
const testData = createTestData(db);
const tag = randomBytes(3).toString('hex');
const made: string[] = [];

let editor: TestUser<'EDITOR'>;
let admin: TestUser<'ADMIN'>;
let citizen: TestUser;
let official: TestUser<'OFFICIAL'>;
let resident: TestUser;

/** The city's time of a date as a `datetime-local` value (UTC+7). */
const cityTime = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
}

function details(name: string, { opensIn = -1, closesIn = 10 } = {}) {
  const now = Date.now();
  return {
    slug: `qt-${name}-${tag}`,
    titleVi: `Lấy ý kiến quản trị ${name}`,
    titleEn: `Back-office consultation ${name}`,
    summaryVi: 'Tóm tắt',
    summaryEn: 'Summary',
    bodyVi: 'Nội dung',
    bodyEn: 'Body',
    topic: 'transport',
    opensAt: cityTime(new Date(now + opensIn * DAY)),
    closesAt: cityTime(new Date(now + closesIn * DAY)),
    wards: '',
    resultsRule: 'SEALED_UNTIL_CLOSE',
  };
}

/** A draft through the shared schema, with a single-choice question of two options and a text question. */
async function draft(name: string, timing?: { opensIn?: number; closesIn?: number }) {
  const saved = await saveConsultation(editor, consultationEditSchema.parse(details(name, timing)));
  made.push(saved.id);
  const q1 = await addQuestion(editor, {
    consultationId: saved.id,
    kind: 'SINGLE',
    textVi: 'Chọn một',
    textEn: 'Choose one',
    required: true,
  });
  await addOption(editor, { id: q1.id, textVi: 'Có', textEn: 'Yes' });
  await addOption(editor, { id: q1.id, textVi: 'Không', textEn: 'No' });
  const q2 = await addQuestion(editor, {
    consultationId: saved.id,
    kind: 'TEXT',
    textVi: 'Góp ý',
    textEn: 'Comments',
    required: false,
  });
  return { id: saved.id, slug: `qt-${name}-${tag}`, q1: q1.id, q2: q2.id };
}

async function answerAs(userId: string, c: { id: string; slug: string; q1: string; q2: string }, text?: string) {
  const edit = await consultationForEdit(c.id);
  const yes = edit!.questions[0]!.options[0]!.id;
  return submitResponse({
    userId,
    slug: c.slug,
    values: { [answerField(c.q1)]: yes, ...(text ? { [answerField(c.q2)]: text } : {}) },
  });
}

const auditOf = (entityId: string, action: string) =>
  db.auditLog.findMany({ where: { entityId, action }, orderBy: { createdAt: 'asc' } });

beforeAll(async () => {
  await seed(db as never);
  [editor, admin, citizen, official, resident] = await Promise.all([
    testData.user({ role: 'EDITOR' }),
    testData.user({ role: 'ADMIN' }),
    testData.user(),
    testData.user({ role: 'OFFICIAL', agency: 'SO-XD' }),
    testData.user(),
  ]);
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { entityId: { in: made } } });
  await db.consultation.deleteMany({ where: { id: { in: made } } });
  await testData.cleanup();
});

describe('who may act', () => {
  it('refuses a citizen and an official in every function, changing nothing', async () => {
    const c = await draft('quyen');
    for (const who of [citizen, official, null]) {
      const kind = who ? 'forbidden' : 'unauthorized';
      const calls = [
        () => saveConsultation(who, consultationEditSchema.parse(details('khac'))),
        () => publishConsultation(who, c.id),
        () => addQuestion(who, { consultationId: c.id, kind: 'TEXT', textVi: 'x', textEn: 'x', required: false }),
        () => addOption(who, { id: c.q1, textVi: 'x', textEn: 'x' }),
        () => changeStructure(who, 'question', { id: c.q1, op: 'remove' }),
        () => fixWording(who, 'question', { id: c.q1, textVi: 'x', textEn: 'x' }),
        () => closeEarly(who, { id: c.id, reason: 'x' }),
        () => publishOutcome(who, { id: c.id, outcomeVi: 'x', outcomeEn: 'x' }),
      ];
      for (const call of calls) expect((await errorOf(call())).code).toBe(kind);
    }
    const after = await consultationForEdit(c.id);
    expect(after!.status).toBe('DRAFT');
    expect(after!.questions.map((q) => q.textVi)).toEqual(['Chọn một', 'Góp ý']);
    expect(await db.consultation.count({ where: { slug: `qt-khac-${tag}` } })).toBe(0);
  });

  it('refuses a citizen and an official in the server actions too', async () => {
    const c = await draft('quyen-action');
    for (const who of [citizen, official]) {
      session.user = who;
      const state = await actions.saveConsultationAction({ ok: false }, form({ ...details('qua-action'), id: c.id }));
      expect(state.ok).toBe(false);
      expect(state.formError).toMatchObject({ code: 'forbidden' });
      await expect(actions.publishAction(form({ consultationId: c.id, id: c.id }))).rejects.toMatchObject({
        code: 'forbidden',
      });
    }
    session.user = null;
    expect((await consultationForEdit(c.id))!.status).toBe('DRAFT');
    expect((await consultationForEdit(c.id))!.slug).toBe(c.slug);
  });

  it('lets an editor and an admin act, and bad input changes nothing', async () => {
    session.user = admin;
    const bad = await actions.saveConsultationAction(
      { ok: false },
      form({ ...details('sai'), closesAt: details('sai').opensAt, slug: 'Có Dấu' }),
    );
    expect(bad.ok).toBe(false);
    expect(bad.fieldErrors?.slug?.[0]).toMatchObject({ code: 'slugInvalid' });
    expect(bad.fieldErrors?.closesAt?.[0]).toMatchObject({ code: 'consultationClosesBeforeOpens' });
    const unknownWard = await actions.saveConsultationAction(
      { ok: false },
      form({ ...details('phuong'), wards: '99999' }),
    );
    expect(unknownWard.fieldErrors?.wards?.[0]).toMatchObject({ code: 'consultationWardUnknown' });
    expect(await db.consultation.count({ where: { slug: { in: [`qt-sai-${tag}`, `qt-phuong-${tag}`] } } })).toBe(0);
    const scoped = await saveConsultation(
      admin,
      consultationEditSchema.parse({ ...details('pham-vi'), wards: 'mau-phuong-sai-gon, mau-phuong-ben-thanh' }),
    );
    made.push(scoped.id);
    expect((await consultationForEdit(scoped.id))!.wardCodes).toEqual(['mau-phuong-ben-thanh', 'mau-phuong-sai-gon']);
    session.user = null;
  });
});

describe('building and publishing', () => {
  it('adds, moves and removes questions and options, each logged', async () => {
    const c = await draft('xay');
    await changeStructure(editor, 'question', { id: c.q2, op: 'up' });
    let edit = await consultationForEdit(c.id);
    expect(edit!.questions.map((q) => q.id)).toEqual([c.q2, c.q1]);
    const [yes, no] = edit!.questions[1]!.options.map((o) => o.id);
    await changeStructure(editor, 'option', { id: no!, op: 'up' });
    edit = await consultationForEdit(c.id);
    expect(edit!.questions[1]!.options.map((o) => [o.id, o.position])).toEqual([
      [no, 1],
      [yes, 2],
    ]);
    await changeStructure(editor, 'question', { id: c.q2, op: 'remove' });
    edit = await consultationForEdit(c.id);
    expect(edit!.questions.map((q) => [q.id, q.position])).toEqual([[c.q1, 1]]);
    expect(await auditOf(c.id, 'consultation.question.move')).toHaveLength(1);
    expect(await auditOf(c.id, 'consultation.option.move')).toHaveLength(1);
    expect(await auditOf(c.id, 'consultation.question.remove')).toHaveLength(1);
  });

  it('publishes only with questions whose choices have two options; the list shows its state', async () => {
    const saved = await saveConsultation(editor, consultationEditSchema.parse(details('trong')));
    made.push(saved.id);
    expect((await errorOf(publishConsultation(editor, saved.id))).error.code).toBe('consultationNoQuestions');
    const q = await addQuestion(editor, {
      consultationId: saved.id,
      kind: 'MULTIPLE',
      textVi: 'Chọn',
      textEn: 'Choose',
      required: true,
    });
    await addOption(editor, { id: q.id, textVi: 'Một', textEn: 'One' });
    expect((await errorOf(publishConsultation(editor, saved.id))).error.code).toBe('consultationOptionsNeeded');
    expect(await consultationBySlug(`qt-trong-${tag}`)).toBeNull();
    await addOption(editor, { id: q.id, textVi: 'Hai', textEn: 'Two' });
    await publishConsultation(editor, saved.id);
    expect((await consultationBySlug(`qt-trong-${tag}`))!.phase).toBe('open');
    const list = await listForAdmin(1);
    expect(list.rows.find((r) => r.id === saved.id)).toMatchObject({ state: 'open', responses: 0 });
    expect(await auditOf(saved.id, 'consultation.publish')).toHaveLength(1);
    // Still without answers, but published: it keeps what publishing needed.
    const options = (await consultationForEdit(saved.id))!.questions[0]!.options;
    expect((await errorOf(changeStructure(editor, 'option', { id: options[0]!.id, op: 'remove' }))).error.code).toBe(
      'consultationOptionsNeeded',
    );
    expect((await errorOf(changeStructure(editor, 'question', { id: q.id, op: 'remove' }))).error.code).toBe(
      'consultationNoQuestions',
    );
    await changeStructure(editor, 'option', { id: options[1]!.id, op: 'up' });
    expect((await consultationForEdit(saved.id))!.questions[0]!.options.map((o) => o.id)).toEqual([
      options[1]!.id,
      options[0]!.id,
    ]);
  });
});

describe('once someone has answered', () => {
  it('freezes questions and options: adding, removing and reordering are refused and change nothing', async () => {
    const c = await draft('dong-bang');
    await publishConsultation(editor, c.id);
    await answerAs(resident.id, c);
    const before = await consultationForEdit(c.id);
    expect(before!.locked).toBe(true);
    const option = before!.questions[0]!.options[0]!.id;
    const refusals = [
      () => addQuestion(editor, { consultationId: c.id, kind: 'TEXT', textVi: 'Mới', textEn: 'New', required: false }),
      () => addOption(editor, { id: c.q1, textVi: 'Mới', textEn: 'New' }),
      () => changeStructure(editor, 'question', { id: c.q2, op: 'up' }),
      () => changeStructure(editor, 'question', { id: c.q1, op: 'remove' }),
      () => changeStructure(editor, 'option', { id: option, op: 'down' }),
      () => changeStructure(editor, 'option', { id: option, op: 'remove' }),
    ];
    for (const r of refusals) expect((await errorOf(r())).error.code).toBe('consultationLocked');
    const after = await consultationForEdit(c.id);
    expect(after!.questions).toEqual(before!.questions);
    // The plain form comes back to the page with the refusal in the person's language.
    session.user = editor;
    await expect(
      actions.questionStructureAction(form({ consultationId: c.id, id: c.q1, op: 'remove' })),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    session.user = null;
    expect((await consultationForEdit(c.id))!.questions).toHaveLength(2);
  });

  it('allows wording fixes, each in the audit log with before and after', async () => {
    const c = await draft('cau-chu');
    await publishConsultation(editor, c.id);
    await answerAs(resident.id, c);
    await fixWording(editor, 'question', { id: c.q1, textVi: 'Chọn một phương án', textEn: 'Choose one option' });
    const option = (await consultationForEdit(c.id))!.questions[0]!.options[0]!;
    await fixWording(editor, 'option', { id: option.id, textVi: 'Đồng ý', textEn: 'Agree' });
    const [q] = await db.auditLog.findMany({ where: { entityId: c.q1, action: 'consultation.question.wording' } });
    expect(q).toMatchObject({
      actorId: editor.id,
      before: { textVi: 'Chọn một', textEn: 'Choose one' },
      after: { textVi: 'Chọn một phương án', textEn: 'Choose one option' },
    });
    const [o] = await db.auditLog.findMany({ where: { entityId: option.id, action: 'consultation.option.wording' } });
    expect(o).toMatchObject({ before: { textVi: 'Có', textEn: 'Yes' }, after: { textVi: 'Đồng ý', textEn: 'Agree' } });
    const shown = await consultationBySlug(c.slug);
    expect(shown!.questions[0]!.textVi).toBe('Chọn một phương án');
    expect(shown!.questions[0]!.options[0]!.textEn).toBe('Agree');
    await db.auditLog.deleteMany({ where: { entityId: { in: [c.q1, option.id] } } });
  });
});

describe('closing early and the outcome', () => {
  it('closes an open consultation now with its reason; answers are then refused', async () => {
    const c = await draft('dong-som');
    await publishConsultation(editor, c.id);
    const now = new Date();
    await closeEarly(editor, { id: c.id, reason: 'Dự án đã dừng.' }, now);
    const shown = await consultationBySlug(c.slug);
    expect(shown).toMatchObject({ phase: 'closed', closeReason: 'Dự án đã dừng.' });
    expect(shown!.closedEarlyAt!.getTime()).toBe(now.getTime());
    expect((await errorOf(answerAs(resident.id, c))).error.code).toBe('consultationClosed');
    expect((await errorOf(closeEarly(editor, { id: c.id, reason: 'Lần nữa' }))).error.code).toBe(
      'consultationCloseNotOpen',
    );
    const [entry] = await auditOf(c.id, 'consultation.close');
    expect(entry!.after).toMatchObject({ closeReason: 'Dự án đã dừng.' });

    // Saving the details as the form shows them keeps the early closing; a new closing time ends it.
    const same = { ...details('dong-som'), opensAt: cityTime(shown!.opensAt), closesAt: cityTime(now) };
    await saveConsultation(editor, consultationEditSchema.parse({ ...same, id: c.id }));
    expect(await consultationBySlug(c.slug)).toMatchObject({ phase: 'closed', closeReason: 'Dự án đã dừng.' });
    expect((await consultationBySlug(c.slug))!.closesAt.getTime()).toBe(now.getTime());
    const later = cityTime(new Date(now.getTime() + 2 * DAY));
    await saveConsultation(editor, consultationEditSchema.parse({ ...same, closesAt: later, id: c.id }));
    expect(await consultationBySlug(c.slug)).toMatchObject({ phase: 'open', closeReason: null, closedEarlyAt: null });
  });

  it('refuses to close a draft or an upcoming consultation', async () => {
    const c = await draft('sap-mo', { opensIn: 2, closesIn: 10 });
    expect((await errorOf(closeEarly(editor, { id: c.id, reason: 'x' }))).error.code).toBe('consultationCloseNotOpen');
    await publishConsultation(editor, c.id);
    expect((await errorOf(closeEarly(editor, { id: c.id, reason: 'x' }))).error.code).toBe('consultationCloseNotOpen');
    expect((await consultationForEdit(c.id))!.closedEarlyAt).toBeNull();
  });

  it('publishes the outcome only after closing, and it reaches the public page', async () => {
    const c = await draft('ket-qua');
    await publishConsultation(editor, c.id);
    const outcome = { id: c.id, outcomeVi: 'Chúng tôi đã nghe.', outcomeEn: 'We heard you.' };
    expect((await errorOf(publishOutcome(editor, outcome))).error.code).toBe('consultationNotClosed');
    expect((await consultationBySlug(c.slug))!.outcomePublishedAt).toBeNull();
    await closeEarly(editor, { id: c.id, reason: 'Đủ ý kiến.' });
    await publishOutcome(editor, outcome);
    const shown = await consultationBySlug(c.slug);
    expect(shown).toMatchObject({ outcomeVi: 'Chúng tôi đã nghe.', outcomeEn: 'We heard you.' });
    expect(shown!.outcomePublishedAt).not.toBeNull();
    expect(await auditOf(c.id, 'consultation.outcome')).toHaveLength(1);
  });
});

describe('moderating written answers', () => {
  it('shows in the results only the answers made visible', async () => {
    const c = await draft('duyet');
    await publishConsultation(editor, c.id);
    const others = await Promise.all([0, 1].map(() => testData.user()));
    await answerAs(others[0]!.id, c, 'Nên làm sớm');
    await answerAs(others[1]!.id, c, 'Lời lẽ không phù hợp');
    const detail = await consultationBySlug(c.slug);
    const shownTexts = async () =>
      (await countResults(detail!)).questions.find((q) => q.id === c.q2)!.texts!.shown.sort();
    expect(await shownTexts()).toEqual([]);

    const hidden = await hiddenAnswers(c.id, 1);
    expect(hidden.answers.map((a) => a.text).sort()).toEqual(['Lời lẽ không phù hợp', 'Nên làm sớm']);
    const good = hidden.answers.find((a) => a.text === 'Nên làm sớm')!;
    const bad = hidden.answers.find((a) => a.text !== 'Nên làm sớm')!;

    expect((await errorOf(moderateAnswer(citizen, { id: good.id, visible: 'yes' }))).code).toBe('forbidden');
    expect(await shownTexts()).toEqual([]);

    await moderateAnswer(editor, { id: good.id, visible: 'yes' });
    await moderateAnswer(editor, { id: bad.id, visible: 'no' });
    expect(await shownTexts()).toEqual(['Nên làm sớm']);
    const still = await hiddenAnswers(c.id, 1);
    expect(still.answers.map((a) => [a.text, a.moderatedAt !== null])).toEqual([['Lời lẽ không phù hợp', true]]);

    // Through the plain form, too.
    session.user = admin;
    await expect(actions.moderateAction(form({ consultationId: c.id, id: bad.id, visible: 'yes' }))).rejects.toThrow(
      /NEXT_REDIRECT/,
    );
    session.user = null;
    expect(await shownTexts()).toEqual(['Lời lẽ không phù hợp', 'Nên làm sớm']);
    const entries = await db.auditLog.findMany({ where: { entityId: { in: [good.id, bad.id] } } });
    expect(entries).toHaveLength(3);
    await db.auditLog.deleteMany({ where: { entityId: { in: [good.id, bad.id] } } });
  });
});
