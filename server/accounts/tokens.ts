import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { TokenKind } from '@/generated/prisma/client';
import { db } from '../db';
import { AppError } from '../errors';

const hash = (raw: string) => createHash('sha256').update(raw).digest('hex');

export const TOKEN_TTL_MS: Record<TokenKind, number> = {
  EMAIL_VERIFY: 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 60 * 60 * 1000,
};

/** A new single-use token; only its hash is stored. Older unused tokens of the same kind stop working. */
export async function issueToken(userId: string, kind: TokenKind): Promise<string> {
  const raw = randomBytes(32).toString('base64url');
  await db.$transaction([
    db.authToken.updateMany({ where: { userId, kind, usedAt: null }, data: { usedAt: new Date() } }),
    db.authToken.create({
      data: { userId, kind, tokenHash: hash(raw), expiresAt: new Date(Date.now() + TOKEN_TTL_MS[kind]) },
    }),
  ]);
  return raw;
}

/** Marks the token used and returns its user id; a reused, unknown or expired token is refused. */
export async function consumeToken(raw: string, kind: TokenKind): Promise<string> {
  const token = await db.authToken.findUnique({ where: { tokenHash: hash(raw) } });
  if (!token || token.kind !== kind || token.usedAt) throw new AppError('bad_request', 'token_invalid');
  if (token.expiresAt < new Date()) throw new AppError('bad_request', 'token_expired');
  // Only one of two simultaneous uses wins.
  const { count } = await db.authToken.updateMany({
    where: { id: token.id, usedAt: null },
    data: { usedAt: new Date() },
  });
  if (count !== 1) throw new AppError('bad_request', 'token_invalid');
  return token.userId;
}
