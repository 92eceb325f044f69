import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { audit } from '../audit';
import { db } from '../db';
import { AppError } from '../errors';

// API keys of the Open311 interface. A key is "cds_" and 32 random base64url characters; it is
// shown once when issued and only its SHA-256 is stored. The first 12 characters ("cds_" + 8) are
// kept as a prefix so that people can tell keys apart in the list and in logs.

export const API_KEY_PATTERN = /^cds_[A-Za-z0-9_-]{32}$/;
const PREFIX_LENGTH = 12;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export type ApiKeyRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdBy: { name: string } | null;
};

export async function listApiKeys(): Promise<ApiKeyRow[]> {
  return db.apiKey.findMany({
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
    },
  });
}

/** Creates a key for `name`; the plain key is returned once and never stored. */
export async function issueApiKey(
  actorId: string,
  name: string,
): Promise<{ id: string; key: string; prefix: string; name: string }> {
  const key = `cds_${randomBytes(24).toString('base64url')}`;
  const prefix = key.slice(0, PREFIX_LENGTH);
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: { name, prefix, keyHash: hashApiKey(key), createdById: actorId },
      select: { id: true },
    });
    await audit(tx, {
      actorId,
      action: 'apiKey.issue',
      entityType: 'ApiKey',
      entityId: created.id,
      after: { name, prefix },
    });
    return created;
  });
  return { id: row.id, key, prefix, name };
}

export async function revokeApiKey(actorId: string, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const key = await tx.apiKey.findUnique({
      where: { id },
      select: { id: true, name: true, prefix: true, revokedAt: true },
    });
    if (!key) throw new AppError('not_found');
    if (key.revokedAt) return;
    const revokedAt = new Date();
    await tx.apiKey.update({ where: { id }, data: { revokedAt } });
    await audit(tx, {
      actorId,
      action: 'apiKey.revoke',
      entityType: 'ApiKey',
      entityId: id,
      before: { name: key.name, prefix: key.prefix, revokedAt: null },
      after: { revokedAt },
    });
  });
}

/** The active key matching `key`, or null (unknown, malformed or revoked). Records its use. */
export async function authenticateApiKey(key: string | null | undefined): Promise<{ id: string; name: string } | null> {
  if (!key || !API_KEY_PATTERN.test(key)) return null;
  const row = await db.apiKey.findUnique({
    where: { keyHash: hashApiKey(key) },
    select: { id: true, name: true, revokedAt: true },
  });
  if (!row || row.revokedAt) return null;
  await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return { id: row.id, name: row.name };
}
