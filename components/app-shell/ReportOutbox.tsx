'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { clearPhotos } from '@/components/reports/photo-store';
import { dropReport, keptReports, OUTBOX_CHANGED, sendKept, type SendOutcome } from './report-outbox';

type Shown = {
  key: string;
  title: string;
  state: 'waiting' | 'sending' | SendOutcome['kind'];
  code?: string;
  url?: string;
  message?: string | null;
};

/**
 * Reports kept on the device while offline (report-outbox.ts): "waiting to send", then sent when
 * the connection is back (the browser's `online` event) or on the next visit, then their tracking
 * code. On every page, so the result shows wherever the person is.
 */
export function ReportOutbox() {
  const t = useTranslations('AppShell.outbox');
  const [shown, setShown] = useState<Shown[]>([]);
  const busy = useRef(false);

  const flush = useCallback(async () => {
    const entries = await keptReports();
    if (entries.length === 0) return;
    const update = (key: string, change: Partial<Shown>) =>
      setShown((list) => list.map((s) => (s.key === key ? { ...s, ...change } : s)));
    setShown((list) => {
      const others = list.filter((s) => !entries.some((e) => e.key === s.key));
      return [...others, ...entries.map((e) => ({ key: e.key, title: e.title, state: 'waiting' as const }))];
    });
    if (!navigator.onLine || busy.current) return;
    busy.current = true;
    try {
      for (const entry of entries) {
        update(entry.key, { state: 'sending' });
        const outcome = await sendKept(entry);
        if (outcome.kind === 'waiting') {
          update(entry.key, { state: 'waiting' });
          continue;
        }
        await dropReport(entry.key);
        if (outcome.kind === 'sent') {
          // The form's draft on the device (text and photos), as the form forgets it once sent.
          try {
            localStorage.removeItem(entry.storageKey);
          } catch {
            /* nothing kept */
          }
          await clearPhotos(entry.storageKey);
          update(entry.key, { state: 'sent', code: outcome.code, url: outcome.url });
        } else update(entry.key, { state: 'refused', message: outcome.message });
      }
    } finally {
      busy.current = false;
    }
  }, []);

  useEffect(() => {
    const again = () => void flush();
    // On every visit: what an earlier visit kept is sent now.
    const first = setTimeout(again, 0);
    window.addEventListener('online', again);
    window.addEventListener(OUTBOX_CHANGED, again);
    return () => {
      clearTimeout(first);
      window.removeEventListener('online', again);
      window.removeEventListener(OUTBOX_CHANGED, again);
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
