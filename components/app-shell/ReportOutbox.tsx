'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { clearPhotos } from '@/components/reports/photo-store';
import { dropReport, keptReports, OUTBOX_CHANGED, sendKept, type KeptReport, type SendOutcome } from './report-outbox';

/** The outbox's messages as written in the catalogue (`AppShell.outbox`, from the server). */
export type OutboxTexts = Record<'region' | 'waiting' | 'sending' | 'sent' | 'open' | 'refused', string>;

/** Puts values in a message's `{name}` places: these messages have no plural or select. */
const fill = (message: string, values: Record<string, string>) =>
  message.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

type Shown = {
  key: string;
  title: string;
  state: 'waiting' | 'sending' | SendOutcome['kind'];
  code?: string;
  url?: string;
  message?: string | null;
};

/**
 * Reports kept on the device (report-outbox.ts): "waiting to send", then sent when the connection
 * is back (the browser's `online` event, the service worker's Background Sync) or on the next
 * visit, then their tracking code. On every page, so the result shows wherever the person is.
 */
export function ReportOutbox({ texts }: { texts: OutboxTexts }) {
  const t = (key: keyof OutboxTexts, values: Record<string, string> = {}) => fill(texts[key], values);
  const [shown, setShown] = useState<Shown[]>([]);
  const busy = useRef(false);

  /** Shows what is kept; with `send`, sends what waits (once the connection may be back). */
  const flush = useCallback(async (send: boolean) => {
    const entries = await keptReports();
    const update = (key: string, change: Partial<Shown>) =>
      setShown((list) => list.map((s) => (s.key === key ? { ...s, ...change } : s)));
    setShown((list) => {
      // Shown ones stay, but one waiting and no longer kept was settled by the form itself.
      const others = list.filter((s) => !entries.some((e) => e.key === s.key) && s.state !== 'waiting');
      return [...others, ...entries.map((e) => ({ key: e.key, title: e.title, state: 'waiting' as const }))];
    });
    if (entries.length === 0) return;
    const settle = async (entry: KeptReport, outcome: SendOutcome) => {
      if (outcome.kind === 'waiting') return update(entry.key, { state: 'waiting' });
      await dropReport(entry.key);
      if (outcome.kind === 'refused') return update(entry.key, { state: 'refused', message: outcome.message });
      // The form's draft on the device (text and photos), as the form forgets it once sent.
      try {
        localStorage.removeItem(entry.storageKey);
      } catch {
        /* nothing kept */
      }
      await clearPhotos(entry.storageKey);
      update(entry.key, { state: 'sent', code: outcome.code, url: outcome.url });
    };
    // Sent meanwhile by the service worker (Background Sync): its outcome is shown here.
    for (const entry of entries) if (entry.outcome) await settle(entry, entry.outcome);
    if (!send || !navigator.onLine || busy.current) return;
    busy.current = true;
    try {
      for (const entry of entries) {
        if (entry.outcome) continue;
        update(entry.key, { state: 'sending' });
        await settle(entry, await sendKept(entry));
      }
    } finally {
      busy.current = false;
    }
  }, []);

  useEffect(() => {
    const send = () => void flush(true);
    const show = () => void flush(false);
    // On every visit: what an earlier visit kept is sent now.
    const first = setTimeout(send, 0);
    window.addEventListener('online', send);
    // Just kept (its send has just failed): shown; sent on `online`, by the worker, or next visit.
    window.addEventListener(OUTBOX_CHANGED, show);
    // The service worker sent kept reports (public/sw.js, `sync`).
    const fromWorker = (e: MessageEvent) => {
      if ((e.data as { type?: unknown } | null)?.type === 'cds-outbox') show();
    };
    navigator.serviceWorker?.addEventListener('message', fromWorker);
    return () => {
      clearTimeout(first);
      window.removeEventListener('online', send);
      window.removeEventListener(OUTBOX_CHANGED, show);
      navigator.serviceWorker?.removeEventListener('message', fromWorker);
    };
  }, [flush]);

  if (shown.length === 0) return null;
  return (
    <section aria-label={t('region')} className="mx-auto w-full max-w-6xl px-4 pt-4" data-testid="report-outbox">
      {shown.map((s) => (
        <div
          key={s.key}
          role="status"
          data-testid="outbox-item"
          data-state={s.state}
          className={`mb-2 border-l-4 p-4 ${s.state === 'sent' ? 'border-green-700 bg-green-50' : s.state === 'refused' ? 'border-accent bg-red-50' : 'border-amber-600 bg-amber-50'}`}
        >
          {s.state === 'sent' ? (
            <p>
              {t('sent', { title: s.title, code: s.code ?? '' })} {s.url ? <a href={s.url}>{t('open')}</a> : null}
            </p>
          ) : s.state === 'refused' ? (
            <p>{t('refused', { title: s.title, message: s.message ?? '' })}</p>
          ) : (
            <p>{s.state === 'sending' ? t('sending', { title: s.title }) : t('waiting', { title: s.title })}</p>
          )}
        </div>
      ))}
    </section>
  );
}
