import 'server-only';
import { Redis } from 'ioredis';
import { db } from './db';
import { env } from './env';

export type RateLimitResult = { ok: boolean; count: number; retryAfter: number };

export interface RateLimitStore {
  /** Adds one to the key's fixed window and returns the count so far and seconds until it resets. */
  hit(key: string, windowSeconds: number): Promise<{ count: number; retryAfter: number }>;
  /** Reads the window without counting. */
  peek(key: string): Promise<{ count: number; retryAfter: number }>;
  reset(key: string): Promise<void>;
}

// Default store: one row per key in PostgreSQL, updated atomically in a single statement.
export const postgresStore: RateLimitStore = {
  async hit(key, windowSeconds) {
    const rows = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
      INSERT INTO "RateLimitBucket" ("key", "count", "resetAt")
      VALUES (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
        "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= now()
          THEN now() + make_interval(secs => ${windowSeconds}) ELSE "RateLimitBucket"."resetAt" END
      RETURNING "count", "resetAt"`;
    const row = rows[0]!;
    return { count: row.count, retryAfter: secondsUntil(row.resetAt) };
  },
  async peek(key) {
    const row = await db.rateLimitBucket.findUnique({ where: { key } });
    if (!row || row.resetAt <= new Date()) return { count: 0, retryAfter: 0 };
    return { count: row.count, retryAfter: secondsUntil(row.resetAt) };
  },
  async reset(key) {
    await db.rateLimitBucket.deleteMany({ where: { key } });
  },
};

export function redisStore(client: Redis): RateLimitStore {
  return {
    async hit(key, windowSeconds) {
      const k = `rl:${key}`;
      const results =
        (await client
          .multi()
          .incr(k)
          .pexpire(k, windowSeconds * 1000, 'NX')
          .pttl(k)
          .exec()) ?? [];
      const count = Number(results[0]?.[1] ?? 0);
      const left = Number(results[2]?.[1] ?? windowSeconds * 1000);
      return { count: Number(count), retryAfter: Math.max(1, Math.ceil(left / 1000)) };
    },
    async peek(key) {
      const k = `rl:${key}`;
      const [count, ttl] = await Promise.all([client.get(k), client.pttl(k)]);
      if (!count || ttl <= 0) return { count: 0, retryAfter: 0 };
      return { count: Number(count), retryAfter: Math.max(1, Math.ceil(ttl / 1000)) };
    },
    async reset(key) {
      await client.del(`rl:${key}`);
    },
  };
}

function secondsUntil(date: Date): number {
  return Math.max(1, Math.ceil((date.getTime() - Date.now()) / 1000));
}

const globalForRedis = globalThis as unknown as { rateLimitRedis?: Redis };

export function rateLimitStore(): RateLimitStore {
  const url = env().REDIS_URL;
  if (!url) return postgresStore;
  globalForRedis.rateLimitRedis ??= new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true });
  return redisStore(globalForRedis.rateLimitRedis);
}

/** Counts one event against `limit` per window; ok is false once the limit is exceeded. */
export async function limit(key: string, max: number, windowSeconds: number): Promise<RateLimitResult> {
  const { count, retryAfter } = await rateLimitStore().hit(key, windowSeconds);
  return { ok: count <= max, count, retryAfter };
}

/** True while a key has already used up its allowance (for counting only failures). */
export async function isLimited(key: string, max: number): Promise<RateLimitResult> {
  const { count, retryAfter } = await rateLimitStore().peek(key);
  return { ok: count < max, count, retryAfter };
}

export const RATE_LIMITS = {
  signInFailures: { max: 5, windowSeconds: 60 },
  signUp: { max: 5, windowSeconds: 60 * 60 },
  passwordReset: { max: 5, windowSeconds: 60 * 60 },
  verificationMail: { max: 5, windowSeconds: 60 * 60 },
} as const;
