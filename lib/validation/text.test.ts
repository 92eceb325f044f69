import { describe, expect, it } from 'vitest';
import { issueError } from '@/lib/errors';
import { cleanText, normaliseText, optionalCleanText } from './text';

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe('normaliseText', () => {
  it('turns a value made only of zero-width and other invisible characters into ""', () => {
    expect(normaliseText('\u200B\u200B\u200B')).toBe('');
    expect(normaliseText('\u200C\u200D\u2060\uFEFF\u00AD')).toBe('');
    // Hangul fillers and the braille blank are "letters" that draw nothing.
    expect(normaliseText('\u3164\u115F\u2800 \u3164')).toBe('');
    // Only combining marks or variation selectors: nothing to read.
    expect(normaliseText('\u0301\uFE0F')).toBe('');
  });

  it('removes invisible characters mixed into words, and the control characters PostgreSQL refuses', () => {
    expect(normaliseText('Ổ\u200Bgà\u200D lớn\u2060 trên\uFEFF đường')).toBe('Ổgà lớn trên đường');
    expect(normaliseText('Lê\u0000 Lợi\u0007\u200E\u200F\u061C')).toBe('Lê Lợi');
    expect(normaliseText('a\uD800b')).toBe('ab');
  });

  it('composes NFD input to NFC', () => {
    const nfd = 'Đăng ký khai sinh'.normalize('NFD');
    expect(nfd).not.toBe('Đăng ký khai sinh');
    const out = normaliseText(nfd);
    expect(out).toBe('Đăng ký khai sinh');
    expect(out.normalize('NFC')).toBe(out);
  });

  it('keeps Vietnamese with all its diacritics intact', () => {
    const text = 'Nguyễn Thị Ánh Tuyết, phường Bến Thành: đường ướt, ổ gà sâu; ĐƯỜNG ỐNG VỠ.';
    expect(normaliseText(text)).toBe(text);
    expect(normaliseText(text, { multiline: true })).toBe(text);
  });

  it('makes a single-line value one line with single plain spaces', () => {
    expect(normaliseText('  Ổ gà\t\tlớn\n\ntrên\u00A0\u3000đường\u2028Lê Lợi  ')).toBe('Ổ gà lớn trên đường Lê Lợi');
  });

  it('keeps line breaks of a multi-line value, as \\n, without trailing spaces or runs of empty lines', () => {
    expect(normaliseText('  Dòng một  \r\nDòng\u00A0hai\r\r\n\n\n\nDòng ba\u2028bốn  ', { multiline: true })).toBe(
      'Dòng một\nDòng hai\n\nDòng ba\nbốn',
    );
  });

  it('keeps the joiners of emoji sequences', () => {
    expect(normaliseText('Gia đình 👨‍👩‍👧 và ❤️‍🔥 👩🏽‍💻')).toBe('Gia đình 👨‍👩‍👧 và ❤️‍🔥 👩🏽‍💻');
  });
});

describe('cleanText', () => {
  const title = cleanText({
    min: 5,
    max: 10,
    messages: { required: 'reportTitleRequired', tooShort: 'reportTitleTooShort' },
  });

  it('refuses a value of zero-width spaces as empty', () => {
    expect(messagesOf(title.safeParse('\u200B'.repeat(20)))).toEqual(['reportTitleRequired']);
    expect(messagesOf(cleanText({ max: 120 }).safeParse('\u200B\u200C\u200D\u2060'))).toEqual(['required']);
  });

  it('refuses right-to-left override and every other bidi embedding, override or isolate control', () => {
    for (const ch of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(messagesOf(title.safeParse(`Lê Lợi${ch}gnp.exe`))).toEqual(['textDirectionControls']);
    }
    expect(messagesOf(cleanText({ max: 120 }).safeParse('\u202E'))).toEqual(['textDirectionControls']);
  });

  it('counts the length after normalisation', () => {
    // 10 characters in NFC, 14 code units in NFD, with invisible characters and spaces around.
    const nfd = ' \u200BĐường Ổ gà\u200B '.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(10);
    expect(title.safeParse(nfd)).toEqual({ success: true, data: 'Đường Ổ gà' });
    expect(title.safeParse('Đường Ổ gà!').error!.issues.map(issueError)).toEqual([
      { code: 'tooLong', params: { max: 10 } },
    ]);
    expect(messagesOf(title.safeParse('\u200BỔ\u200B gà\u200B'))).toEqual(['reportTitleTooShort']);
  });

  it('keeps line breaks only when multi-line', () => {
    expect(cleanText({ max: 50, multiline: true }).parse('Một\nHai')).toBe('Một\nHai');
    expect(cleanText({ max: 50 }).parse('Một\nHai')).toBe('Một Hai');
  });

  it('lets an optional field be empty, and still refuses controls in it', () => {
    const note = optionalCleanText({ max: 20 });
    expect(note.parse(undefined)).toBeUndefined();
    expect(note.parse('\u200B ')).toBeUndefined();
    expect(note.parse(' Ghi chú ')).toBe('Ghi chú');
    expect(messagesOf(note.safeParse('\u2067x'))).toEqual(['textDirectionControls']);
  });

  it('takes messages as sentences for the APIs that answer in sentences', () => {
    const description = cleanText({
      max: 5,
      messages: {
        required: 'description is required',
        tooLong: 'description is too long',
        bidi: 'description contains direction controls',
      },
    });
    expect(messagesOf(description.safeParse('\u200B'))).toEqual(['description is required']);
    expect(messagesOf(description.safeParse('abcdef'))).toEqual(['description is too long']);
    expect(messagesOf(description.safeParse('\u202Eabc'))).toEqual(['description contains direction controls']);
  });
});
