import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allPaths, dueDay, STEP_PARAM, walk } from './engine';
import { wizardDefinitions, wizardFor, wizardSlugs } from './index';
import { wizardSchema, type Condition, type Wizard } from './types';

// The seed's procedure slugs, read from the data files (each wizard must belong to one).
const seedDir = join(__dirname, '../../../prisma/seed/procedures');
const seedSlugs = new Set(
  readdirSync(seedDir)
    .filter((f) => f.endsWith('.json') && f !== 'shared.json')
    .flatMap((f) => {
      const data = JSON.parse(readFileSync(join(seedDir, f), 'utf8')) as { procedures: { slug: string }[] };
      return data.procedures.map((p) => p.slug);
    }),
);

function conditions(w: Wizard): { where: string; when: Condition }[] {
  const list: { where: string; when: Condition | undefined }[] = [
    ...w.questions.map((q) => ({ where: `question ${q.id}`, when: q.when })),
    ...w.documents.map((d) => ({ where: `document ${d.name.vi}`, when: d.when })),
    ...w.fees.map((f) => ({ where: `fee ${f.text.vi}`, when: f.when })),
    ...w.times.map((t) => ({ where: `time ${t.text.vi}`, when: t.when })),
    ...w.notOnline.map((c) => ({ where: 'notOnline', when: c })),
    ...w.notes.map((n) => ({ where: `note ${n.text.vi}`, when: n.when })),
  ];
  return list.filter((c): c is { where: string; when: Condition } => !!c.when);
}

describe('document wizards', () => {
  it('cover at least 10 procedures of the seed, each once', () => {
    expect(wizardSlugs.length).toBeGreaterThanOrEqual(10);
    expect(new Set(wizardSlugs).size).toBe(wizardDefinitions.length);
    for (const slug of wizardSlugs) expect(seedSlugs, slug).toContain(slug);
  });

  for (const input of wizardDefinitions) {
    describe(input.slug, () => {
      const w = wizardSchema.parse(input);

      it('is a valid definition: unique ids, conditions naming earlier questions and their options', () => {
        const ids = w.questions.map((q) => q.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).not.toContain(STEP_PARAM);
        for (const q of w.questions) {
          const options = q.options.map((o) => o.id);
          expect(new Set(options).size, q.id).toBe(options.length);
        }
        for (const { where, when } of conditions(w)) {
          for (const [qid, options] of Object.entries(when)) {
            const at = ids.indexOf(qid);
            expect(at, `${where}: unknown question ${qid}`).toBeGreaterThanOrEqual(0);
            if (where.startsWith('question '))
              expect(at, `${where} depends on a later question`).toBeLessThan(ids.indexOf(where.slice(9)));
            const known = w.questions[at]!.options.map((o) => o.id);
            for (const o of options) expect(known, `${where}: unknown option ${qid}=${o}`).toContain(o);
          }
        }
        for (const q of w.questions)
          for (const o of q.options)
            if (o.elsewhere) expect(wizardFor(o.elsewhere), `${q.id}=${o.id} sends to ${o.elsewhere}`).toBeDefined();
        for (const n of w.notes) if (n.slug) expect(seedSlugs, n.slug).toContain(n.slug);
      });

      it('reaches a result with documents, a fee and a time limit on every path', () => {
        const paths = allPaths(w);
        expect(paths.length).toBeGreaterThanOrEqual(2);
        for (const answers of paths) {
          const step = walk(w, answers);
          if (step.kind === 'elsewhere') continue;
          expect(step.kind, JSON.stringify(answers)).toBe('result');
          if (step.kind !== 'result') continue;
          expect(step.outcome.documents.length, JSON.stringify(answers)).toBeGreaterThan(0);
          expect(step.outcome.fee.vi).not.toBe('');
        }
      });

      it('every question is asked on some path, every document is needed on some path', () => {
        const paths = allPaths(w);
        for (const q of w.questions)
          expect(
            paths.some((a) => q.id in a),
            q.id,
          ).toBe(true);
        for (const d of w.documents) {
          const used = paths.some((a) => {
            const s = walk(w, a);
            return s.kind === 'result' && s.outcome.documents.some((x) => x.name === d.name);
          });
          expect(used, d.name.vi).toBe(true);
        }
      });
    });
  }
});

describe('walking a wizard from the address', () => {
  const birth = wizardFor('dang-ky-khai-sinh')!;

  it('asks the first question, then the next unanswered one', () => {
    const first = walk(birth, {});
    expect(first.kind === 'question' && first.question.id).toBe('yeu-to-nuoc-ngoai');
    const second = walk(birth, { 'yeu-to-nuoc-ngoai': 'khong' });
    expect(second.kind === 'question' && [second.question.id, second.number]).toEqual(['thoi-han', 2]);
  });

  it('gives the checklist, fee and time limit of the case', () => {
    const late = walk(birth, {
      'yeu-to-nuoc-ngoai': 'khong',
      'thoi-han': 'qua-han',
      'cha-me': 'nhan-cha',
      'giay-chung-sinh': 'khong',
    });
    if (late.kind !== 'result') throw new Error('expected a result');
    const names = late.outcome.documents.map((d) => d.name.vi).join('\n');
    expect(names).toContain('làm chứng xác nhận việc sinh');
    expect(names).toContain('giám định ADN');
    expect(names).not.toContain('Giấy chứng sinh do cơ sở y tế cấp');
    expect(late.outcome.fee.vi).toContain('HĐND');
    expect(late.outcome.time).toMatchObject({ unit: 'working', days: 3 });
    const inTime = walk(birth, {
      'yeu-to-nuoc-ngoai': 'khong',
      'thoi-han': 'dung-han',
      'cha-me': 'da-ket-hon',
      'giay-chung-sinh': 'co',
    });
    if (inTime.kind !== 'result') throw new Error('expected a result');
    expect(inTime.outcome.fee.vi).toContain('Miễn lệ phí');
    expect(inTime.outcome.time.unit).toBe('sameDay');
  });

  it('sends a foreign element to that procedure’s wizard', () => {
    const step = walk(birth, { 'yeu-to-nuoc-ngoai': 'co', 'thoi-han': 'dung-han' });
    expect(step).toMatchObject({ kind: 'elsewhere', slug: 'dang-ky-khai-sinh-co-yeu-to-nuoc-ngoai' });
  });

  it('asks again, with an error, for an unknown answer or a form sent without a choice', () => {
    expect(walk(birth, { 'yeu-to-nuoc-ngoai': 'khong', 'thoi-han': 'nam-ngoai' })).toMatchObject({
      kind: 'question',
      question: { id: 'thoi-han' },
      error: 'invalid',
    });
    expect(walk(birth, { 'yeu-to-nuoc-ngoai': ['khong', 'co'] })).toMatchObject({ kind: 'question', error: 'invalid' });
    expect(walk(birth, { 'yeu-to-nuoc-ngoai': 'khong', [STEP_PARAM]: 'thoi-han' })).toMatchObject({
      kind: 'question',
      question: { id: 'thoi-han' },
      error: 'missing',
    });
  });

  it('skips a question that does not apply and ignores its answer', () => {
    const residence = wizardFor('dang-ky-tam-tru')!;
    const step = walk(residence, { 'hinh-thuc': 'danh-sach', 'chua-thanh-nien': 'co' });
    if (step.kind !== 'result') throw new Error('expected a result');
    expect(step.answers).toEqual({ 'hinh-thuc': 'danh-sach' });
    expect(step.outcome.documents.map((d) => d.name.vi).join()).not.toContain('cha, mẹ hoặc người giám hộ');
  });
});

describe('the day a result is due', () => {
  // 2026: 1 Jan New Year; 30 Apr and 1 May; 1–2 Sep National Day.
  const holidays = new Set(['2026-01-01', '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02']);
  const at = (iso: string) => new Date(`${iso}+07:00`);

  it('counts working days after the day of filing, without weekends and public holidays', () => {
    // Tue 28 Apr + 3 working days: Wed 29, (Thu 30 and Fri 1 May holidays, weekend), Mon 4, Tue 5.
    expect(dueDay(at('2026-04-28T09:00:00'), { unit: 'working', days: 3 }, holidays)).toBe('2026-05-05');
    // Mon 7 Dec + 7 working days: Wed 16 Dec.
    expect(dueDay(at('2026-12-07T10:00:00'), { unit: 'working', days: 7 }, holidays)).toBe('2026-12-16');
  });

  it('moves a calendar-day limit that ends on a day off to the next working day', () => {
    // Tue 18 Aug + 15 days = Wed 2 Sep (National Day); 1–2 Sep are holidays → Thu 3 Sep.
    expect(dueDay(at('2026-08-18T09:00:00'), { unit: 'calendar', days: 15 }, holidays)).toBe('2026-09-03');
    // Ends on a Saturday → Monday.
    expect(dueDay(at('2026-12-07T09:00:00'), { unit: 'calendar', days: 5 }, holidays)).toBe('2026-12-14');
  });

  it('gives a same-day result the same day before 15:00, else the next working day', () => {
    expect(dueDay(at('2026-12-07T14:59:00'), { unit: 'sameDay', days: 0 }, holidays)).toBe('2026-12-07');
    expect(dueDay(at('2026-12-07T15:00:00'), { unit: 'sameDay', days: 0 }, holidays)).toBe('2026-12-08');
    // Filed online on Wed 30 Apr (a holiday): Mon 4 May.
    expect(dueDay(at('2026-04-30T09:00:00'), { unit: 'sameDay', days: 0 }, holidays)).toBe('2026-05-04');
  });
});
