import { describe, expect, it } from 'vitest';
import { isOverdue } from './access';
import { xmlEscape } from './xml';

describe('isOverdue', () => {
  const now = new Date('2026-06-10T00:00:00Z');
  it('counts open reports past the committed date, else past the deadline', () => {
    expect(isOverdue({ status: 'RECEIVED', dueAt: new Date('2026-06-09T00:00:00Z'), committedAt: null }, now)).toBe(
      true,
    );
    expect(
      isOverdue(
        {
          status: 'IN_PROGRESS',
          dueAt: new Date('2026-06-09T00:00:00Z'),
          committedAt: new Date('2026-06-20T00:00:00Z'),
        },
        now,
      ),
    ).toBe(false);
    expect(
      isOverdue(
        {
          status: 'IN_PROGRESS',
          dueAt: new Date('2026-06-20T00:00:00Z'),
          committedAt: new Date('2026-06-09T00:00:00Z'),
        },
        now,
      ),
    ).toBe(true);
    expect(isOverdue({ status: 'RESOLVED', dueAt: new Date('2026-06-01T00:00:00Z'), committedAt: null }, now)).toBe(
      false,
    );
  });
});

describe('xmlEscape', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xmlEscape(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
    expect(xmlEscape('a\u0000b\u0007c\u000bd')).toBe('abcd');
    expect(xmlEscape('ổ gà 🙂 \uD800x')).toBe('ổ gà 🙂 x');
  });
});
