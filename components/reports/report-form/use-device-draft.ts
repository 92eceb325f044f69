'use client';
import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslations } from 'next-intl';
import { REPORT_MAX_PHOTOS } from '@/lib/validation/reports/report';
import { hasContent, normalizeValues, parseDraft, PHOTO_ALT_MAX, serializeDraft } from '@/lib/reports/report-form';
import { clearPhotos, loadPhotos, savePhotos } from '../photo-store';
import { photoFromFile, type Photo } from './use-photos';
import type { ReportFieldsForm } from './use-report-fields';

type Options = {
  form: ReportFieldsForm;
  /** draftStorageKey(userId): one draft per person on a shared device. */
  storageKey: string;
  idempotencyKey: string;
  /** The page shows a plain submission's draft from the server: nothing is read from the device. */
  fromServerDraft: boolean;
  js: boolean;
  photos: Photo[];
  setPhotos: Dispatch<SetStateAction<Photo[]>>;
  /** True once the report is sent: the photos are not written back. */
  sent: boolean;
  /** Called once when the server's draft is shown (its errors want the summary's focus). */
  onServerDraft: () => void;
};

/** Removes what the device keeps of the form: the text in localStorage, the photos in IndexedDB. */
export async function forgetDraft(storageKey: string): Promise<void> {
  try {
    localStorage.removeItem(storageKey);
  } catch {
    /* nothing kept */
  }
  await clearPhotos(storageKey);
}

/**
 * The draft kept on the device: read back once after the first render (the text from
 * localStorage, the photos from IndexedDB), then written a moment after each change.
 */
export function useDeviceDraft({
  form,
  storageKey,
  idempotencyKey,
  fromServerDraft,
  js,
  photos,
  setPhotos,
  sent,
  onServerDraft,
}: Options) {
  const t = useTranslations('ReportForm');
  const [restored, setRestored] = useState<{ photos: number } | null>(null);
  const [notice, setNotice] = useState('');
  const photosRestored = useRef(false);

  useEffect(() => {
    if (fromServerDraft) {
      photosRestored.current = true;
      onServerDraft();
      return;
    }
    let stored: ReturnType<typeof parseDraft> = null;
    try {
      stored = parseDraft(localStorage.getItem(storageKey));
    } catch {
      stored = null;
    }
    let cancelled = false;
    loadPhotos(storageKey).then((saved) => {
      photosRestored.current = true;
      if (cancelled || (!stored && !saved.length)) return;
      if (stored) form.reset(stored.values);
      const kept = saved
        .slice(0, REPORT_MAX_PHOTOS)
        .map((s) => photoFromFile(new File([s.blob], s.name, { type: s.type }), s.alt.slice(0, PHOTO_ALT_MAX)));
      if (kept.length) setPhotos(kept);
      setRestored({ photos: kept.length });
    });
    return () => {
      cancelled = true;
    };
    // Once, after the first render on the device.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The text, a moment after each change of the values.
  useEffect(() => {
    if (!js) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const values = normalizeValues(form.getValues() as Record<string, unknown>, idempotencyKey);
          try {
            if (hasContent(values)) localStorage.setItem(storageKey, serializeDraft(values));
            else localStorage.removeItem(storageKey);
          } catch {
            /* storage full or disabled: nothing more to do */
          }
        }, 400);
      },
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [js, form, storageKey, idempotencyKey]);

  // The photos too, a moment after each change.
  useEffect(() => {
    // Not before the kept photos were read back: an empty list would erase them.
    if (!js || sent || !photosRestored.current) return;
    const timer = setTimeout(() => {
      void savePhotos(
        storageKey,
        photos.map((ph) => ({ name: ph.file.name, type: ph.file.type, blob: ph.file, alt: ph.alt })),
      );
    }, 400);
    return () => clearTimeout(timer);
  }, [js, photos, storageKey, sent]);

  /** "Delete the draft": forgets what the device keeps; the caller empties the form. */
  function discard() {
    void forgetDraft(storageKey);
    setRestored(null);
    setNotice(t('draftCleared'));
  }

  return { restored, notice, discard };
}
