'use client';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslations } from 'next-intl';
import { REPORT_MAX_PHOTO_BYTES, REPORT_MAX_PHOTOS } from '@/lib/validation/reports/report';
import { checkPhotos } from '@/lib/reports/report-form';

/** A chosen photo: the file, its preview's object URL and the description the person typed. */
export type Photo = { id: string; file: File; url: string; alt: string };

export const PHOTO_SIZE_MB = REPORT_MAX_PHOTO_BYTES / (1024 * 1024);

export function photoFromFile(file: File, alt = ''): Photo {
  return { id: crypto.randomUUID(), file, url: URL.createObjectURL(file), alt };
}

/**
 * The photos chosen with JavaScript, kept in a list of their own (the file input is emptied after
 * each choice, so a person can add photos in several goes): checks, previews, descriptions,
 * removal, and a sentence for screen readers after each change.
 */
export function usePhotos(js: boolean) {
  const t = useTranslations('ReportForm');
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const latest = useRef<Photo[]>([]);
  useEffect(() => {
    latest.current = photos;
  }, [photos]);
  useEffect(() => () => latest.current.forEach((ph) => URL.revokeObjectURL(ph.url)), []);

  /** Takes the files just chosen; true when some joined the list. */
  function add(e: ChangeEvent<HTMLInputElement>): boolean {
    if (!js) return false;
    const chosen = Array.from(e.target.files ?? []);
    e.target.value = '';
    if (!chosen.length) return false;
    const { accepted, refused, overLimit } = checkPhotos(chosen, photos.length);
    const messages = refused.map((r) =>
      r.problem === 'type'
        ? t('photoType', { name: r.name })
        : r.problem === 'size'
          ? t('photoSize', { name: r.name, size: PHOTO_SIZE_MB })
          : t('photoEmpty', { name: r.name }),
    );
    if (overLimit) messages.push(t('photoLimit', { max: REPORT_MAX_PHOTOS, count: overLimit }));
    setProblems(messages);
    if (accepted.length) {
      const added = accepted.map((file) => photoFromFile(file));
      setPhotos((list) => [...list, ...added]);
      setStatus(t('photosChosen', { count: photos.length + added.length, max: REPORT_MAX_PHOTOS }));
      return true;
    }
    return false;
  }

  /** Removes the photo at `index`; true when there was one. */
  function remove(index: number): boolean {
    const photo = photos[index];
    if (!photo) return false;
    URL.revokeObjectURL(photo.url);
    setPhotos((list) => list.filter((x) => x.id !== photo.id));
    setStatus(t('photoRemoved', { n: index + 1 }));
    return true;
  }

  function describe(id: string, alt: string) {
    setPhotos((list) => list.map((x) => (x.id === id ? { ...x, alt } : x)));
  }

  /** Forgets every photo (the draft was deleted). */
  function clear() {
    photos.forEach((ph) => URL.revokeObjectURL(ph.url));
    setPhotos([]);
  }

  return { photos, setPhotos, problems, status, add, remove, describe, clear };
}

export type PhotoList = ReturnType<typeof usePhotos>;
