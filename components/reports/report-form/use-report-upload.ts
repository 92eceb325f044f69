'use client';
import { useRef, useState } from 'react';
import { createdReportUrl, parseSubmitError } from '@/lib/reports/report-form';
import { dropReport, keepReport, OUTBOX_CHANGED } from '@/components/app-shell/report-outbox';
import { uploadReport } from '../upload';
import type { Photo } from './use-photos';

export type SendFailure = {
  kind: 'network' | 'server' | 'tooLarge' | 'session' | 'refused';
  message?: string | null;
  code?: string | null;
};
export type SendPhase = 'idle' | 'uploading' | 'processing' | 'done' | 'queued';

type Options = {
  action: string;
  /** The form's draft on the device: forgotten once a report kept offline is filed. */
  storageKey: string;
  photos: Photo[];
  /** After the report is filed, before the page moves to it (forgets the draft). */
  onSent: () => Promise<void>;
  /** The server refused fields: field → message key. */
  onRefusedFields: (fields: Record<string, string>) => void;
  /** Any failure: the summary takes focus. */
  onFailure: () => void;
};

/**
 * Sends the form with its photos (the list kept beside the form, each with its description) and
 * follows the upload: progress, "processing" once the bytes are sent, then the new report's page.
 * A failure keeps everything as it was, so the same form (and its idempotency key) can be sent again.
 */
export function useReportUpload({ action, storageKey, photos, onSent, onRefusedFields, onFailure }: Options) {
  /** The form element whose fields are sent. */
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<SendFailure | null>(null);
  const [phase, setPhase] = useState<SendPhase>('idle');
  const [progress, setProgress] = useState(0);

  async function send() {
    const el = formRef.current;
    if (!el) return;
    const data = new FormData(el);
    data.delete('photos');
    data.delete('photoAlt');
    for (const ph of photos) {
      data.append('photos', ph.file, ph.file.name);
      data.append('photoAlt', ph.alt.trim());
    }
    setFailure(null);
    setProgress(0);
    setPhase('uploading');
    const { promise } = uploadReport(
      action,
      data,
      (f) => setProgress(Math.round(f * 100)),
      () => {
        setProgress(100);
        setPhase('processing');
      },
    );
    const result = await promise;
    if (result.kind === 'network') {
      // Nothing is lost: the report is kept on the device and sent, with the same key, when the
      // connection is back (components/app-shell/ReportOutbox.tsx shows "waiting to send", then the
      // code; the service worker sends it by Background Sync where the browser has it). Offline,
      // that is all the form shows. A connection cut while the browser is online also gets the
      // message below, with the form and photos kept, so the person can send again at once.
      const kept = await keepReport(data, action, storageKey);
      if (kept && !navigator.onLine) {
        setPhase('queued');
        return;
      }
      setPhase('idle');
      setFailure({ kind: 'network' });
      onFailure();
      return;
    }
    // The server answered this form itself: a copy kept after an earlier cut is not sent again.
    const key = data.get('idempotencyKey');
    const settled = (status: number) => status >= 200 && status < 500 && status !== 401 && status !== 429;
    if (typeof key === 'string' && settled(result.status)) {
      await dropReport(key);
      window.dispatchEvent(new Event(OUTBOX_CHANGED));
    }
    const { status, body } = result;
    const url = status === 201 || status === 200 ? createdReportUrl(body, location.origin) : null;
    if (
      url ||
      (status === 200 && !result.isJson && result.responseURL && new URL(result.responseURL).origin === location.origin)
    ) {
      setPhase('done');
      await onSent();
      // ?sent=1: the report page confirms the filing with its tracking code.
      location.assign(url ? `${url}?sent=1` : result.responseURL);
      return;
    }
    setPhase('idle');
    if (status === 401) setFailure({ kind: 'session' });
    else if (status === 413) setFailure({ kind: 'tooLarge' });
    else if (status >= 500 || status === 0) setFailure({ kind: 'server' });
    else {
      const refusal = parseSubmitError(body);
      onRefusedFields(refusal.fields);
      setFailure({ kind: 'refused', message: refusal.message, code: refusal.code });
    }
    onFailure();
  }

  const busy = phase === 'uploading' || phase === 'processing' || phase === 'done';
  return { formRef, failure, phase, progress, busy, send, clearFailure: () => setFailure(null) };
}
