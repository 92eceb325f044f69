import { describe, expect, it } from 'vitest';
import {
  cityClock,
  formatHours,
  formatSpecialHours,
  groupDays,
  isOpenAt,
  parseHours,
  parseSpecialHours,
  upcomingSpecialHours,
  type SpecialPeriod,
} from './hours';

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

  describe('special hours by date', () => {
    const special = (text: string): SpecialPeriod[] => {
      const r = parseSpecialHours(text);
      if (!r.ok) throw new Error(`fixture: line ${r.line} ${r.error}`);
      return r.periods;
    };

    it('opens a Saturday afternoon and a Sunday that the weekly hours keep closed', () => {
      // 2027-01-30 is a Saturday (weekly: mornings only), 2027-01-31 a Sunday (weekly: closed).
      const s = special('2027-01-30 07:30-11:30 13:00-17:00\n2027-01-31 08:00-12:00');
      expect(isOpenAt(office.periods, true, holidays, at('2027-01-30T14:00:00+07:00'), s)).toBe(true);
      expect(isOpenAt(office.periods, true, holidays, at('2027-01-30T12:00:00+07:00'), s)).toBe(false);
      expect(isOpenAt(office.periods, true, holidays, at('2027-01-31T09:00:00+07:00'), s)).toBe(true);
      expect(isOpenAt(office.periods, true, holidays, at('2027-01-31T12:00:00+07:00'), s)).toBe(false);
      // The Saturday before: the weekly hours again.
      expect(isOpenAt(office.periods, true, holidays, at('2027-01-23T14:00:00+07:00'), s)).toBe(false);
    });

    it('closes every day of a range, both ends included, on weekdays the weekly hours open', () => {
      const s = special('2027-02-04/2027-02-12 nghỉ');
      expect(isOpenAt(office.periods, true, holidays, at('2027-02-03T09:00:00+07:00'), s)).toBe(true);
      expect(isOpenAt(office.periods, true, holidays, at('2027-02-04T09:00:00+07:00'), s)).toBe(false);
      expect(isOpenAt(office.periods, true, holidays, at('2027-02-12T09:00:00+07:00'), s)).toBe(false);
      expect(isOpenAt(office.periods, true, holidays, at('2027-02-15T09:00:00+07:00'), s)).toBe(true);
    });

    it('overrides the holiday rule both ways, decided on the city date', () => {
      // A place closed on holidays opens on 2 September morning; one open on holidays closes that day.
      const open = special('2026-09-02 07:00-11:00');
      expect(isOpenAt(office.periods, true, holidays, at('2026-09-02T08:00:00+07:00'), open)).toBe(true);
      expect(isOpenAt(office.periods, true, holidays, at('2026-09-02T13:30:00+07:00'), open)).toBe(false);
      const allDay = parseHours('1-7 00:00-24:00');
      if (!allDay.ok) throw new Error('fixture');
      const closed = special('2026-09-02 closed');
      expect(isOpenAt(allDay.periods, false, holidays, at('2026-09-02T08:00:00+07:00'), closed)).toBe(false);
      // 23:30 UTC on 1 September is 06:30 on the 2nd in the city: already the special day.
      expect(isOpenAt(allDay.periods, false, holidays, at('2026-09-01T23:30:00Z'), closed)).toBe(false);
      expect(isOpenAt(allDay.periods, false, holidays, at('2026-09-01T16:59:00Z'), closed)).toBe(true);
    });

    it('takes the union of overlapping lines: a closed range with one open day inside', () => {
      const s = special('2027-02-04/2027-02-12 nghỉ\n2027-02-10 08:00-11:00');
      expect(isOpenAt(office.periods, true, holidays, at('2027-02-10T09:00:00+07:00'), s)).toBe(true);
      expect(isOpenAt(office.periods, true, holidays, at('2027-02-09T09:00:00+07:00'), s)).toBe(false);
    });

    it('refuses bad dates, ranges and times with the line and the reason', () => {
      expect(parseSpecialHours('2027-02-30 08:00-11:00')).toEqual({ ok: false, line: 1, error: 'specialHoursDate' });
      expect(parseSpecialHours('\n06/02/2027 08:00-11:00')).toEqual({ ok: false, line: 2, error: 'specialHoursDate' });
      expect(parseSpecialHours('2027-02-12/2027-02-04 nghỉ')).toEqual({
        ok: false,
        line: 1,
        error: 'specialHoursRange',
      });
      expect(parseSpecialHours('2027-01-01/2028-06-01 nghỉ')).toEqual({
        ok: false,
        line: 1,
        error: 'specialHoursRange',
      });
      expect(parseSpecialHours('2027-02-06 17:00-08:00')).toEqual({ ok: false, line: 1, error: 'specialHoursTimes' });
      expect(parseSpecialHours('2027-02-06 08:00-24:30')).toEqual({ ok: false, line: 1, error: 'specialHoursTimes' });
      expect(parseSpecialHours('2027-02-06')).toEqual({ ok: false, line: 1, error: 'specialHoursLine' });
      expect(parseSpecialHours('2027-02-06 sometimes')).toEqual({ ok: false, line: 1, error: 'specialHoursLine' });
      expect(parseSpecialHours('  \n')).toEqual({ ok: true, periods: [] });
    });

    it('writes the rows back in the editor form and lists the days still to come', () => {
      const text = '2027-02-04/2027-02-12 nghỉ\n2027-01-30 13:00-17:00 07:30-11:30';
      expect(formatSpecialHours(special(text))).toBe('2027-01-30 07:30-11:30 13:00-17:00\n2027-02-04/2027-02-12 nghỉ');
      expect(formatSpecialHours(special('2027-01-01..2027-01-02 Closed'), 'closed')).toBe(
        '2027-01-01/2027-01-02 closed',
      );
      expect(upcomingSpecialHours(special(text), '2027-02-04')).toEqual([
        { startsOn: '2027-02-04', endsOn: '2027-02-12', ranges: [] },
      ]);
    });
  });
});
