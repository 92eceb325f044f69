import { describe, expect, it } from 'vitest';
import {
  adminState,
  cityTimeToDate,
  closeRefusal,
  dateToCityTime,
  moved,
  outcomeRefusal,
  publishRefusal,
  structureLocked,
} from './admin';

const now = new Date('2026-12-07T00:00:00Z');
const DAY = 86_400_000;
const at = (days: number) => new Date(now.getTime() + days * DAY);
const c = (status: 'DRAFT' | 'PUBLISHED', opens: number, closes: number) => ({
  status,
  opensAt: at(opens),
  closesAt: at(closes),
});

describe('adminState', () => {
  it.each([
    [c('DRAFT', -1, 1), 'draft'],
    [c('DRAFT', -5, -1), 'draft'],
    [c('PUBLISHED', 1, 5), 'upcoming'],
    [c('PUBLISHED', -1, 5), 'open'],
    [c('PUBLISHED', -5, 0), 'closed'],
  ] as const)('%o is %s', (row, state) => {
    expect(adminState(row, now)).toBe(state);
  });
});

describe('the rules of the back office', () => {
  it('freezes the questions once one person has answered', () => {
    expect(structureLocked(0)).toBe(false);
    expect(structureLocked(1)).toBe(true);
  });

  it('publishes only with questions, each choice question with two options', () => {
    expect(publishRefusal([])).toBe('consultationNoQuestions');
    expect(publishRefusal([{ kind: 'SINGLE', options: [1] }])).toBe('consultationOptionsNeeded');
    expect(publishRefusal([{ kind: 'RANKING', options: [] }])).toBe('consultationOptionsNeeded');
    expect(
      publishRefusal([
        { kind: 'SINGLE', options: [1, 2] },
        { kind: 'TEXT', options: [] },
      ]),
    ).toBeNull();
    expect(publishRefusal([{ kind: 'SCALE', options: [] }])).toBeNull();
  });

  it('closes early only what is open, and publishes an outcome only once closed', () => {
    expect(closeRefusal(c('PUBLISHED', -1, 5), now)).toBeNull();
    expect(closeRefusal(c('PUBLISHED', 1, 5), now)).toBe('consultationCloseNotOpen');
    expect(closeRefusal(c('PUBLISHED', -5, -1), now)).toBe('consultationCloseNotOpen');
    expect(closeRefusal(c('DRAFT', -1, 5), now)).toBe('consultationCloseNotOpen');
    expect(outcomeRefusal(c('PUBLISHED', -5, -1), now)).toBeNull();
    expect(outcomeRefusal(c('PUBLISHED', -1, 5), now)).toBe('consultationNotClosed');
    expect(outcomeRefusal(c('DRAFT', -5, -1), now)).toBe('consultationNotClosed');
  });

  it('moves an item one place, and not past either end', () => {
    expect(moved(['a', 'b', 'c'], 'b', 'up')).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 'b', 'down')).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 'a', 'up')).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 'c', 'down')).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b'], 'x', 'up')).toEqual(['a', 'b']);
  });

  it('reads and writes times as Ho Chi Minh City time', () => {
    expect(cityTimeToDate('2026-12-07T08:30')?.toISOString()).toBe('2026-12-07T01:30:00.000Z');
    expect(cityTimeToDate('2026-12-07')).toBeNull();
    expect(cityTimeToDate('2026-13-40T99:00')).toBeNull();
    expect(dateToCityTime(new Date('2026-12-07T01:30:00Z'))).toBe('2026-12-07T08:30');
  });
});
