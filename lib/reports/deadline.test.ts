import { describe, expect, it } from 'vitest';
import { addWorkingDays, cityDay, endOfCityDay, isWorkingDay, workingDaysBetween } from './deadline';

const holidays = new Set(['2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02']);

describe('working-day deadlines', () => {
  it('reads the calendar day in Ho Chi Minh City, not in UTC', () => {
    // 18:30 UTC on the 1st is 01:30 on the 2nd in the city.
    expect(cityDay(new Date('2026-12-01T18:30:00Z'))).toBe('2026-12-02');
    expect(cityDay(new Date('2026-12-01T16:59:59Z'))).toBe('2026-12-01');
    expect(endOfCityDay('2026-12-04').toISOString()).toBe('2026-12-04T16:59:59.999Z');
  });

  it('skips weekends: Monday + 5 working days is the next Monday', () => {
    const due = addWorkingDays(new Date('2026-11-30T09:00:00+07:00'), 5, new Set());
    expect(cityDay(due)).toBe('2026-12-07');
  });

  it('gives a Friday-evening and a Saturday report the same deadline', () => {
    const friday = addWorkingDays(new Date('2026-12-04T16:59:00+07:00'), 5, new Set());
    const saturday = addWorkingDays(new Date('2026-12-05T10:00:00+07:00'), 5, new Set());
    expect(cityDay(friday)).toBe('2026-12-11');
    expect(cityDay(saturday)).toBe('2026-12-11');
  });

  it('skips public holidays', () => {
    // Tue 28 Apr 2026: Wed 29, (Thu 30 and Fri 1 May holidays), Mon 4, Tue 5, Wed 6, Thu 7.
    expect(cityDay(addWorkingDays(new Date('2026-04-28T08:00:00+07:00'), 5, holidays))).toBe('2026-05-07');
    expect(isWorkingDay('2026-09-02', holidays)).toBe(false);
    expect(isWorkingDay('2026-09-03', holidays)).toBe(true);
    expect(isWorkingDay('2026-11-29', holidays)).toBe(false); // a Sunday
  });

  it('counts working days between two instants', () => {
    expect(
      workingDaysBetween(new Date('2026-04-28T08:00:00+07:00'), new Date('2026-05-07T08:00:00+07:00'), holidays),
    ).toBe(5);
    expect(
      workingDaysBetween(new Date('2026-11-30T08:00:00+07:00'), new Date('2026-11-30T17:00:00+07:00'), holidays),
    ).toBe(0);
  });
});
