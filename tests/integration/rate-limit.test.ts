import { afterAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { db } from '@/server/db';
import { postgresStore, redisStore, type RateLimitStore } from '@/server/rate-limit';

afterAll(async () => {
  await db.$disconnect();
});

function behavesAsAFixedWindow(name: string, store: () => RateLimitStore) {
  describe(name, () => {
    it('counts hits in a window, reports the wait, and starts over after reset', async () => {
      const key = `test:${name}:${Date.now()}:${Math.random()}`;
      const s = store();
      expect((await s.hit(key, 60)).count).toBe(1);
      expect((await s.hit(key, 60)).count).toBe(2);
      const third = await s.hit(key, 60);
      expect(third.count).toBe(3);
      expect(third.retryAfter).toBeGreaterThan(0);
      expect(third.retryAfter).toBeLessThanOrEqual(60);
      expect((await s.peek(key)).count).toBe(3);
      await s.reset(key);
      expect((await s.peek(key)).count).toBe(0);
    });

    it('a window that has ended starts again at one', async () => {
      const key = `test:${name}:short:${Date.now()}:${Math.random()}`;
      const s = store();
      await s.hit(key, 1);
      await s.hit(key, 1);
      await new Promise((r) => setTimeout(r, 1200));
      expect((await s.hit(key, 1)).count).toBe(1);
    });

    it('counts concurrent hits exactly', async () => {
      const key = `test:${name}:race:${Date.now()}:${Math.random()}`;
      const s = store();
      const results = await Promise.all(Array.from({ length: 20 }, () => s.hit(key, 60)));
      expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });
  });
}

behavesAsAFixedWindow('postgres', () => postgresStore);

// Redis is optional for the portal; CI points TEST_REDIS_URL at the machine's Redis.
const redisUrl = process.env.TEST_REDIS_URL;
let client: Redis | undefined;
describe.runIf(Boolean(redisUrl))('redis store', () => {
  behavesAsAFixedWindow('redis', () => {
    client ??= new Redis(redisUrl!);
    return redisStore(client);
  });
  afterAll(() => client?.disconnect());
});
