import { describe, expect, it } from 'vitest';
import {
  cityDay,
  cumulativeCurve,
  curvePath,
  kindFromSlug,
  KIND_SLUGS,
  CAMPAIGN_KINDS,
  percentOf,
  rankUnits,
  type UnitTally,
} from './rules';

const unit = (code: string, registered: number, target: number, kind: UnitTally['kind'] = 'AGENCY'): UnitTally => ({
  id: code,
  code,
  name: `Đơn vị ${code}`,
  kind,
  target,
  registered,
});

describe('ranking by share of target', () => {
  it('ranks by share, not by the number registered, and shares a place on a tie', () => {
    const ranked = rankUnits([unit('A', 50, 100), unit('B', 90, 100), unit('C', 10, 10), unit('D', 45, 90)]);
    expect(ranked.map((u) => [u.code, u.rank])).toEqual([
      ['C', 1],
      ['B', 2],
      ['A', 3],
      ['D', 3],
    ]);
  });

  it('lists units with fewer than 5 registered members after the ranked ones, without a rank', () => {
    const ranked = rankUnits([unit('SMALL', 4, 4), unit('BIG', 5, 100), unit('NONE', 0, 10)]);
    expect(ranked.map((u) => [u.code, u.rank])).toEqual([
      ['BIG', 1],
      ['NONE', null],
      ['SMALL', null],
    ]);
    expect(ranked.find((u) => u.code === 'SMALL')!.share).toBe(1);
  });

  it('never rounds a share up to 100 %', () => {
    expect(percentOf(199 / 200)).toBe(99);
    expect(percentOf(1)).toBe(100);
    expect(percentOf(0.29)).toBe(29);
    expect(percentOf(1.5)).toBe(150);
  });
});

describe('the city curve', () => {
  it('counts days in Ho Chi Minh City time', () => {
    expect(cityDay(new Date('2026-12-06T17:30:00Z'))).toBe('2026-12-07');
    expect(cityDay(new Date('2026-12-06T16:59:00Z'))).toBe('2026-12-06');
  });

  it('is a running total with one point per day, empty days included, up to today', () => {
    const curve = cumulativeCurve(
      [
        { day: '2026-12-01', count: 3 },
        { day: '2026-12-03', count: 2 },
      ],
      new Date('2026-12-04T05:00:00Z'),
    );
    expect(curve).toEqual([
      { day: '2026-12-01', total: 3 },
      { day: '2026-12-02', total: 3 },
      { day: '2026-12-03', total: 5 },
      { day: '2026-12-04', total: 5 },
    ]);
    expect(cumulativeCurve([], new Date())).toEqual([]);
  });

  it('keeps the last days only, with the earlier registrations still in the totals', () => {
    const curve = cumulativeCurve([{ day: '2026-10-01', count: 7 }], new Date('2026-12-04T05:00:00Z'), 3);
    expect(curve).toEqual([
      { day: '2026-12-02', total: 7 },
      { day: '2026-12-03', total: 7 },
      { day: '2026-12-04', total: 7 },
    ]);
  });

  it('draws the highest total at the top of the box and zero at the bottom', () => {
    expect(
      curvePath(
        [
          { day: 'a', total: 0 },
          { day: 'b', total: 10 },
        ],
        100,
        50,
      ),
    ).toBe('0.0,50.0 100.0,0.0');
  });
});

describe('the kind filter', () => {
  it('reads every kind back from its address and refuses anything else', () => {
    for (const k of CAMPAIGN_KINDS) expect(kindFromSlug(KIND_SLUGS[k])).toBe(k);
    expect(kindFromSlug('AGENCY')).toBeNull();
    expect(kindFromSlug('unknown')).toBeNull();
    expect(kindFromSlug(['school'])).toBeNull();
  });
});
