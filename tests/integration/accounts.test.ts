import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db';
import {
  checkSignIn,
  deleteAccount,
  exportUserData,
  registerUser,
  requestPasswordReset,
  resetPassword,
  verifyEmail,
} from '@/server/accounts/service';
import { accountSummary } from '@/server/accounts/queries';
import { consumeToken, issueToken } from '@/server/accounts/tokens';
import { fieldTexts } from '@/server/i18n';
import { verifyPassword } from '@/server/password';
import { seed } from '@/prisma/seed';
import { errorOf } from '../support/errors';

const ip = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
const email = (p: string) => `${p}.${Date.now()}${Math.floor(Math.random() * 1e6)}@example.com`;

function linkIn(text: string): URL {
  const m = text.match(/https?:\/\/\S+/);
  if (!m) throw new Error(`no link in: ${text}`);
  return new URL(m[0]);
}

const base = {
  name: 'Nguyễn Thị Mai',
  password: 'mot cau rat dai de nho',
  phone: undefined,
  wardCode: 'mau-phuong-sai-gon',
  campaignUnitId: undefined,
  consent: true,
};

beforeAll(async () => {
  await seed(db as never);
});
afterAll(async () => {
  await db.$disconnect();
});

describe('sign-up', () => {
  it('creates an unverified account, stores consent and mails a verification link in the person’s language', async () => {
    const address = email('mai');
    const user = await registerUser({ ...base, email: address }, 'en', ip());
    const row = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { emailVerified: true, consentVersion: true, consentAt: true, passwordHash: true },
    });
    expect(row.emailVerified).toBeNull();
    expect(row.consentVersion).toBe('2026-01');
    expect(row.consentAt).toBeInstanceOf(Date);
    expect(row.passwordHash).toMatch(/^scrypt\$/);
    expect(await verifyPassword(base.password, row.passwordHash)).toBe(true);

    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: address } });
    expect(mail.subject).toContain('Verify');
    const link = linkIn(mail.text);
    expect(link.pathname).toBe('/en/verify-email');
    await verifyEmail(link.searchParams.get('token')!);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { emailVerified: true } });
    expect(after.emailVerified).toBeInstanceOf(Date);
  });

  it('refuses a duplicate email (any case) with a conflict and writes nothing', async () => {
    const address = email('trung');
    await registerUser({ ...base, email: address }, 'vi', ip());
    const before = await db.user.count();
    const error = await errorOf(registerUser({ ...base, email: address.toUpperCase().toLowerCase() }, 'vi', ip()));
    expect(error.code).toBe('conflict');
    expect(fieldTexts('vi', error.details.fields ?? {}).email).toBe(
      'Email này đã được dùng cho một tài khoản khác. Hãy đăng nhập hoặc đặt lại mật khẩu.',
    );
    expect(await db.user.count()).toBe(before);
  });

  it('refuses a ward that is not in the list, and stores nothing', async () => {
    const address = email('sai');
    const error = await errorOf(registerUser({ ...base, email: address, wardCode: 'khong-ton-tai' }, 'vi', ip()));
    expect(fieldTexts('en', error.details.fields ?? {}).wardCode).toBe('This ward or commune is not in the list.');
    expect(await db.user.findUnique({ where: { email: address } })).toBeNull();
  });

  it('stores HTML- and SQL-looking text as typed', async () => {
    const address = email('html');
    const name = `<script>alert(1)</script>'; DROP TABLE "User"; --`;
    const user = await registerUser({ ...base, email: address, name }, 'vi', ip());
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(name);
    expect(await db.user.count()).toBeGreaterThan(0);
  });
});

describe('tokens', () => {
  it('are single use, and an expired one is refused as expired', async () => {
    const u = await db.user.findFirstOrThrow({ where: { email: 'congdan@congdanso.test' } });
    const raw = await issueToken(u.id, 'PASSWORD_RESET');
    expect(await consumeToken(raw, 'PASSWORD_RESET')).toBe(u.id);
    expect((await errorOf(consumeToken(raw, 'PASSWORD_RESET'))).message).toBe('token_invalid');

    const old = await issueToken(u.id, 'PASSWORD_RESET');
    await db.authToken.updateMany({
      where: { userId: u.id, usedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await errorOf(consumeToken(old, 'PASSWORD_RESET'))).message).toBe('token_expired');
    expect((await errorOf(consumeToken('made-up-token', 'PASSWORD_RESET'))).message).toBe('token_invalid');
  });

  it('a token of one kind does not work for the other', async () => {
    const u = await db.user.findFirstOrThrow({ where: { email: 'congdan@congdanso.test' } });
    const raw = await issueToken(u.id, 'EMAIL_VERIFY');
    expect((await errorOf(consumeToken(raw, 'PASSWORD_RESET'))).message).toBe('token_invalid');
  });
});

describe('password reset', () => {
  it('mails a link, sets the new password, ends every session and refuses the link a second time', async () => {
    const address = email('quen');
    const user = await registerUser({ ...base, email: address }, 'vi', ip());
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    await requestPasswordReset(address, 'vi', ip());
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: address, subject: { contains: 'mật khẩu' } } });
    const link = linkIn(mail.text);
    expect(link.pathname).toBe('/vi/dat-lai-mat-khau');
    const token = link.searchParams.get('token')!;
    await resetPassword(token, 'mat khau moi that dai');
    const after = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { sessionVersion: true, passwordHash: true },
    });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword('mat khau moi that dai', after.passwordHash)).toBe(true);
    expect((await errorOf(resetPassword(token, 'mot mat khau khac nua'))).message).toBe('token_invalid');
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const address = email('khongco');
    await requestPasswordReset(address, 'vi', ip());
    expect(await db.outboxMail.count({ where: { to: address } })).toBe(0);
  });
});

describe('sign-in checks', () => {
  it('after 5 failures in a minute the account is limited, even with the right password', async () => {
    const address = email('khoa');
    const u = await registerUser({ ...base, email: address }, 'vi', ip());
    await db.user.update({ where: { id: u.id }, data: { emailVerified: new Date() } });
    for (let i = 0; i < 5; i++) {
      expect(await checkSignIn(address, 'sai mat khau roi', ip())).toEqual({
        ok: false,
        reason: 'invalid_credentials',
      });
    }
    const error = await errorOf(checkSignIn(address, base.password, ip()));
    expect(error.code).toBe('rate_limited');
    expect(error.details?.retryAfter).toBeGreaterThan(0);
    expect(error.details?.retryAfter).toBeLessThanOrEqual(60);
  });

  it('tells unverified and disabled accounts apart from a wrong password', async () => {
    const address = email('chua');
    const u = await registerUser({ ...base, email: address }, 'vi', ip());
    expect(await checkSignIn(address, base.password, ip())).toEqual({ ok: false, reason: 'email_unverified' });
    await db.user.update({ where: { id: u.id }, data: { emailVerified: new Date(), disabledAt: new Date() } });
    expect(await checkSignIn(address, base.password, ip())).toEqual({ ok: false, reason: 'account_disabled' });
    expect(await checkSignIn(address, 'wrong password!', ip())).toEqual({ ok: false, reason: 'invalid_credentials' });
  });
});

describe('my data', () => {
  it('exports everything but secrets, and deleting anonymises the person but keeps the row', async () => {
    const address = email('xoa');
    const u = await registerUser({ ...base, email: address, phone: '0901234567' }, 'vi', ip());
    const data = await exportUserData(u.id);
    const json = JSON.stringify(data);
    expect(json).toContain(address);
    expect(json).toContain('0901234567');
    expect(json).not.toContain('scrypt');
    expect(json).not.toContain('passwordHash');

    await deleteAccount(u.id);
    const row = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.email).toBeNull();
    expect(row.phone).toBeNull();
    expect(row.name).toBe('Người dùng đã xóa');
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect(await db.authToken.count({ where: { userId: u.id } })).toBe(0);
    // The address is free again for a new account.
    await expect(registerUser({ ...base, email: address }, 'vi', ip())).resolves.toMatchObject({ email: address });
  });
});

describe('the account page', () => {
  it('shows a resident their profile and an official their agency, without the password hash', async () => {
    const address = email('trang');
    const u = await registerUser({ ...base, email: address, phone: '0901234567' }, 'vi', ip());
    const mine = await accountSummary(u.id);
    expect(mine).toEqual({
      name: base.name,
      email: address,
      phone: '0901234567',
      wardCode: base.wardCode,
      campaignUnitId: null,
      role: 'CITIZEN',
      agency: null,
    });
    expect(JSON.stringify(mine)).not.toContain('scrypt');

    const official = await db.user.findUniqueOrThrow({
      where: { email: 'canbo@congdanso.test' },
      select: { id: true },
    });
    expect(await accountSummary(official.id)).toMatchObject({
      role: 'OFFICIAL',
      agency: { nameVi: expect.any(String), nameEn: expect.any(String) },
    });
  });
});
