'use client';
import { useTranslations } from 'next-intl';
import type { SendPhase } from './use-report-upload';

export type Option = { value: string; label: string; description?: string };

export const buttonSecondary =
  'inline-flex min-h-11 items-center justify-center rounded border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50';

/** Said when a draft kept on the device filled the form, with the way to delete it. */
export function DraftRestored({ photos, onDiscard }: { photos: number; onDiscard: () => void }) {
  const t = useTranslations('ReportForm');
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 border-l-4 border-brand-700 bg-brand-50 p-4"
      data-testid="draft-restored"
    >
      <p>
        <strong>{t('draftRestored')}.</strong>{' '}
        {photos ? t('draftRestoredPhotos', { count: photos }) : t('draftRestoredDetail')}
      </p>
      <button type="button" onClick={onDiscard} className={buttonSecondary}>
        {t('clearDraft')}
      </button>
    </div>
  );
}

/** The upload's progress bar, then "processing", then "sent". */
export function UploadProgress({ phase, progress }: { phase: SendPhase; progress: number }) {
  const t = useTranslations('ReportForm');
  // A report kept offline is announced by the outbox (components/app-shell/ReportOutbox.tsx).
  if (phase === 'idle' || phase === 'queued') return null;
  return (
    <div className="max-w-xl space-y-2" data-testid="upload-progress">
      <label htmlFor="upload-progress" className="block font-semibold">
        {t('progressLabel')}
      </label>
      <progress id="upload-progress" max={100} value={progress} className="h-4 w-full accent-brand-700">
        {progress}%
      </progress>
      <p aria-live="polite" data-testid="upload-progress-text">
        {phase === 'uploading'
          ? t('progressValue', { percent: Math.floor(progress / 10) * 10 })
          : phase === 'processing'
            ? t('processing')
            : t('sent')}
      </p>
    </div>
  );
}
