// Rate limits count clients by address. A server that clients reach directly (no TRUST_PROXY) takes
// the address from the connection, so a visitor who writes a new X-Forwarded-For on every request
// is still one visitor; behind a trusted proxy, the address the proxy appended counts.
import { test, expect } from './fixtures';
import { startOwnServer, type OwnServer } from '../support/own-server';

test.describe.configure({ mode: 'serial' });

// The report form's "similar reports nearby" lookup: 60 a minute per address, counted before sign-in.
const LIMIT = 60;
const lookup = (base: string, i: number) =>
  fetch(`${base}/api/feedback/nearby?locale=en`, {
    headers: { 'X-Forwarded-For': `198.51.100.${i % 250}, 203.0.113.${i % 250}` },
  });

let direct: OwnServer;
test.beforeAll(async () => {
  test.setTimeout(90_000);
  direct = await startOwnServer({ TRUST_PROXY: '' });
});
test.afterAll(async () => {
  await direct?.stop();
});

test('without a trusted proxy, a forged X-Forwarded-For on every request does not escape the limit', async () => {
  const statuses: number[] = [];
  for (let i = 0; i <= LIMIT; i++) statuses.push((await lookup(direct.base, i)).status);
  expect(
    statuses.slice(0, LIMIT).every((s) => s === 401),
    String(statuses),
  ).toBe(true);
  const refused = await lookup(direct.base, LIMIT + 1);
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  expect((await refused.json()).error.code).toBe('rate_limited');
});

test('behind a trusted proxy, the address it appended is the client', async ({ baseURL }) => {
  // The shared test server runs with TRUST_PROXY=1: each request names another client, none is refused.
  const statuses: number[] = [];
  for (let i = 0; i <= LIMIT; i++) statuses.push((await lookup(baseURL!, i)).status);
  expect(new Set(statuses)).toEqual(new Set([401]));
});
