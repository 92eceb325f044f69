import { describe, expect, it } from 'vitest';
import { issueFieldErrors } from '@/lib/errors';
import {
  adminUserSchema,
  deleteAccountSchema,
  profileSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
} from './account';
import { isCommonPassword } from './common-passwords';

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

const valid = {
  name: '  Nguyễn Văn A ',
  email: ' Nguoi.Dan@Example.COM ',
  password: 'mot cau mat khau dai',
  phone: '090 123 4567',
  wardCode: 'mau-phuong-sai-gon',
  campaignUnitId: '',
  consent: 'on',
};

describe('sign-up schema', () => {
  it('accepts a complete form and normalises it', () => {
    const r = signUpSchema.parse(valid);
    expect(r).toEqual({
      name: 'Nguyễn Văn A',
      email: 'nguoi.dan@example.com',
      password: 'mot cau mat khau dai',
      phone: '0901234567',
      wardCode: 'mau-phuong-sai-gon',
      campaignUnitId: undefined,
      consent: true,
    });
  });

  it('names each missing field with its own message key', () => {
    expect(messages(signUpSchema.safeParse({}))).toEqual({
      name: 'nameRequired',
      email: 'emailRequired',
      password: 'passwordRequired',
      wardCode: 'wardRequired',
      consent: 'consentRequired',
    });
  });

  it('refuses short, common and over-long passwords, bad phones, bad emails and long names', () => {
    expect(messages(signUpSchema.safeParse({ ...valid, password: 'ngan' })).password).toBe('passwordTooShort');
    expect(messages(signUpSchema.safeParse({ ...valid, password: 'matkhau123' })).password).toBe('passwordCommon');
    expect(messages(signUpSchema.safeParse({ ...valid, password: 'ab'.repeat(65) })).password).toBe('passwordTooLong');
    expect(messages(signUpSchema.safeParse({ ...valid, phone: '12345' })).phone).toBe('phoneInvalid');
    expect(messages(signUpSchema.safeParse({ ...valid, email: 'not-an-email' })).email).toBe('emailInvalid');
    expect(issueFieldErrors(signUpSchema.safeParse({ ...valid, name: 'a'.repeat(121) }).error!.issues).name).toEqual([
      { code: 'tooLong', params: { max: 120 }, field: 'name' },
    ]);
    expect(messages(signUpSchema.safeParse({ ...valid, consent: undefined })).consent).toBe('consentRequired');
    expect(messages(signUpSchema.safeParse({ ...valid, consent: false })).consent).toBe('consentRequired');
  });

  it('accepts +84 numbers and no phone at all', () => {
    expect(signUpSchema.parse({ ...valid, phone: '+84 90 123 4567' }).phone).toBe('+84901234567');
    expect(signUpSchema.parse({ ...valid, phone: '' }).phone).toBeUndefined();
  });
});

describe('common passwords', () => {
  it('catches listed, repeated and sequential ones, case-insensitively', () => {
    expect(isCommonPassword('Password123')).toBe(true);
    expect(isCommonPassword('aaaaaaaaaaaa')).toBe(true);
    expect(isCommonPassword('12345678901')).toBe(true);
    expect(isCommonPassword('ca phe sua da sai gon')).toBe(false);
  });
});

describe('other forms', () => {
  it('sign-in needs both fields', () => {
    expect(messages(signInSchema.safeParse({ email: '', password: '' }))).toEqual({
      email: 'emailRequired',
      password: 'passwordRequired',
    });
  });
  it('sign-in goes on without a return address that is too long or not text, instead of refusing', () => {
    const long = signInSchema.safeParse({
      email: 'congdan@congdanso.test',
      password: 'mat khau',
      next: `/vi/${'a'.repeat(3000)}`,
    });
    expect(long.success && long.data.next).toBe(undefined);
    const odd = signInSchema.safeParse({ email: 'congdan@congdanso.test', password: 'mat khau', next: ['/vi'] });
    expect(odd.success && odd.data.next).toBe(undefined);
    const kept = signInSchema.safeParse({
      email: 'congdan@congdanso.test',
      password: 'mat khau',
      next: '/vi/phan-anh',
    });
    expect(kept.success && kept.data.next).toBe('/vi/phan-anh');
  });
  it('reset needs matching passwords', () => {
    expect(
      messages(resetPasswordSchema.safeParse({ token: 't', password: 'mot cau dai lam', confirm: 'khac' })).confirm,
    ).toBe('passwordMismatch');
  });
  it('delete needs XÓA, typed with or without composed accents', () => {
    expect(deleteAccountSchema.safeParse({ confirm: 'XÓA' }).success).toBe(true);
    expect(deleteAccountSchema.safeParse({ confirm: 'XO\u0301A' }).success).toBe(true);
    expect(deleteAccountSchema.safeParse({ confirm: 'xoa' }).success).toBe(false);
  });
  it('profile keeps the same rules as sign-up', () => {
    expect(messages(profileSchema.safeParse({ name: '', wardCode: '' }))).toEqual({
      name: 'nameRequired',
      wardCode: 'wardRequired',
    });
  });
  it('an official must have an agency; checkbox values from the browser and from a form post both work', () => {
    expect(
      messages(adminUserSchema.safeParse({ userId: 'u1', role: 'OFFICIAL', agencyId: '', disabled: false })).agencyId,
    ).toBe('agencyRequired');
    expect(adminUserSchema.parse({ userId: 'u1', role: 'OFFICIAL', agencyId: 'a1', disabled: false }).disabled).toBe(
      false,
    );
    expect(adminUserSchema.parse({ userId: 'u1', role: 'OFFICIAL', agencyId: 'a1', disabled: 'on' }).disabled).toBe(
      true,
    );
    expect(adminUserSchema.parse({ userId: 'u1', role: 'CITIZEN', agencyId: 'a1' }).disabled).toBe(false);
    expect(messages(adminUserSchema.safeParse({ userId: 'u1', role: 'KING' })).role).toBe('roleInvalid');
  });
});
