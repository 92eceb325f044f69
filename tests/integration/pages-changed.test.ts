// Saves reach the other instances through PostgreSQL: the listener over a real connection, its own
// notifications ignored, and a dropped connection replaced, with a refresh for what it may have missed.
import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { listenForPagesChanged, type PagesChangedListener } from '@/server/http/pages-changed-listener';
import { isPagesChangedToken, pagesChangedToken, PAGES_CHANGED_CHANNEL } from '@/server/http/pages-changed';

const url = process.env.DATABASE_URL!;
let listener: PagesChangedListener | undefined;
afterEach(async () => {
  await listener?.close();
  listener = undefined;
});

async function sql(text: string, values: unknown[] = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await c.query(text, values);
  } finally {
    await c.end();
  }
}

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('pages-changed notifications', () => {
  it('calls back for another instance’s save, not for its own', async () => {
    const calls: string[] = [];
    listener = listenForPagesChanged({
      databaseUrl: url,
      self: 'instance-a',
      onChange: async () => void calls.push('refresh'),
    });
    await listener.ready;
    await sql('SELECT pg_notify($1, $2)', [PAGES_CHANGED_CHANNEL, 'instance-a']);
    await sql('SELECT pg_notify($1, $2)', [PAGES_CHANGED_CHANNEL, 'instance-b']);
    await until(() => calls.length === 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(calls).toEqual(['refresh']);
  });

  it('reconnects after its connection is dropped, refreshes once for what it missed, and hears saves again', async () => {
    let calls = 0;
    listener = listenForPagesChanged({
      databaseUrl: url,
      self: 'instance-a',
      retryMs: 100,
      onChange: async () => void calls++,
    });
    await listener.ready;
    const dropped = await sql(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND datname = current_database() AND query = $1`,
      [`LISTEN ${PAGES_CHANGED_CHANNEL}`],
    );
    expect(dropped.rowCount).toBeGreaterThan(0);
    await until(() => calls === 1);
    // Listening again: the next save is heard.
    await sql('SELECT pg_notify($1, $2)', [PAGES_CHANGED_CHANNEL, 'instance-b']);
    await until(() => calls === 2);
  });

  it('accepts only the token derived from the shared secret', () => {
    const secret = 'x'.repeat(40);
    expect(isPagesChangedToken(secret, pagesChangedToken(secret))).toBe(true);
    expect(isPagesChangedToken(secret, pagesChangedToken('y'.repeat(40)))).toBe(false);
    expect(isPagesChangedToken(secret, null)).toBe(false);
    expect(isPagesChangedToken(secret, 'short')).toBe(false);
  });
});
