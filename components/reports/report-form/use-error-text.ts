'use client';
import { useCallback } from 'react';
import { useTranslations } from 'next-intl';
import { PHOTO_MAX_ASPECT, PHOTO_MIN_SIDE, REPORT_MAX_PHOTO_BYTES, REPORT_MAX_PHOTOS } from '@/lib/validation/reports/report';

/**
 * The words of an error of the report form: a schema key ("tooLong:5000", "photoConsentRequired"),
 * a full path with the photo's number ("ReportUpload.photoNotImage:2"), or a sentence the upload
 * route already wrote in the visitor's language.
 */
export function useReportErrorText() {
  const t = useTranslations('ReportForm');
  const tAll = useTranslations();
  return useCallback(
    (key: string): string => {
      // The upload route answers with sentences already in the visitor's language; a key never holds a space.
      if (/\s/.test(key)) return key;
      const [name, arg] = key.split(':');
      const full = name!.includes('.');
      // A full path carries the photo's number; the limits are the form's own.
      const values = full
        ? { n: Number(arg ?? 0), max: REPORT_MAX_PHOTOS, mb: REPORT_MAX_PHOTO_BYTES / 1024 / 1024, megapixels: 40, minutes: 60, minSide: PHOTO_MIN_SIDE, maxAspect: PHOTO_MAX_ASPECT }
        : arg ? { max: Number(arg), size: Number(arg) } : undefined;
      const paths = full ? [name!] : ['Validation', 'ReportUpload', 'Errors'].map((group) => `${group}.${name}`);
      for (const path of paths) {
        if (tAll.has(path as never)) return tAll(path as never, values as never);
      }
      return t('refusedCode', { code: name! });
    },
    [t, tAll],
  );
}
