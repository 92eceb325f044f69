// The production server's side of server/http/pages-changed.ts: a PostgreSQL connection that
// LISTENs for editors' saves made on other instances. A dropped connection is noticed (TCP
// keepalive and a query every 30 s) and replaced after `retryMs`; as saves may have been missed
// meanwhile, the pages are refreshed once after every reconnection.
// The same connection hears the database's own notifications of report and consultation changes
// (SHARED_PAGES_CHANNEL, sent by triggers at commit, from this instance as from any other), which
// empty the pages kept for anonymous visitors (docs/decisions/040-pages-shared-by-anonymous-visitors.md).
import pg from 'pg';
import { PAGES_CHANGED_CHANNEL, SHARED_PAGES_CHANNEL } from './pages-changed';

export type PagesChangedListener = { close: () => Promise<void>; ready: Promise<void> };

export function listenForPagesChanged(options: {
  databaseUrl: string;
  /** This instance's id: its own notifications are ignored (it refreshed itself already). */
  self: string;
  onChange: () => Promise<void>;
  /** A report or consultation changed: its group ('reports', 'consultations'). */
  onShared?: (group: string) => void;
  retryMs?: number;
  pingMs?: number;
}): PagesChangedListener {
  let client: pg.Client | undefined;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let ping: NodeJS.Timeout | undefined;
  let connections = 0;
  // One line when listening stops and one when it works again, not one every retry of an outage.
  let failing = false;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const connect = async () => {
    if (closed) return;
    const c = new pg.Client({ connectionString: options.databaseUrl, keepAlive: true });
    client = c;
    let retried = false;
    const retry = (error?: unknown) => {
      if (retried || closed) return;
      retried = true;
      if (ping) clearInterval(ping);
      if (error && !failing)
        console.error(
          `Listening for page changes failed, retrying every ${(options.retryMs ?? 5000) / 1000} s:`,
          error instanceof Error ? error.message : error,
        );
      failing = true;
      void c.end().catch(() => {});
      timer = setTimeout(() => void connect(), options.retryMs ?? 5000);
      timer.unref();
    };
    c.on('error', retry);
    c.on('end', () => retry(new Error('connection closed')));
    c.on('notification', (message) => {
      if (message.channel === SHARED_PAGES_CHANNEL) return options.onShared?.(message.payload ?? '');
      if (message.channel !== PAGES_CHANGED_CHANNEL || message.payload === options.self) return;
      options
        .onChange()
        .catch((error: unknown) =>
          console.error('Refreshing public pages after a save on another instance failed:', error),
        );
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${PAGES_CHANGED_CHANNEL}`);
      if (options.onShared) await c.query(`LISTEN ${SHARED_PAGES_CHANNEL}`);
      ping = setInterval(() => void c.query('SELECT 1').catch(retry), options.pingMs ?? 30_000);
      ping.unref();
      if (failing) console.log('Listening for page changes again.');
      failing = false;
      if (connections++ > 0) {
        options
          .onChange()
          .catch((error: unknown) => console.error('Refreshing public pages after reconnecting failed:', error));
      }
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
      if (ping) clearInterval(ping);
      await client?.end().catch(() => {});
    },
  };
}
