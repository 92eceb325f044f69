import { describe, expect, it } from 'vitest';
import { REPORT_STATUSES } from '@/lib/validation/reports/report';
import { addWorkingDays } from './deadline';
import { committedDateError, deadlineInfo, isOverdue, transitionError, workingDaysLeft } from './workflow-rules';

const holidays = new Set(['2026-09-01', '2026-09-02']);
// Friday 28 August 2026, 10:00 in Ho Chi Minh City.
const friday = new Date('2026-08-28T03:00:00Z');

describe('status transitions', () => {
  it('moves an open report forward and lets it close as resolved, rejected or duplicate', () => {
    expect(transitionError('RECEIVED', 'IN_PROGRESS')).toBeNull();
    for (const to of ['RESOLVED', 'REJECTED', 'DUPLICATE'] as const) {
      expect(transitionError('RECEIVED', to)).toBeNull();
      expect(transitionError('IN_PROGRESS', to)).toBeNull();
    }
  });

  it('never goes back to received, and refuses a change to the same status', () => {
    expect(transitionError('IN_PROGRESS', 'RECEIVED')).toBe('transitionNotAllowed');
    for (const s of REPORT_STATUSES) expect(transitionError(s, s)).toBe('sameStatus');
  });

  it('leaves a closed report only through a reopening', () => {
    for (const from of ['RESOLVED', 'REJECTED', 'DUPLICATE'] as const) {
      for (const to of REPORT_STATUSES.filter((s) => s !== from))
        expect(transitionError(from, to)).toBe('closedNeedsReopen');
    }
  });
});

describe('overdue', () => {
  const dueAt = addWorkingDays(friday, 5, holidays);

  it('counts 5 working days over the weekend and the National Day holidays', () => {
    // Mon 31 Aug, (Tue 1 and Wed 2 Sep are holidays), Thu 3, Fri 4, Mon 7, Tue 8.
    expect(dueAt.toISOString()).toBe('2026-09-08T16:59:59.999Z');
  });

  it('is overdue only while open and after the deadline', () => {
    const after = new Date(dueAt.getTime() + 1);
    expect(isOverdue({ status: 'RECEIVED', dueAt, committedAt: null }, dueAt)).toBe(false);
    expect(isOverdue({ status: 'RECEIVED', dueAt, committedAt: null }, after)).toBe(true);
    expect(isOverdue({ status: 'IN_PROGRESS', dueAt, committedAt: null }, after)).toBe(true);
    for (const status of ['RESOLVED', 'REJECTED', 'DUPLICATE'] as const) {
      expect(isOverdue({ status, dueAt, committedAt: null }, after)).toBe(false);
    }
  });

  it('takes a committed date instead of the 5-day deadline', () => {
    const committedAt = new Date('2026-09-15T16:59:59.999Z');
    const now = new Date('2026-09-10T03:00:00Z');
    expect(isOverdue({ status: 'IN_PROGRESS', dueAt, committedAt }, now)).toBe(false);
    expect(isOverdue({ status: 'IN_PROGRESS', dueAt, committedAt }, new Date('2026-09-16T00:00:00Z'))).toBe(true);
  });

  it('gives working days left, 0 on the last day and negative once passed; none once closed', () => {
    expect(workingDaysLeft(dueAt, friday, holidays)).toBe(5);
    expect(workingDaysLeft(dueAt, new Date('2026-09-08T01:00:00Z'), holidays)).toBe(0);
    // Past the deadline on Wednesday 9 September: one working day late.
    expect(workingDaysLeft(dueAt, new Date('2026-09-09T03:00:00Z'), holidays)).toBe(-1);
    expect(deadlineInfo({ status: 'RESOLVED', dueAt, committedAt: null }, friday, holidays).daysLeft).toBeNull();
    const info = deadlineInfo(
      { status: 'RECEIVED', dueAt, committedAt: null },
      new Date('2026-09-09T03:00:00Z'),
      holidays,
    );
    expect(info).toEqual({ deadline: dueAt, overdue: true, daysLeft: -1 });
  });
});

describe('committed date', () => {
  it('must be a future working day in the city calendar', () => {
    expect(committedDateError('2026-08-31', friday, holidays)).toBeNull();
    expect(committedDateError('2026-08-28', friday, holidays)).toBe('committedDateNotFuture');
    expect(committedDateError('2026-08-01', friday, holidays)).toBe('committedDateNotFuture');
    expect(committedDateError('2026-08-29', friday, holidays)).toBe('committedDateNotWorkingDay');
    expect(committedDateError('2026-09-02', friday, holidays)).toBe('committedDateNotWorkingDay');
    expect(committedDateError('2026-02-30', friday, holidays)).toBe('committedDateInvalid');
  });

  it('uses the city day: 23:30 UTC on Sunday is already Monday in Ho Chi Minh City', () => {
    const sundayNightUtc = new Date('2026-08-30T23:30:00Z');
    expect(committedDateError('2026-08-31', sundayNightUtc, holidays)).toBe('committedDateNotFuture');
  });
});
