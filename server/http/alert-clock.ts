// The production server's alert clock (docs/decisions/026-emergency-alerts.md). The banner is in
// every cached page, so a page must be refreshed not only when an official issues, updates or
// cancels an alert (the action does that) but also when an alert's time starts or runs out. Every
// `everyMs` this asks PostgreSQL which alerts are in force; when the set differs from the one the
// pages were last refreshed for (and once at start, as the build's pages may be older than the
// data), it calls `onChange`, which refreshes this instance's pages. Each instance runs its own.
// Plain Node (no Next.js): scripts/serve.ts loads it.
import pg from 'pg';

/** The same rule as server/alerts/queries.ts activeWhere(). */
export const ACTIVE_ALERTS_SQL = `SELECT coalesce(string_agg(identifier, ' ' ORDER BY identifier), '') AS key
  FROM "Alert"
  WHERE status = 'ACTUAL' AND "issuedAt" IS NOT NULL AND "msgType" <> 'CANCEL'
    AND "supersededAt" IS NULL AND sent <= now() AND expires > now()`;

export type AlertClock = { close: () => Promise<void>; checked: Promise<void> };

export function startAlertClock(options: {
  databaseUrl: string;
  onChange: () => Promise<void>;
  everyMs?: number;
}): AlertClock {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 1, idleTimeoutMillis: 60_000 });
  pool.on('error', () => {});
  let last: string | undefined;
  let failing = false;
  let running = false;
  const check = async () => {
    if (running) return;
    running = true;
    try {
      const { rows } = await pool.query<{ key: string }>(ACTIVE_ALERTS_SQL);
      const key = rows[0]?.key ?? '';
      if (key !== last) {
        await options.onChange();
        last = key;
      }
      if (failing) console.log('The alert clock works again.');
      failing = false;
    } catch (error) {
      if (!failing)
        console.error('The alert clock could not check the alerts:', error instanceof Error ? error.message : error);
      failing = true;
    } finally {
      running = false;
    }
  };
  const checked = check();
  const timer = setInterval(() => void check(), options.everyMs ?? 15_000);
  timer.unref();
  return {
    checked,
    close: async () => {
      clearInterval(timer);
      await pool.end().catch(() => {});
    },
  };
}
