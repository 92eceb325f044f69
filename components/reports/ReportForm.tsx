'use client';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ChangeEvent, type ReactNode } from 'react';
import { useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { schemaResolver } from '@/components/forms/schema-resolver';
import { clientError, useErrorText } from '@/components/forms/form-context';
import { useLocale, useTranslations } from 'next-intl';
import {
  REPORT_DESCRIPTION_MAX,
  REPORT_MAX_PHOTO_BYTES,
  REPORT_MAX_PHOTOS,
  REPORT_PHOTO_ACCEPT,
  REPORT_TITLE_MAX,
  REPORT_ADDRESS_MAX,
  insideCity,
  reportFields,
  type ReportFields,
  type ReportFieldsInput,
} from '@/lib/validation/reports/report';
import {
  checkPhotos,
  createdReportUrl,
  draftStorageKey,
  emptyDraft,
  formatBytes,
  formatCoordinate,
  hasContent,
  nearbyQuery,
  normalizeValues,
  parseDraft,
  parsePoint,
  parseSubmitError,
  PHOTO_ALT_MAX,
  serializeDraft,
  type ReportDraftValues,
} from '@/lib/reports/report-form';
import { LocationMap } from './LocationMap';
import { NearbyReports } from './NearbyReports';
import { clearPhotos, loadPhotos, savePhotos } from './photo-store';
import { uploadReport } from './upload';

export type Option = { value: string; label: string; description?: string };

type Props = {
  action: string;
  userId: string;
  categories: Option[];
  wards: Option[];
  /** What the form shows first: a plain submission's draft, or nothing typed yet. */
  initial: ReportDraftValues;
  /** Field → the text of its error from a plain submission that was refused ("_form" for the whole form). */
  serverErrors: Record<string, string> | null;
  fromServerDraft: boolean;
  tileUrl: string;
  tileAttribution: string;
  signInHref: string;
};

type Photo = { id: string; file: File; url: string; alt: string };
type SendFailure = 'network' | 'server' | 'tooLarge' | 'session' | 'refused';

const baseResolver = schemaResolver(reportFields);
const SIZE_MB = REPORT_MAX_PHOTO_BYTES / (1024 * 1024);
const ORDER = ['_form', 'category', 'title', 'description', 'ward', 'address', 'lat', 'lng', 'photos', 'photoAlt', 'photoConsent', 'isPublic', 'hideName', 'idempotencyKey', 'locale'];
const fieldId = (name: string) => `field-${name}`;
const inputClass = (error: unknown) =>
  `mt-1 block w-full rounded-none border-2 px-3 py-2 text-lg min-h-11 ${error ? 'border-accent' : 'border-ink'}`;
const describedBy = (...ids: (string | false | null | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;
const buttonSecondary =
  'inline-flex min-h-11 items-center justify-center rounded border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50';

/**
 * The "send a report" form. Rendered on the server it is a plain multipart form posting to
 * /api/feedback; once its JavaScript runs it validates as the person types, keeps a draft on
 * the device, previews photos, offers the map and similar reports, and sends with progress.
 */
export function ReportForm(p: Props) {
  const t = useTranslations('ReportForm');
  const tAll = useTranslations();
  const locale = useLocale();
  // False while rendered on the server and hydrated, true once the page's JavaScript runs.
  const js = useSyncExternalStore(noSubscription, () => true, () => false);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const storageKey = draftStorageKey(p.userId);

  const photosRef = useRef<Photo[]>([]);
  const form = useForm<ReportFieldsInput, unknown, ReportFields>({
    resolver: async (values, context, options) => {
      const result = await baseResolver(values, context, options);
      // Consent is needed only with photos, which live outside the form's values.
      const consented = values.photoConsent === true || values.photoConsent === 'on';
      if (!photosRef.current.length || consented) return result;
      return { values: {}, errors: { ...result.errors, photoConsent: { type: 'custom', message: 'photoConsentRequired' } } };
    },
    mode: 'onTouched',
    reValidateMode: 'onChange',
    shouldFocusError: false,
    defaultValues: p.initial,
  });
  const { register, formState, setValue, getValues, control } = form;
  const watched = useWatch({ control, name: ['category', 'title', 'description', 'ward', 'lat', 'lng'] }) as (string | undefined)[];
  const [category = '', title = '', description = '', ward = '', lat = '', lng = ''] = watched.map((v) => (typeof v === 'string' ? v : ''));

  const [serverErrors, setServerErrors] = useState<Record<string, string>>(p.serverErrors ?? {});
  const [failure, setFailure] = useState<{ kind: SendFailure; message?: string | null; code?: string | null } | null>(null);
  const [phase, setPhase] = useState<'idle' | 'uploading' | 'processing' | 'done'>('idle');
  const [progress, setProgress] = useState(0);
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [photoMessages, setPhotoMessages] = useState<string[]>([]);
  const [photoStatus, setPhotoStatus] = useState('');
  const [restored, setRestored] = useState<{ photos: number } | null>(null);
  const [draftNotice, setDraftNotice] = useState('');
  const [mapOpen, setMapOpen] = useState(false);
  const [geo, setGeo] = useState<{ state: 'idle' | 'busy' | 'ok' | 'error'; message: string }>({ state: 'idle', message: '' });
  // Set when the summary should take focus: it may render only a moment later (react-hook-form
  // counts the submission after calling onInvalid), so every render checks it.
  const focusPending = useRef(false);
  const photosRestored = useRef(false);
  const [, setFocusRequest] = useState(0);
  const focusSummary = useCallback(() => {
    focusPending.current = true;
    setFocusRequest((n) => n + 1);
  }, []);
  useEffect(() => {
    photosRef.current = photos;
    // Adding or removing photos changes whether consent is needed.
    if (form.formState.isSubmitted) void form.trigger('photoConsent');
  }, [photos, form]);

  // ----- error words -----
  // Server errors arrive as texts in the visitor's language; the schema's as errors to resolve.
  const errorText = useErrorText();

  // ----- after hydration: draft restore and saving -----
  useEffect(() => {
    if (p.fromServerDraft) {
      photosRestored.current = true;
      focusSummary();
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
      const kept = saved.slice(0, REPORT_MAX_PHOTOS).map((s) => {
        const file = new File([s.blob], s.name, { type: s.type });
        return { id: crypto.randomUUID(), file, url: URL.createObjectURL(file), alt: s.alt.slice(0, PHOTO_ALT_MAX) };
      });
      if (kept.length) setPhotos(kept);
      setRestored({ photos: kept.length });
    });
    return () => {
      cancelled = true;
    };
    // Once, after the first render on the device.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!js) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sub = form.watch((_values, { name }) => {
      if (name) setServerErrors((e) => (e[name] ? omit(e, name) : e));
      clearTimeout(timer);
      timer = setTimeout(() => {
        const values = normalizeValues(getValues() as Record<string, unknown>, p.initial.idempotencyKey);
        try {
          if (hasContent(values)) localStorage.setItem(storageKey, serializeDraft(values));
          else localStorage.removeItem(storageKey);
        } catch {
          /* storage full or disabled: nothing more to do */
        }
      }, 400);
    });
    return () => {
      clearTimeout(timer);
      sub.unsubscribe();
    };
  }, [js, form, getValues, storageKey, p.initial.idempotencyKey]);

  // Photos are kept too, a moment after each change.
  useEffect(() => {
    // Not before the kept photos were read back: an empty list would erase them.
    if (!js || phase === 'done' || !photosRestored.current) return;
    const timer = setTimeout(() => {
      void savePhotos(storageKey, photos.map((ph) => ({ name: ph.file.name, type: ph.file.type, blob: ph.file, alt: ph.alt })));
    }, 400);
    return () => clearTimeout(timer);
  }, [js, photos, storageKey, phase]);

  useEffect(() => () => photosRef.current.forEach((ph) => URL.revokeObjectURL(ph.url)), []);

  // ----- the error summary -----
  const clientErrors = formState.errors as FieldErrors<Record<string, unknown>>;
  const summaryItems = useMemo(() => {
    const items = new Map<string, string>();
    if (formState.submitCount > 0) {
      for (const [name, error] of Object.entries(clientErrors)) {
        if (error?.message) items.set(name, errorText(clientError(error)));
      }
    }
    for (const [name, text] of Object.entries(serverErrors)) if (!items.has(name)) items.set(name, text);
    return [...items].sort((a, b) => rank(a[0]) - rank(b[0]));
  }, [clientErrors, serverErrors, formState.submitCount, errorText]);

  const failureText = failure
    ? failure.kind === 'network'
      ? t('networkError')
      : failure.kind === 'server'
        ? t('serverError')
        : failure.kind === 'tooLarge'
          ? t('tooLarge')
          : failure.kind === 'session'
            ? t('sessionExpired')
            : (failure.message ?? (failure.code ? errorText(failure.code) : t('refused')))
    : null;
  const showSummary = summaryItems.length > 0 || failureText !== null || p.fromServerDraft;

  useEffect(() => {
    if (focusPending.current && summaryRef.current) {
      focusPending.current = false;
      summaryRef.current.focus();
    }
  });

  const fieldError = (name: string): string | undefined => {
    // The pair is checked together, but a coordinate not reached yet shows no error.
    const early = (name === 'lat' || name === 'lng') && !formState.isSubmitted && !formState.touchedFields[name];
    const client = early ? undefined : clientErrors[name];
    if (client?.message) return errorText(clientError(client));
    return serverErrors[name];
  };

  // ----- photos -----
  function addPhotos(e: ChangeEvent<HTMLInputElement>) {
    if (!js) return;
    const chosen = Array.from(e.target.files ?? []);
    e.target.value = '';
    if (!chosen.length) return;
    const { accepted, refused, overLimit } = checkPhotos(chosen, photos.length);
    const messages = refused.map((r) =>
      r.problem === 'type' ? t('photoType', { name: r.name }) : r.problem === 'size' ? t('photoSize', { name: r.name, size: SIZE_MB }) : t('photoEmpty', { name: r.name }),
    );
    if (overLimit) messages.push(t('photoLimit', { max: REPORT_MAX_PHOTOS, count: overLimit }));
    setPhotoMessages(messages);
    if (accepted.length) {
      const added = accepted.map((file) => ({ id: crypto.randomUUID(), file, url: URL.createObjectURL(file), alt: '' }));
      setPhotos((list) => [...list, ...added]);
      setPhotoStatus(t('photosChosen', { count: photos.length + added.length, max: REPORT_MAX_PHOTOS }));
      setServerErrors((s) => omit(omit(s, 'photos'), 'photoConsent'));
    }
  }

  function removePhoto(index: number) {
    const photo = photos[index];
    if (!photo) return;
    URL.revokeObjectURL(photo.url);
    setPhotos((list) => list.filter((x) => x.id !== photo.id));
    setPhotoStatus(t('photoRemoved', { n: index + 1 }));
    // Focus stays in the list: the next photo's remove button, else the file input.
    requestAnimationFrame(() => {
      const buttons = formRef.current?.querySelectorAll<HTMLButtonElement>('[data-remove-photo]');
      (buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)] ?? fileRef.current)?.focus();
    });
  }

  // ----- location -----
  const point = useMemo(() => parsePoint(lat, lng), [lat, lng]);
  const pick = useCallback(
    (la: number, ln: number) => {
      setValue('lat', formatCoordinate(la), { shouldValidate: true, shouldDirty: true });
      setValue('lng', formatCoordinate(ln), { shouldValidate: true, shouldDirty: true });
    },
    [setValue],
  );

  function locateMe() {
    if (!('geolocation' in navigator)) {
      setGeo({ state: 'error', message: t('geoUnsupported') });
      return;
    }
    setGeo({ state: 'busy', message: t('locating') });
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const { latitude, longitude, accuracy } = pos.coords;
        if (!insideCity(latitude, longitude)) {
          setGeo({ state: 'error', message: t('geoOutside') });
          return;
        }
        pick(latitude, longitude);
        setGeo({ state: 'ok', message: t('located', { accuracy: Math.max(1, Math.round(accuracy)) }) });
      },
      (err) => {
        const key = err.code === err.PERMISSION_DENIED ? 'geoDenied' : err.code === err.TIMEOUT ? 'geoTimeout' : 'geoUnavailable';
        setGeo({ state: 'error', message: t(key) });
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 0 },
    );
  }

  // ----- sending -----
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
    const { promise } = uploadReport(p.action, data, (f) => setProgress(Math.round(f * 100)), () => {
      setProgress(100);
      setPhase('processing');
    });
    const result = await promise;
    if (result.kind === 'network') {
      setPhase('idle');
      setFailure({ kind: 'network' });
      focusSummary();
      return;
    }
    const { status, body } = result;
    const url = status === 201 || status === 200 ? createdReportUrl(body, location.origin) : null;
    if (url || (status === 200 && !result.isJson && result.responseURL && new URL(result.responseURL).origin === location.origin)) {
      setPhase('done');
      try {
        localStorage.removeItem(storageKey);
      } catch {
        /* nothing kept */
      }
      await clearPhotos(storageKey);
      location.assign(url ?? result.responseURL);
      return;
    }
    setPhase('idle');
    if (status === 401) setFailure({ kind: 'session' });
    else if (status === 413) setFailure({ kind: 'tooLarge' });
    else if (status >= 500 || status === 0) setFailure({ kind: 'server' });
    else {
      const refusal = parseSubmitError(body);
      setServerErrors(refusal.fields);
      setFailure({ kind: 'refused', message: refusal.message, code: refusal.code });
    }
    focusSummary();
  }

  const onSubmit = form.handleSubmit(
    () => send(),
    () => focusSummary(),
  );

  function clearDraft() {
    try {
      localStorage.removeItem(storageKey);
    } catch {
      /* nothing kept */
    }
    void clearPhotos(storageKey);
    photos.forEach((ph) => URL.revokeObjectURL(ph.url));
    setPhotos([]);
    form.reset(emptyDraft(p.initial.idempotencyKey));
    setServerErrors({});
    setFailure(null);
    setRestored(null);
    setDraftNotice(t('draftCleared'));
  }

  // ----- rendering -----
  const busy = phase === 'uploading' || phase === 'processing' || phase === 'done';
  const selectedCategory = p.categories.find((c) => c.value === (js ? category : p.initial.category));
  const descriptionLength = description.length;
  const counterId = `${fieldId('description')}-counter`;
  const canRetry = failure && (failure.kind === 'network' || failure.kind === 'server');

  const aria = (name: string, hint = true, extra?: string) => {
    const error = fieldError(name);
    return {
      id: fieldId(name),
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy(hint && `${fieldId(name)}-hint`, error && `${fieldId(name)}-error`, extra),
    } as const;
  };

  return (
    <form
      ref={formRef}
      method="post"
      action={p.action}
      encType="multipart/form-data"
      noValidate={js}
      onSubmit={(e) => {
        if (!js) return;
        e.preventDefault();
        if (!busy) void onSubmit(e);
      }}
      className="space-y-8"
      data-testid="report-form"
    >
      {restored ? (
        <div role="status" className="flex flex-wrap items-center gap-3 border-l-4 border-brand-700 bg-brand-50 p-4" data-testid="draft-restored">
          <p>
            <strong>{t('draftRestored')}.</strong>{' '}
            {restored.photos ? t('draftRestoredPhotos', { count: restored.photos }) : t('draftRestoredDetail')}
          </p>
          <button type="button" onClick={clearDraft} className={buttonSecondary}>
            {t('clearDraft')}
          </button>
        </div>
      ) : null}
      {draftNotice ? (
        <p role="status" className="border-l-4 border-green-700 bg-green-50 p-4">
          {draftNotice}
        </p>
      ) : null}

      {showSummary ? (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          aria-labelledby="error-summary-title"
          data-testid="error-summary"
          className="border-4 border-accent p-4 focus:outline-none focus-visible:outline-3 focus-visible:outline-focus"
        >
          <h2 id="error-summary-title" className="text-xl font-bold">
            {tAll('Forms.errorSummary')}
          </h2>
          <ul className="mt-2 list-none space-y-1">
            {failureText ? (
              <li className="font-semibold text-accent" data-testid="send-failure">
                {failureText}
                {failure?.kind === 'session' ? (
                  <>
                    {' '}
                    <a href={p.signInHref} target="_blank" rel="noopener">
                      {t('signInAgain')}
                    </a>
                  </>
                ) : null}
              </li>
            ) : null}
            {summaryItems.map(([name, message]) => (
              <li key={name}>
                {ORDER.includes(name) && name !== '_form' && name !== 'idempotencyKey' && name !== 'locale' ? (
                  <a href={`#${fieldId(name)}`} className="font-semibold text-accent">
                    {message}
                  </a>
                ) : (
                  <span className="font-semibold text-accent">{message}</span>
                )}
              </li>
            ))}
            {p.fromServerDraft && !photos.length ? (
              <li>
                <a href={`#${fieldId('photos')}`} className="font-semibold text-accent">
                  {t('reselectPhotos')}
                </a>
              </li>
            ) : null}
          </ul>
          {canRetry ? (
            <button type="button" onClick={() => void onSubmit()} disabled={busy} className={`mt-3 ${buttonSecondary}`} data-testid="retry">
              {t('retry')}
            </button>
          ) : null}
        </div>
      ) : null}

      <p className="text-muted">{t('requiredNote')}</p>

      <fieldset className="space-y-6">
        <legend className="mb-4 text-2xl font-bold">{t('sectionWhat')}</legend>
        <Field name="category" error={fieldError('category')} prefix={tAll('Forms.errorPrefix')} label={t('category')} hint={selectedCategory?.description || t('categoryHint')}>
          <select {...aria('category')} defaultValue={p.initial.category} className={`${inputClass(fieldError('category'))} max-w-xl bg-white`} {...register('category')}>
            <option value="">{t('categoryPlaceholder')}</option>
            {p.categories.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </Field>
        <details className="max-w-xl">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-700 underline">{t('categoriesList')}</summary>
          <dl className="mt-2 space-y-2">
            {p.categories.map((c) => (
              <div key={c.value}>
                <dt className="font-semibold">{c.label}</dt>
                <dd className="text-muted">{c.description}</dd>
              </div>
            ))}
          </dl>
        </details>
        <Field name="title" error={fieldError('title')} prefix={tAll('Forms.errorPrefix')} label={t('titleLabel')} hint={t('titleHint')}>
          <input type="text" {...aria('title')} defaultValue={p.initial.title} maxLength={REPORT_TITLE_MAX} autoComplete="off" className={`${inputClass(fieldError('title'))} max-w-xl`} {...register('title')} />
        </Field>
        <Field name="description" error={fieldError('description')} prefix={tAll('Forms.errorPrefix')} label={t('description')} hint={t('descriptionHint', { max: REPORT_DESCRIPTION_MAX })}>
          <textarea
            {...aria('description', true, js ? counterId : undefined)}
            defaultValue={p.initial.description}
            rows={6}
            className={`${inputClass(fieldError('description'))} max-w-3xl`}
            {...register('description')}
          />
          {js ? (
            <CharacterCount
              id={counterId}
              over={descriptionLength > REPORT_DESCRIPTION_MAX}
              text={
                descriptionLength > REPORT_DESCRIPTION_MAX
                  ? t('charactersOver', { count: descriptionLength - REPORT_DESCRIPTION_MAX })
                  : t('charactersLeft', { count: REPORT_DESCRIPTION_MAX - descriptionLength })
              }
            />
          ) : null}
        </Field>
      </fieldset>

      <fieldset className="space-y-6">
        <legend className="mb-4 text-2xl font-bold">{t('sectionWhere')}</legend>
        <Field name="ward" error={fieldError('ward')} prefix={tAll('Forms.errorPrefix')} label={t('ward')} hint={t('wardHint')}>
          <select {...aria('ward')} defaultValue={p.initial.ward} className={`${inputClass(fieldError('ward'))} max-w-xl bg-white`} {...register('ward')}>
            <option value="">{t('wardPlaceholder')}</option>
            {p.wards.map((w) => (
              <option key={w.value} value={w.value}>
                {w.label}
              </option>
            ))}
          </select>
        </Field>
        <Field name="address" error={fieldError('address')} prefix={tAll('Forms.errorPrefix')} label={t('address')} hint={t('addressHint')}>
          <input type="text" {...aria('address')} defaultValue={p.initial.address} maxLength={REPORT_ADDRESS_MAX} autoComplete="street-address" className={`${inputClass(fieldError('address'))} max-w-xl`} {...register('address')} />
        </Field>

        <fieldset aria-describedby="coordinates-hint" className={fieldError('lat') || fieldError('lng') ? 'border-l-4 border-accent pl-3' : undefined}>
          <legend className="text-lg font-semibold">
            {t('coordinates')} <span className="font-normal text-muted">{tAll('Forms.optional')}</span>
          </legend>
          <p id="coordinates-hint" className="text-muted">
            {p.tileUrl ? t('coordinatesHint') : t('coordinatesHintNoMap')}
          </p>
          <div className="mt-2 flex max-w-xl flex-wrap gap-4">
            {(['lat', 'lng'] as const).map((name) => (
              <div key={name} className="min-w-36 flex-1">
                <label htmlFor={fieldId(name)} className="block font-semibold">
                  {t(name)}
                </label>
                <ErrorLine name={name} error={fieldError(name)} prefix={tAll('Forms.errorPrefix')} />
                <input
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  spellCheck={false}
                  {...aria(name, false)}
                  defaultValue={p.initial[name]}
                  className={inputClass(fieldError(name))}
                  // The pair is checked together: changing one re-checks the other.
                  {...register(name, { deps: [name === 'lat' ? 'lng' : 'lat'] })}
                />
              </div>
            ))}
          </div>
          {js ? (
            <div className="mt-4 flex flex-wrap gap-3">
              <button type="button" onClick={locateMe} disabled={geo.state === 'busy'} className={buttonSecondary} data-testid="use-my-location">
                {t('useMyLocation')}
              </button>
              {p.tileUrl ? (
                <button type="button" onClick={() => setMapOpen((o) => !o)} aria-expanded={mapOpen} aria-controls="report-map-region" className={buttonSecondary}>
                  {mapOpen ? t('hideMap') : t('showMap')}
                </button>
              ) : null}
            </div>
          ) : null}
          <p role="status" className={geo.state === 'error' ? 'mt-2 font-semibold text-accent' : 'mt-2'} data-testid="geo-status">
            {geo.message}
          </p>
          {js && !p.tileUrl ? (
            <p className="mt-2 border-l-4 border-brand-700 bg-brand-50 p-3" data-testid="map-note">
              {t('mapOff')}
            </p>
          ) : null}
          <div id="report-map-region">
            {js && mapOpen && p.tileUrl ? (
              <LocationMap tileUrl={p.tileUrl} attribution={p.tileAttribution} point={point} onPick={pick} hintId="report-map-hint" />
            ) : null}
          </div>
        </fieldset>
      </fieldset>

      <NearbyReports query={js ? nearbyQuery({ category, lat, lng, ward, title }, locale) : null} />

      <fieldset className="space-y-6">
        <legend className="mb-4 text-2xl font-bold">{t('sectionPhotos')}</legend>
        <div className={fieldError('photos') ? 'border-l-4 border-accent pl-3' : undefined}>
          <label htmlFor={fieldId('photos')} className="block text-lg font-semibold">
            {t('photos')} <span className="font-normal text-muted">{tAll('Forms.optional')}</span>
          </label>
          <p id={`${fieldId('photos')}-hint`} className="text-muted">
            {t('photosHint', { max: REPORT_MAX_PHOTOS, size: SIZE_MB })}
          </p>
          <ErrorLine name="photos" error={fieldError('photos')} prefix={tAll('Forms.errorPrefix')} />
          {photoMessages.length ? (
            <ul className="font-semibold text-accent" data-testid="photo-problems">
              {photoMessages.map((m) => (
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
            onChange={addPhotos}
            disabled={js && photos.length >= REPORT_MAX_PHOTOS}
            id={fieldId('photos')}
            aria-invalid={fieldError('photos') ? true : undefined}
            aria-describedby={describedBy(`${fieldId('photos')}-hint`, fieldError('photos') && `${fieldId('photos')}-error`, js && 'photo-count')}
            className="mt-2 block w-full max-w-xl text-lg file:mr-3 file:min-h-11 file:cursor-pointer file:rounded file:border-2 file:border-brand-700 file:bg-white file:px-4 file:py-2 file:font-semibold file:text-brand-700 disabled:opacity-70"
          />
          {js ? (
            <p id="photo-count" className="mt-1 text-muted">
              {photos.length >= REPORT_MAX_PHOTOS ? t('photosFull', { max: REPORT_MAX_PHOTOS }) : t('photosChosen', { count: photos.length, max: REPORT_MAX_PHOTOS })}
            </p>
          ) : (
            <div className="mt-4 max-w-xl">
              <label htmlFor={fieldId('photoAlt')} className="block font-semibold">
                {t('photoAltNoJs')} <span className="font-normal text-muted">{tAll('Forms.optional')}</span>
              </label>
              <p id={`${fieldId('photoAlt')}-hint`} className="text-muted">
                {t('photoAltHint')}
              </p>
              <input type="text" name="photoAlt" id={fieldId('photoAlt')} maxLength={PHOTO_ALT_MAX} aria-describedby={`${fieldId('photoAlt')}-hint`} className={inputClass(false)} />
            </div>
          )}
          <p role="status" className="sr-only">
            {photoStatus}
          </p>
          {photos.length ? (
            <ul className="mt-4 grid gap-4 sm:grid-cols-2" data-testid="photo-previews">
              {photos.map((ph, i) => (
                <li key={ph.id} className="border-2 border-brand-100 p-3" data-testid="photo-preview">
                  {/* Object URLs of the person's own files: next/image cannot optimise them. */}
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img src={ph.url} alt={ph.alt || t('photoPreview', { n: i + 1, name: ph.file.name, size: formatBytes(ph.file.size, locale) })} className="h-40 w-full bg-brand-50 object-contain" />
                  <p className="mt-1 break-all text-sm text-muted">
                    {ph.file.name} · {formatBytes(ph.file.size, locale)}
                  </p>
                  <label htmlFor={`photo-alt-${ph.id}`} className="mt-2 block font-semibold">
                    {t('photoAlt', { n: i + 1 })} <span className="font-normal text-muted">{tAll('Forms.optional')}</span>
                  </label>
                  <input
                    id={`photo-alt-${ph.id}`}
                    type="text"
                    value={ph.alt}
                    maxLength={PHOTO_ALT_MAX}
                    onChange={(e) => {
                      const alt = e.target.value;
                      setPhotos((list) => list.map((x) => (x.id === ph.id ? { ...x, alt } : x)));
                    }}
                    aria-describedby={`${fieldId('photoAlt')}-hint`}
                    className={inputClass(false)}
                  />
                  <button type="button" data-remove-photo onClick={() => removePhoto(i)} className={`mt-2 ${buttonSecondary}`}>
                    {t('removePhoto', { n: i + 1 })}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {js ? (
            <p id={`${fieldId('photoAlt')}-hint`} className="sr-only">
              {t('photoAltHint')}
            </p>
          ) : null}
        </div>
        <Checkbox name="photoConsent" label={t('photoConsent')} hint={t('photoConsentHint')} defaultChecked={p.initial.photoConsent} register={register} error={fieldError('photoConsent')} prefix={tAll('Forms.errorPrefix')} />
      </fieldset>

      <fieldset className="space-y-6">
        <legend className="mb-4 text-2xl font-bold">{t('sectionPublic')}</legend>
        <Checkbox name="isPublic" label={t('isPublic')} hint={t('isPublicHint')} defaultChecked={p.initial.isPublic} register={register} error={fieldError('isPublic')} prefix={tAll('Forms.errorPrefix')} />
        <Checkbox name="hideName" label={t('hideName')} defaultChecked={p.initial.hideName} register={register} error={fieldError('hideName')} prefix={tAll('Forms.errorPrefix')} />
      </fieldset>

      <input type="hidden" defaultValue={p.initial.idempotencyKey} {...register('idempotencyKey')} />
      <input type="hidden" name="locale" defaultValue={locale} />

      {phase !== 'idle' ? (
        <div className="max-w-xl space-y-2" data-testid="upload-progress">
          <label htmlFor="upload-progress" className="block font-semibold">
            {t('progressLabel')}
          </label>
          <progress id="upload-progress" max={100} value={progress} className="h-4 w-full accent-brand-700">
            {progress}%
          </progress>
          <p aria-live="polite" data-testid="upload-progress-text">
            {phase === 'uploading' ? t('progressValue', { percent: Math.floor(progress / 10) * 10 }) : phase === 'processing' ? t('processing') : t('sent')}
          </p>
        </div>
      ) : null}

      <div className="space-y-3">
        <button
          type="submit"
          disabled={busy}
          aria-disabled={busy}
          className="min-h-11 rounded bg-brand-700 px-5 py-3 text-lg font-semibold text-white shadow-[0_2px_0_#0b0c0c] hover:bg-brand-900 disabled:opacity-70"
        >
          {busy ? t('sending') : t('submit')}
        </button>
        {js ? <p className="text-muted">{t('draftKept')}</p> : null}
      </div>
    </form>
  );
}

function ErrorLine({ name, error, prefix }: { name: string; error?: string; prefix: string }) {
  if (!error) return null;
  return (
    <p id={`${fieldId(name)}-error`} className="font-semibold text-accent" data-testid={`error-${name}`}>
      <span className="sr-only">{prefix} </span>
      {error}
    </p>
  );
}

function Checkbox({
  name, label, hint, defaultChecked, register, error, prefix,
}: {
  name: 'isPublic' | 'hideName' | 'photoConsent';
  label: string;
  hint?: string;
  defaultChecked: boolean;
  register: ReturnType<typeof useForm<ReportFieldsInput, unknown, ReportFields>>['register'];
  error?: string;
  prefix: string;
}) {
  return (
    <div className={error ? 'border-l-4 border-accent pl-3' : undefined}>
      <ErrorLine name={name} error={error} prefix={prefix} />
      <div className="flex items-start gap-3">
        <input
          id={fieldId(name)}
          type="checkbox"
          value="on"
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint && `${fieldId(name)}-hint`, error && `${fieldId(name)}-error`)}
          className="mt-1 h-8 w-8 shrink-0 accent-brand-700"
          {...register(name)}
        />
        <label htmlFor={fieldId(name)} className="min-h-11 text-lg">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={`${fieldId(name)}-hint`} className="ml-11 text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** GOV.UK-style counter: seen while typing, announced only after a pause. */
function CharacterCount({ id, text, over }: { id: string; text: string; over: boolean }) {
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(text), 1000);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <>
      <p id={id} className={over ? 'mt-1 font-semibold text-accent' : 'mt-1 text-muted'} data-testid="description-counter">
        {text}
      </p>
      <p aria-live="polite" className="sr-only">
        {announced}
      </p>
    </>
  );
}

function Field({
  name, label, hint, error, prefix, children,
}: { name: string; label: string; hint?: ReactNode; error?: string; prefix: string; children: ReactNode }) {
  return (
    <div className={error ? 'border-l-4 border-accent pl-3' : undefined}>
      <label htmlFor={fieldId(name)} className="block text-lg font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${fieldId(name)}-hint`} className="text-muted">
          {hint}
        </p>
      ) : null}
      <ErrorLine name={name} error={error} prefix={prefix} />
      {children}
    </div>
  );
}

const noSubscription = () => () => {};

function omit(record: Record<string, string>, key: string): Record<string, string> {
  if (!(key in record)) return record;
  const { [key]: _removed, ...rest } = record;
  return rest;
}

function rank(name: string): number {
  const i = ORDER.indexOf(name);
  return i === -1 ? ORDER.length : i;
}
