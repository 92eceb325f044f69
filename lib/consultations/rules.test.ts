import { describe, expect, it } from 'vitest';
import {
  answerField,
  answerRefusal,
  answerValues,
  percent,
  phaseOf,
  rankPlaces,
  readAnswers,
  resultsOpen,
  suppressSmallGroups,
  timeLeft,
  wardInScope,
  type QuestionRule,
} from './rules';

const opensAt = new Date('2026-12-01T00:00:00Z');
const closesAt = new Date('2026-12-31T00:00:00Z');

describe('phase and time left', () => {
  it('is upcoming before opening, open until the closing instant, closed from it', () => {
    expect(phaseOf({ opensAt, closesAt }, new Date('2026-11-30T23:59:59Z'))).toBe('upcoming');
    expect(phaseOf({ opensAt, closesAt }, opensAt)).toBe('open');
    expect(phaseOf({ opensAt, closesAt }, new Date(closesAt.getTime() - 1))).toBe('open');
    expect(phaseOf({ opensAt, closesAt }, closesAt)).toBe('closed');
  });
  it('counts whole days and hours, and nothing once closed', () => {
    expect(timeLeft(closesAt, new Date('2026-12-29T21:30:00Z'))).toEqual({ days: 1, hours: 2 });
    expect(timeLeft(closesAt, new Date('2027-01-05T00:00:00Z'))).toEqual({ days: 0, hours: 0 });
  });
});

describe('who may answer', () => {
  const person = { emailVerified: new Date(), wardCode: 'w1' };
  const consultation = { status: 'PUBLISHED' as const, opensAt, closesAt, wardCodes: [] as string[] };
  const now = new Date('2026-12-10T00:00:00Z');
  it('names the missing fact', () => {
    expect(answerRefusal({ person, consultation, now })).toBeNull();
    expect(answerRefusal({ person: null, consultation, now })).toBe('consultationSignIn');
    expect(answerRefusal({ person, consultation, now: new Date('2026-11-01T00:00:00Z') })).toBe('consultationNotOpen');
    expect(answerRefusal({ person, consultation, now: closesAt })).toBe('consultationClosed');
    expect(answerRefusal({ person: { ...person, emailVerified: null }, consultation, now })).toBe('email_unverified');
    expect(answerRefusal({ person, consultation: { ...consultation, wardCodes: ['w2'] }, now })).toBe(
      'consultationWardOutside',
    );
    expect(answerRefusal({ person, consultation: { ...consultation, status: 'DRAFT' }, now })).toBe('not_found');
  });
  it('an empty scope is the whole city', () => {
    expect(wardInScope([], null)).toBe(true);
    expect(wardInScope(['w1'], 'w1')).toBe(true);
    expect(wardInScope(['w1'], null)).toBe(false);
  });
});

describe('results', () => {
  it('are sealed until closing, or open to a person who answered when the rule says so', () => {
    expect(resultsOpen({ phase: 'open', resultsRule: 'SEALED_UNTIL_CLOSE', answered: true })).toBe(false);
    expect(resultsOpen({ phase: 'open', resultsRule: 'AFTER_ANSWER', answered: false })).toBe(false);
    expect(resultsOpen({ phase: 'open', resultsRule: 'AFTER_ANSWER', answered: true })).toBe(true);
    expect(resultsOpen({ phase: 'closed', resultsRule: 'SEALED_UNTIL_CLOSE', answered: false })).toBe(true);
  });
  it('percent has one decimal and an empty base gives 0', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(5, 0)).toBe(0);
  });
  it('hides groups under five people and counts what it hid', () => {
    const groups = [
      { code: 'a', respondents: 12 },
      { code: 'b', respondents: 5 },
      { code: 'c', respondents: 4 },
      { code: 'd', respondents: 1 },
    ];
    expect(suppressSmallGroups(groups)).toEqual({
      shown: groups.slice(0, 2),
      hiddenGroups: 2,
      hiddenRespondents: 5,
    });
  });
});

describe('reading an answer form', () => {
  const opts = (q: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${q}o${i + 1}` }));
  const questions: QuestionRule[] = [
    { id: 's', kind: 'SINGLE', required: true, maxChoices: null, maxLength: null, options: opts('s', 3) },
    { id: 'm', kind: 'MULTIPLE', required: true, maxChoices: 2, maxLength: null, options: opts('m', 4) },
    { id: 'k', kind: 'SCALE', required: true, maxChoices: null, maxLength: null, options: [] },
    { id: 'r', kind: 'RANKING', required: false, maxChoices: 3, maxLength: null, options: opts('r', 4) },
    { id: 't', kind: 'TEXT', required: false, maxChoices: null, maxLength: 20, options: [] },
  ];
  const good = {
    q_s: 'so2',
    q_m_mo1: 'on',
    q_m_mo3: 'on',
    q_k: '4',
    q_r_ro2: '1',
    q_r_ro4: '2',
    q_t: '  Đồng ý  ',
  };

  it('turns a valid form into rows', () => {
    const read = readAnswers(questions, good);
    expect(read).toEqual({
      ok: true,
      rows: [
        { questionId: 's', optionId: 'so2' },
        { questionId: 'm', optionId: 'mo1' },
        { questionId: 'm', optionId: 'mo3' },
        { questionId: 'k', scale: 4 },
        { questionId: 'r', optionId: 'ro2', rank: 1 },
        { questionId: 'r', optionId: 'ro4', rank: 2 },
        { questionId: 't', text: 'Đồng ý' },
      ],
    });
    if (read.ok) expect(answerValues(read.rows, questions)).toEqual({ ...good, q_t: 'Đồng ý' });
  });

  it('refuses an option of another question, as unknown', () => {
    const read = readAnswers(questions, { ...good, q_s: 'mo1' });
    expect(read).toEqual({ ok: false, errors: { q_s: { code: 'consultationOptionUnknown' } } });
    expect(readAnswers(questions, { ...good, q_m_so1: 'on' })).toMatchObject({
      ok: false,
      errors: { q_m: { code: 'consultationOptionUnknown' } },
    });
  });

  it('names every broken rule by field', () => {
    const read = readAnswers(questions, {
      q_m_mo1: 'on',
      q_m_mo2: 'on',
      q_m_mo3: 'on',
      q_k: '6',
      q_r_ro1: '1',
      q_r_ro2: '1',
      q_t: 'x'.repeat(21),
    });
    expect(read).toEqual({
      ok: false,
      errors: {
        q_s: { code: 'consultationAnswerRequired' },
        q_m: { code: 'consultationTooManyChoices', params: { max: 2 } },
        q_k: { code: 'invalid' },
        q_r: { code: 'consultationRankingInvalid', params: { max: 3 } },
        q_t: { code: 'tooLong', params: { max: 20 } },
      },
    });
  });

  it('a ranking fills places from the first without a gap, up to five', () => {
    expect(readAnswers(questions, { ...good, q_r_ro2: '2', q_r_ro4: '3' })).toMatchObject({ ok: false });
    expect(rankPlaces({ maxChoices: null, options: opts('x', 8) })).toBe(5);
    expect(rankPlaces({ maxChoices: 9, options: opts('x', 3) })).toBe(3);
  });

  it('leaves optional questions unanswered', () => {
    const { q_r_ro2: _a, q_r_ro4: _b, q_t: _c, ...required } = good;
    expect(readAnswers(questions, required)).toMatchObject({ ok: true });
    expect(answerField('q1', 'o1')).toBe('q_q1_o1');
  });
});
