import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { catalogs } from '@/messages';
import { ERROR_CODES, errorText, issueError, issueFieldErrors, portalError, type ErrorTranslator } from './errors';
import { cleanText } from './validation/text';
import { signUpSchema } from './validation/account';
import { photoAltError, reportFields } from './validation/reports/report';

const locales = ['vi', 'en'] as const;

/** The "Errors" translator of a language; a missing text or parameter fails the test instead of falling back. */
function errorsIn(locale: (typeof locales)[number]): ErrorTranslator {
  return createTranslator({
    locale,
    messages: catalogs[locale],
    namespace: 'Errors',
    onError: (e) => {
      throw e;
    },
  }) as unknown as ErrorTranslator;
}

/** The parameter names of an ICU text ("{max}", "{count, plural, …}"). */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)(?:[,}])/g)].map((m) => m[1]!))].filter(
    (name) => name !== 'count' || text.includes('{count'),
  );
}

describe('the closed list of error codes', () => {
  it.each(locales)('has a text for every code in %s, and no text without a code', (locale) => {
    const texts = catalogs[locale].Errors as Record<string, string>;
    const missing = ERROR_CODES.filter((code) => typeof texts[code] !== 'string' || !texts[code]!.trim());
    expect(missing, `codes without a text in messages/${locale}.json "Errors"`).toEqual([]);
    const orphans = Object.keys(texts).filter((key) => !(ERROR_CODES as readonly string[]).includes(key));
    expect(orphans, `texts in messages/${locale}.json "Errors" with no code in lib/errors.ts`).toEqual([]);
  });

  it('has no code twice', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });

  it('gives each code the same parameters in both languages, and every text resolves with them', () => {
    for (const code of ERROR_CODES) {
      const vi = placeholders(catalogs.vi.Errors[code]);
      const en = placeholders(catalogs.en.Errors[code]);
      expect(new Set(vi), code).toEqual(new Set(en));
      const params = Object.fromEntries(vi.map((name) => [name, 2]));
      for (const locale of locales) expect(errorText(errorsIn(locale), { code, params })).not.toMatch(/[{}]/);
    }
  });
});

describe('errorText, the one resolver', () => {
  it('writes an error with its parameters in the language asked for', () => {
    expect(errorText(errorsIn('vi'), { code: 'tooLong', params: { max: 5000 } })).toBe(
      'Nội dung quá dài (tối đa 5000 ký tự).',
    );
    expect(errorText(errorsIn('en'), { code: 'tooLong', params: { max: 5000 } })).toBe(
      'This is too long (at most 5000 characters).',
    );
    expect(errorText(errorsIn('en'), portalError('photoNotImage', { n: 2 }))).toBe(
      'Photo 2 is not a JPEG, PNG or WebP image. Please choose an image file.',
    );
    expect(errorText(errorsIn('vi'), 'email_taken')).toMatch(/^Email này đã được dùng/);
  });

  it('passes a text the server already wrote through unchanged', () => {
    expect(errorText(errorsIn('en'), { message: 'Already in words.' })).toBe('Already in words.');
  });

  it('turns a code outside the list into the generic "invalid"', () => {
    expect(portalError('tooLong:5000')).toEqual({ code: 'invalid' });
    expect(errorText(errorsIn('en'), 'no-such-code' as never)).toBe('This value is not valid.');
  });
});

describe('schemas emit codes with parameters', () => {
  it('a text too long or too short carries its limit', () => {
    const long = cleanText({ max: 5 }).safeParse('abcdefgh');
    expect(long.success || issueError(long.error.issues[0]!)).toEqual({ code: 'tooLong', params: { max: 5 } });
    const short = cleanText({ max: 50, min: 3 }).safeParse('ab');
    expect(short.success || issueError(short.error.issues[0]!)).toEqual({ code: 'tooShort', params: { min: 3 } });
  });

  it('a custom issue keeps its params, and each error names its field', () => {
    const schema = z.object({ a: z.string().refine(() => false, { message: 'tooMany', params: { max: 3 } }) });
    const result = schema.safeParse({ a: 'x' });
    expect(result.success || issueFieldErrors(result.error.issues)).toEqual({
      a: [{ code: 'tooMany', params: { max: 3 }, field: 'a' }],
    });
  });

  it('the shared schemas answer codes of the list', () => {
    const signUp = signUpSchema.safeParse({ name: '', email: 'x'.repeat(300), password: 'short' });
    expect(signUp.success).toBe(false);
    const errors = signUp.success ? {} : issueFieldErrors(signUp.error.issues);
    expect(errors.name?.[0]?.code).toBe('nameRequired');
    expect(errors.email?.[0]).toMatchObject({ code: 'tooLong', params: { max: 254 } });
    expect(errors.password?.[0]?.code).toBe('passwordTooShort');
    const report = reportFields.safeParse({
      title: 'abc',
      description: 'd',
      ward: 'w',
      address: 'a',
      category: 'c',
      idempotencyKey: 'k'.repeat(20),
    });
    expect(report.success || issueError(report.error.issues[0]!)).toMatchObject({
      code: 'reportTitleTooShort',
      field: 'title',
    });
    expect(photoAltError(['ok', 'x'.repeat(300)])).toEqual({ code: 'tooLong', params: { max: 250 } });
  });
});
