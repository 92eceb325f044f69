// Walks a wizard with the answers in the address: the next question to ask, or the result.
import { addWorkingDays, cityDay, isWorkingDay } from '@/lib/reports/deadline';
import type { Condition, Question, Text, TimeLimit, Wizard } from './types';

export type Answers = Record<string, string>;
export type Query = Record<string, string | string[] | undefined>;

/** The hidden field naming the question a form answers: sent without a choice, it is "missing". */
export const STEP_PARAM = 'cau';

export type Outcome = {
  documents: { name: Text; originals: number; copies: number; note?: Text }[];
  fee: Text;
  time: TimeLimit;
  /** false when the answers name a case that is filed in person only. */
  online: boolean;
  notes: { text: Text; slug?: string }[];
};

export type Step =
  | {
      kind: 'question';
      question: Question;
      /** The answers so far, in the order asked (only questions that apply). */
      answers: Answers;
      /** 1 for the first question asked. */
      number: number;
      error?: 'missing' | 'invalid';
    }
  | { kind: 'result'; answers: Answers; outcome: Outcome }
  /** The answer names a case of another procedure (`slug`), which has its own wizard. */
  | { kind: 'elsewhere'; answers: Answers; question: Question; slug: string };

export function matches(when: Condition | undefined, answers: Answers): boolean {
  if (!when) return true;
  return Object.entries(when).every(([q, options]) => answers[q] !== undefined && options.includes(answers[q]));
}

export function outcome(wizard: Wizard, answers: Answers): Outcome {
  const fee = wizard.fees.find((f) => matches(f.when, answers));
  const time = wizard.times.find((t) => matches(t.when, answers));
  if (!fee || !time) throw new Error(`wizard ${wizard.slug}: no fee or time limit for ${JSON.stringify(answers)}`);
  return {
    documents: wizard.documents
      .filter((d) => matches(d.when, answers))
      .map((d) => ({ name: d.name, originals: d.originals, copies: d.copies, ...(d.note ? { note: d.note } : {}) })),
    fee: fee.text,
    time,
    online: !wizard.notOnline.some((c) => matches(c, answers)),
    notes: wizard.notes
      .filter((n) => matches(n.when, answers))
      .map((n) => ({ text: n.text, ...(n.slug ? { slug: n.slug } : {}) })),
  };
}

/**
 * The step the address asks for: the first question that applies and has no valid answer (with
 * an error when it was sent empty or with an unknown option), or the result. Answers to questions
 * that do not apply, and unknown parameters, are ignored.
 */
export function walk(wizard: Wizard, query: Query): Step {
  const answers: Answers = {};
  let number = 1;
  for (const question of wizard.questions) {
    if (!matches(question.when, answers)) continue;
    const raw = query[question.id];
    if (raw === undefined || raw === '') {
      const error = query[STEP_PARAM] === question.id ? ('missing' as const) : undefined;
      return { kind: 'question', question, answers, number, ...(error ? { error } : {}) };
    }
    if (typeof raw !== 'string' || !question.options.some((o) => o.id === raw))
      return { kind: 'question', question, answers, number, error: 'invalid' };
    answers[question.id] = raw;
    const elsewhere = question.options.find((o) => o.id === raw)?.elsewhere;
    if (elsewhere) return { kind: 'elsewhere', answers, question, slug: elsewhere };
    number++;
  }
  return { kind: 'result', answers, outcome: outcome(wizard, answers) };
}

/** The answers before `questionId` (to ask it again), in order. */
export function answersBefore(answers: Answers, questionId: string): Answers {
  const kept: Answers = {};
  for (const [q, a] of Object.entries(answers)) {
    if (q === questionId) break;
    kept[q] = a;
  }
  return kept;
}

/** Every combination of answers a person can give, each reaching a result (for the tests). */
export function allPaths(wizard: Wizard): Answers[] {
  const paths: Answers[] = [];
  const go = (answers: Answers) => {
    const step = walk(wizard, answers);
    if (step.kind !== 'question') {
      paths.push(step.answers);
      return;
    }
    for (const o of step.question.options) go({ ...answers, [step.question.id]: o.id });
  };
  go({});
  return paths;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** The first working day on or after `day`. */
function workingDayFrom(day: string, holidays: ReadonlySet<string>): string {
  let d = day;
  while (!isWorkingDay(d, holidays)) d = nextDay(d);
  return d;
}

/**
 * The day (yyyy-mm-dd, Ho Chi Minh City calendar) a result is due for a file complete at `filed`:
 * working days counted after the day of filing, weekends and public holidays left out (the
 * reports' rule, lib/reports/deadline.ts); calendar days with a last day that is not a working day
 * moved to the next working day; the same day, or the next working day when filed after 15:00 or
 * on a day off.
 */
export function dueDay(filed: Date, time: Pick<TimeLimit, 'unit' | 'days'>, holidays: ReadonlySet<string>): string {
  const today = cityDay(filed);
  if (time.unit === 'working') return cityDay(addWorkingDays(filed, time.days, holidays));
  if (time.unit === 'calendar') {
    let d = today;
    for (let i = 0; i < time.days; i++) d = nextDay(d);
    return workingDayFrom(d, holidays);
  }
  const hour = new Date(filed.getTime() + 7 * 60 * 60 * 1000).getUTCHours();
  if (isWorkingDay(today, holidays) && hour < 15) return today;
  return workingDayFrom(nextDay(today), holidays);
}
