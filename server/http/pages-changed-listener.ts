// The production server's side of server/http/pages-changed.ts: a PostgreSQL connection that
// LISTENs for editors' saves made on other instances, and reconnects after a failure.
import pg from 'pg';
import { PAGES_CHANGED_CHANNEL } from './pages-changed';

export type PagesChangedListener = { close: () => Promise<void>; ready: Promise<void> };

export function listenForPagesChanged(options: {
  databaseUrl: string;
  /** This instance's id: its own notifications are ignored (it refreshed itself already). */
  self: string;
  onChange: () => Promise<void>;
  retryMs?: number;
}): PagesChangedListener {
  let client: pg.Client | undefined;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const connect = async () => {
    if (closed) return;
    const c = new pg.Client({ connectionString: options.databaseUrl });
    client = c;
    let retried = false;
    const retry = (error?: unknown) => {
      if (retried || closed) return;
      retried = true;
      if (error) console.error(`Listening for page changes failed, retrying in ${(options.retryMs ?? 5000) / 1000} s:`, error instanceof Error ? error.message : error);
      void c.end().catch(() => {});
      timer = setTimeout(() => void connect(), options.retryMs ?? 5000);
      timer.unref();
    };
    c.on('error', retry);
    c.on('end', () => retry(new Error('connection closed')));
    c.on('notification', (message) => {
      if (message.channel !== PAGES_CHANGED_CHANNEL || message.payload === options.self) return;
      options.onChange().catch((error: unknown) => console.error('Refreshing public pages after a save on another instance failed:', error));
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${PAGES_CHANGED_CHANNEL}`);
      markReady();
    } catch (error) {
      retry(error);
    }
  };
  void connect();

  return {
    ready,
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      await client?.end().catch(() => {});
    },
  };
}
