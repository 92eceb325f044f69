import { describe, expect, it } from 'vitest';
import { canRate, isOverdue } from './access';
import { xmlEscape } from './xml';

const author = { id: 'a', role: 'CITIZEN' as const };
const other = { id: 'b', role: 'CITIZEN' as const };

describe('isOverdue', () => {
  const now = new Date('2026-06-10T00:00:00Z');
  it('counts open reports past the committed date, else past the deadline', () => {
    expect(isOverdue({ status: 'RECEIVED', dueAt: new Date('2026-06-09T00:00:00Z'), committedAt: null }, now)).toBe(true);
    expect(isOverdue({ status: 'IN_PROGRESS', dueAt: new Date('2026-06-09T00:00:00Z'), committedAt: new Date('2026-06-20T00:00:00Z') }, now)).toBe(false);
    expect(isOverdue({ status: 'IN_PROGRESS', dueAt: new Date('2026-06-20T00:00:00Z'), committedAt: new Date('2026-06-09T00:00:00Z') }, now)).toBe(true);
    expect(isOverdue({ status: 'RESOLVED', dueAt: new Date('2026-06-01T00:00:00Z'), committedAt: null }, now)).toBe(false);
  });
});

describe('canRate', () => {
  const report = { authorId: 'a', ratedAt: null, hiddenAt: null };
  it('lets the author rate once an answer exists, and again after a newer answer', () => {
    expect(canRate(author, report, null)).toBe(false);
    expect(canRate(author, report, new Date())).toBe(true);
    expect(canRate(other, report, new Date())).toBe(false);
    expect(canRate(null, report, new Date())).toBe(false);
    const rated = { ...report, ratedAt: new Date('2026-06-10T00:00:00Z') };
    expect(canRate(author, rated, new Date('2026-06-09T00:00:00Z'))).toBe(false);
    expect(canRate(author, rated, new Date('2026-06-11T00:00:00Z'))).toBe(true);
  });
});

describe('xmlEscape', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xmlEscape(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
    expect(xmlEscape('a\u0000b\u0007c\u000bd')).toBe('abcd');
    expect(xmlEscape('ổ gà 🙂 \uD800x')).toBe('ổ gà 🙂 x');
  });
});
