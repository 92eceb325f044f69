import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates';

// 7 December 2026, 09:30 in Ho Chi Minh City (02:30 UTC); 23:30 UTC is already the next day there.
const morning = new Date('2026-12-07T02:30:00Z');
const lateUtc = new Date('2026-12-06T23:30:00Z');

describe('one date format per language', () => {
  it('writes Vietnamese dates day first with two digits, English dates with the month in words', () => {
    expect(formatDate(morning, 'vi')).toBe('07/12/2026');
    expect(formatDate(morning, 'en')).toBe('7 December 2026');
    expect(formatDateTime(morning, 'vi')).toBe('09:30 07/12/2026');
    expect(formatDateTime(morning, 'en')).toBe('7 December 2026 at 09:30');
  });

  it('counts the day in the city’s time zone', () => {
    expect(formatDate(lateUtc, 'vi')).toBe('07/12/2026');
  });

  it('no page or component writes its own numeric date style (the back office showed "7/12/26")', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (/\.tsx?$/.test(name) && !name.endsWith('.test.ts')) {
          const text = readFileSync(file, 'utf8');
          if (/dateStyle: '(short|medium)'|new Intl\.DateTimeFormat\(/.test(text))
            offenders.push(path.relative(root, file));
        }
      }
    };
    for (const dir of ['app', 'components']) walk(path.join(root, dir));
    expect(offenders).toEqual([]);
  });
});
