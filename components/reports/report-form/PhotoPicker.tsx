'use client';
import { useRef } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { CheckboxField, Field, describedBy, inputClass, useFieldError } from '@/components/forms/Field';
import { fieldId } from '@/components/forms/form-context';
import { REPORT_MAX_PHOTOS, REPORT_PHOTO_ACCEPT } from '@/lib/validation/reports/report';
import { formatBytes, PHOTO_ALT_MAX } from '@/lib/reports/report-form';
import { useHydrated } from './use-hydrated';
import { PHOTO_SIZE_MB, type PhotoList } from './use-photos';
import { buttonSecondary } from './parts';

/**
 * "Photos": a plain file input with one description field without JavaScript; with it, a list of
 * previews that grows over several choices, each photo with its own description and remove button.
 */
export function PhotoPicker({
  list,
  consented,
  onAdded,
}: {
  list: PhotoList;
  consented: boolean;
  onAdded: () => void;
}) {
  const t = useTranslations('ReportForm');
  const tForms = useTranslations('Forms');
  const tShell = useTranslations('Shell');
  const locale = useLocale();
  const js = useHydrated();
  const error = useFieldError('photos');
  const { photos } = list;
  const altHintId = `${fieldId('photoAlt')}-hint`;
  const fileRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  function remove(index: number) {
    if (!list.remove(index)) return;
    // Focus stays in the list: the next photo's remove button, else the file input.
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('[data-remove-photo]');
      (buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)] ?? fileRef.current)?.focus();
    });
  }

  return (
    <fieldset className="space-y-6">
      <legend className="mb-4 text-2xl font-bold">{t('sectionPhotos')}</legend>
      <Field
        name="photos"
        label={t('photos')}
        optional
        hint={t('photosHint', { max: REPORT_MAX_PHOTOS, size: PHOTO_SIZE_MB })}
        error={error}
      >
        {list.problems.length ? (
          <ul className="font-semibold text-accent" data-testid="photo-problems">
            {list.problems.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : null}
        <input
          ref={fileRef}
          type="file"
          name="photos"
          multiple
          accept={REPORT_PHOTO_ACCEPT}
          onChange={(e) => {
            if (list.add(e)) onAdded();
          }}
          disabled={js && photos.length >= REPORT_MAX_PHOTOS}
          id={fieldId('photos')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy('photos', true, error, js && 'photo-count')}
          className={
            js
              ? // With JavaScript the list below says what was chosen: the browser's own "No file chosen"
                // is hidden, the input stays focusable and named, and its label is the visible button.
                'peer sr-only'
              : 'mt-2 block w-full max-w-xl text-lg file:mr-3 file:min-h-11 file:cursor-pointer file:rounded file:border-2 file:border-brand-700 file:bg-white file:px-4 file:py-2 file:font-semibold file:text-brand-700 disabled:opacity-70'
          }
        />
        {js ? (
          <label
            htmlFor={fieldId('photos')}
            data-testid="photo-choose"
            className="mt-2 inline-flex min-h-11 cursor-pointer items-center rounded border-2 border-brand-700 bg-white px-4 py-2 text-lg font-semibold text-brand-700 peer-focus-visible:shadow-[0_4px_0_0_#0b0c0c] peer-focus-visible:outline-3 peer-focus-visible:outline-focus peer-disabled:cursor-not-allowed peer-disabled:opacity-70"
          >
            {tShell('choosePhotos')}
          </label>
        ) : null}
        {js ? (
          <p id="photo-count" className="mt-1 text-muted">
            {photos.length >= REPORT_MAX_PHOTOS
              ? t('photosFull', { max: REPORT_MAX_PHOTOS })
              : t('photosChosen', { count: photos.length, max: REPORT_MAX_PHOTOS })}
          </p>
        ) : (
          <div className="mt-4 max-w-xl">
            <label htmlFor={fieldId('photoAlt')} className="block font-semibold">
              {t('photoAltNoJs')} <span className="font-normal text-muted">{tForms('optional')}</span>
            </label>
            <p id={altHintId} className="text-muted">
              {t('photoAltHint')}
            </p>
            <input
              type="text"
              name="photoAlt"
              id={fieldId('photoAlt')}
              maxLength={PHOTO_ALT_MAX}
              aria-describedby={altHintId}
              className={inputClass(false, '')}
            />
          </div>
        )}
        <p role="status" className="sr-only">
          {list.status}
        </p>
        {photos.length ? (
          <ul ref={listRef} className="mt-4 grid gap-4 sm:grid-cols-2" data-testid="photo-previews">
            {photos.map((ph, i) => (
              <li key={ph.id} className="border-2 border-brand-100 p-3" data-testid="photo-preview">
                {/* Object URLs of the person's own files: next/image cannot optimise them. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img
                  src={ph.url}
                  alt={
                    ph.alt ||
                    t('photoPreview', { n: i + 1, name: ph.file.name, size: formatBytes(ph.file.size, locale) })
                  }
                  className="h-40 w-full bg-brand-50 object-contain"
                />
                <p className="mt-1 text-sm break-all text-muted">
                  {ph.file.name} · {formatBytes(ph.file.size, locale)}
                </p>
                <label htmlFor={`photo-alt-${ph.id}`} className="mt-2 block font-semibold">
                  {t('photoAlt', { n: i + 1 })} <span className="font-normal text-muted">{tForms('optional')}</span>
                </label>
                <input
                  id={`photo-alt-${ph.id}`}
                  type="text"
                  value={ph.alt}
                  maxLength={PHOTO_ALT_MAX}
                  onChange={(e) => list.describe(ph.id, e.target.value)}
                  aria-describedby={altHintId}
                  className={inputClass(false, '')}
                />
                <button type="button" data-remove-photo onClick={() => remove(i)} className={`mt-2 ${buttonSecondary}`}>
                  {t('removePhoto', { n: i + 1 })}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {js ? (
          <p id={altHintId} className="sr-only">
            {t('photoAltHint')}
          </p>
        ) : null}
      </Field>
      <CheckboxField
        name="photoConsent"
        label={t('photoConsent')}
        hint={t('photoConsentHint')}
        defaultChecked={consented}
      />
    </fieldset>
  );
}
