import { describe, expect, it } from 'vitest';
import { pluralText, pluralTexts } from '@/lib/i18n/plural-texts';

const en = (n: number) => (n === 1 ? `${n} unread notification` : `${n} unread notifications`);

describe('a message with a count, without a parser in the browser', () => {
  it('picks the plural of the language and puts the count in', () => {
    const texts = pluralTexts('en', en);
    expect(pluralText('en', texts, 1)).toBe('1 unread notification');
    expect(pluralText('en', texts, 12)).toBe('12 unread notifications');
    expect(pluralText('en', texts, 0)).toBe('0 unread notifications');
    const vi = pluralTexts('vi', (n) => `${n} thông báo chưa đọc`);
    expect(pluralText('vi', vi, 5)).toBe('5 thông báo chưa đọc');
  });
});
