import { describe, expect, it } from 'vitest';
import { cityClock, formatHours, groupDays, isOpenAt, parseHours } from './hours';

const office = parseHours('1-5 07:30-11:30 13:00-17:00\n6 07:30-11:30');
if (!office.ok) throw new Error('fixture');
const holidays = new Set(['2026-09-02']);
const at = (iso: string) => new Date(iso);

describe('opening hours', () => {
  it('reads the city clock in Asia/Ho_Chi_Minh whatever the server zone', () => {
    // 2026-12-06 is a Sunday; 23:30 UTC on the 6th is 06:30 on Monday the 7th in the city.
    expect(cityClock(at('2026-12-06T23:30:00Z'))).toEqual({ weekday: 1, minute: 6 * 60 + 30, date: '2026-12-07' });
  });

  it('is open inside a period and closed at lunch, on Sunday and at closing time', () => {
    expect(isOpenAt(office.periods, true, holidays, at('2026-12-07T09:00:00+07:00'))).toBe(true);
    expect(isOpenAt(office.periods, true, holidays, at('2026-12-07T12:00:00+07:00'))).toBe(false);
    expect(isOpenAt(office.periods, true, holidays, at('2026-12-07T17:00:00+07:00'))).toBe(false);
    expect(isOpenAt(office.periods, true, holidays, at('2026-12-12T10:00:00+07:00'))).toBe(true);
    expect(isOpenAt(office.periods, true, holidays, at('2026-12-13T10:00:00+07:00'))).toBe(false);
  });

  it('closes on a public holiday unless the place stays open on holidays', () => {
    // 2 September 2026 is a Wednesday.
    expect(isOpenAt(office.periods, true, holidays, at('2026-09-02T09:00:00+07:00'))).toBe(false);
    expect(isOpenAt(office.periods, false, holidays, at('2026-09-02T09:00:00+07:00'))).toBe(true);
  });

  it('parses the editor text, refuses bad lines by number, and writes it back grouped', () => {
    expect(parseHours('1-7 00:00-24:00')).toEqual({
      ok: true,
      periods: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensMin: 0, closesMin: 1440 })),
    });
    expect(parseHours('1-5 07:30-11:30\n8 07:00-09:00')).toEqual({ ok: false, line: 2 });
    expect(parseHours('1-5 11:00-10:00')).toEqual({ ok: false, line: 1 });
    expect(parseHours('5-1 07:00-09:00')).toEqual({ ok: false, line: 1 });
    expect(parseHours('1-5 07:00')).toEqual({ ok: false, line: 1 });
    expect(formatHours(office.periods)).toBe('1-5 07:30-11:30 13:00-17:00\n6 07:30-11:30');
    expect(groupDays(office.periods).map((g) => [g.from, g.to])).toEqual([
      [1, 5],
      [6, 6],
    ]);
  });
});
