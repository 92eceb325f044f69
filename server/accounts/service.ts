import 'server-only';
import type { ErrorCode } from '@/lib/errors';
import type { Locale } from '@/i18n/routing';
import { getPathname } from '@/i18n/paths';
import { PRIVACY_NOTICE_VERSION } from '@/lib/validation/account';
import type { z } from 'zod';
import type { profileSchema, signUpSchema } from '@/lib/validation/account';
import { db } from '../db';
import { env } from '../env';
import { AppError } from '../errors';
import { sendMail } from '../mail';
import { translator } from '../i18n';
import { hashPassword, verifyPassword } from '../password';
import { limit, isLimited, rateLimitStore, RATE_LIMITS } from '../rate-limit';
import { consumeToken, issueToken } from './tokens';
import { invitationUnit } from '../campaign/queries';

type SignUp = Omit<z.output<typeof signUpSchema>, 'invitation'> & { invitation?: string };
type Profile = z.output<typeof profileSchema>;

async function checkPlaces(wardCode: string, campaignUnitId: string | undefined) {
  const [ward, unit] = await Promise.all([
    db.administrativeUnit.findUnique({ where: { code: wardCode }, select: { level: true } }),
    campaignUnitId ? db.campaignUnit.findUnique({ where: { id: campaignUnitId }, select: { id: true } }) : null,
  ]);
  const fields: Record<string, ErrorCode> = {};
  if (!ward || ward.level === 'CITY') fields.wardCode = 'wardUnknown';
  if (campaignUnitId && !unit) fields.campaignUnitId = 'unitUnknown';
  if (Object.keys(fields).length) throw new AppError('bad_request', 'invalid', { fields });
}

function absoluteUrl(path: string) {
  return new URL(path, env().PUBLIC_URL).toString();
}

export async function sendVerificationMail(user: { id: string; name: string; email: string }, locale: Locale) {
  const token = await issueToken(user.id, 'EMAIL_VERIFY');
  const t = translator(locale, 'Mail');
  const url = absoluteUrl(getPathname({ locale, href: { pathname: '/verify-email', query: { token } } }));
  await sendMail({ to: user.email, subject: t('verifySubject'), text: t('verifyText', { name: user.name, url }) });
}

export async function registerUser(input: SignUp, locale: Locale, ip: string) {
  const rl = await limit(`signup:ip:${ip}`, RATE_LIMITS.signUp.max, RATE_LIMITS.signUp.windowSeconds);
  if (!rl.ok) throw new AppError('rate_limited', 'rate_limited', { retryAfter: rl.retryAfter });
  // A campaign invitation names the unit when the person left the list empty; a revoked or forged
  // link is refused before anything is written, with its own message.
  let campaignUnitId = input.campaignUnitId;
  if (input.invitation) {
    const invitation = await invitationUnit(input.invitation);
    if (invitation && !invitation.ok)
      throw new AppError('bad_request', invitation.code, { fields: { campaignUnitId: invitation.code } });
    if (invitation?.ok) campaignUnitId ??= invitation.unit.id;
  }
  await checkPlaces(input.wardCode, campaignUnitId);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new AppError('conflict', 'email_taken', { fields: { email: 'email_taken' } });
  const passwordHash = await hashPassword(input.password);
  let user;
  try {
    user = await db.user.create({
      data: {
        name: input.name,
        email: input.email,
        passwordHash,
        phone: input.phone ?? null,
        wardCode: input.wardCode,
        campaignUnitId: campaignUnitId ?? null,
        consentVersion: PRIVACY_NOTICE_VERSION,
        consentAt: new Date(),
      },
      select: { id: true, name: true, email: true },
    });
  } catch (error) {
    // Two sign-ups racing for one address: the loser gets the same answer as a duplicate.
    if ((error as { code?: string }).code === 'P2002') {
      throw new AppError('conflict', 'email_taken', { fields: { email: 'email_taken' } });
    }
    throw error;
  }
  await sendVerificationMail({ id: user.id, name: user.name, email: user.email! }, locale);
  return user;
}

export async function resendVerification(email: string, locale: Locale, ip: string) {
  const rl = await limit(
    `verify-mail:${email}:${ip}`,
    RATE_LIMITS.verificationMail.max,
    RATE_LIMITS.verificationMail.windowSeconds,
  );
  if (!rl.ok) throw new AppError('rate_limited', 'rate_limited', { retryAfter: rl.retryAfter });
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, emailVerified: true, deletedAt: true },
  });
  if (user && !user.emailVerified && !user.deletedAt && user.email)
    await sendVerificationMail({ ...user, email: user.email }, locale);
}

export async function verifyEmail(rawToken: string) {
  const userId = await consumeToken(rawToken, 'EMAIL_VERIFY');
  await db.user.update({ where: { id: userId }, data: { emailVerified: new Date() } });
}

export async function requestPasswordReset(email: string, locale: Locale, ip: string) {
  const [byIp, byEmail] = await Promise.all([
    limit(`reset:ip:${ip}`, RATE_LIMITS.passwordReset.max, RATE_LIMITS.passwordReset.windowSeconds),
    limit(`reset:email:${email}`, RATE_LIMITS.passwordReset.max, RATE_LIMITS.passwordReset.windowSeconds),
  ]);
  if (!byIp.ok || !byEmail.ok) {
    throw new AppError('rate_limited', 'rate_limited', { retryAfter: Math.max(byIp.retryAfter, byEmail.retryAfter) });
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, disabledAt: true, deletedAt: true },
  });
  // The answer is the same whether or not the address has an account.
  if (!user || !user.email || user.disabledAt || user.deletedAt) return;
  const token = await issueToken(user.id, 'PASSWORD_RESET');
  const t = translator(locale, 'Mail');
  const url = absoluteUrl(getPathname({ locale, href: { pathname: '/reset-password', query: { token } } }));
  await sendMail({ to: user.email, subject: t('resetSubject'), text: t('resetText', { name: user.name, url }) });
}

export async function resetPassword(rawToken: string, password: string) {
  const userId = await consumeToken(rawToken, 'PASSWORD_RESET');
  const passwordHash = await hashPassword(password);
  // A new password ends every session; the mail link also proves the address.
  const user = await db.user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { email: true, emailVerified: true },
  });
  if (!user.emailVerified) await db.user.update({ where: { id: userId }, data: { emailVerified: new Date() } });
  if (user.email) await rateLimitStore().reset(`signin:acct:${user.email}`);
}

export type SignInFailure = 'invalid_credentials' | 'email_unverified' | 'account_disabled';

/**
 * Checks a password with the sign-in limits: 5 failures a minute per account and per address,
 * then 429 until the window ends. Only failures count.
 */
export async function checkSignIn(email: string, password: string, ip: string) {
  const keys = [`signin:acct:${email}`, `signin:ip:${ip}`];
  const { max, windowSeconds } = RATE_LIMITS.signInFailures;
  const states = await Promise.all(keys.map((k) => isLimited(k, max)));
  const blocked = states.filter((s) => !s.ok);
  if (blocked.length) {
    throw new AppError('rate_limited', 'rate_limited', { retryAfter: Math.max(...blocked.map((s) => s.retryAfter)) });
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, emailVerified: true, disabledAt: true, deletedAt: true, passwordHash: true },
  });
  const ok = await verifyPassword(password, user?.deletedAt ? null : user?.passwordHash);
  if (!user || !ok) {
    await Promise.all(keys.map((k) => limit(k, max, windowSeconds)));
    return { ok: false as const, reason: 'invalid_credentials' as SignInFailure };
  }
  if (user.disabledAt) return { ok: false as const, reason: 'account_disabled' as SignInFailure };
  if (!user.emailVerified) return { ok: false as const, reason: 'email_unverified' as SignInFailure };
  await rateLimitStore().reset(keys[0]!);
  return { ok: true as const, userId: user.id };
}

export async function updateProfile(userId: string, input: Profile) {
  await checkPlaces(input.wardCode, input.campaignUnitId);
  await db.user.update({
    where: { id: userId },
    data: {
      name: input.name,
      phone: input.phone ?? null,
      wardCode: input.wardCode,
      campaignUnitId: input.campaignUnitId ?? null,
    },
  });
}

export async function signOutEverywhere(userId: string) {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** Everything the portal holds about a person, as they would want to take it away. */
export async function exportUserData(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      emailVerified: true,
      phone: true,
      role: true,
      createdAt: true,
      updatedAt: true,
      consentVersion: true,
      consentAt: true,
      ward: { select: { code: true, name: true } },
      campaignUnit: { select: { code: true, name: true } },
      agency: { select: { code: true, nameVi: true } },
      accounts: { select: { provider: true, providerAccountId: true } },
    },
  });
  return { exportedAt: new Date().toISOString(), portal: 'Công dân số', user };
}

/**
 * Erases the person: personal fields are cleared, linked identities and tokens deleted, and the
 * row kept without a name so that reports and votes stay attached to an anonymous author.
 */
export async function deleteAccount(userId: string) {
  await db.$transaction([
    db.account.deleteMany({ where: { userId } }),
    db.session.deleteMany({ where: { userId } }),
    db.authToken.deleteMany({ where: { userId } }),
    db.user.update({
      where: { id: userId },
      data: {
        name: 'Người dùng đã xóa',
        email: null,
        emailVerified: null,
        image: null,
        passwordHash: null,
        phone: null,
        wardCode: null,
        campaignUnitId: null,
        agencyId: null,
        role: 'CITIZEN',
        deletedAt: new Date(),
        sessionVersion: { increment: 1 },
      },
    }),
  ]);
}
