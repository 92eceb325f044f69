'use client';
import { FormProvider, useWatch } from 'react-hook-form';
import { useLocale, useTranslations } from 'next-intl';
import { CheckboxField } from '@/components/forms/Field';
import { FieldErrorsContext } from '@/components/forms/form-context';
import { draftStorageKey, emptyDraft, nearbyQuery, type ReportDraftValues } from '@/lib/reports/report-form';
import type { ReportFieldsInput } from '@/lib/validation/reports/report';
import { NearbyReports } from '../NearbyReports';
import { LocationFieldset } from './LocationFieldset';
import { DraftRestored, UploadProgress, type Option } from './parts';
import { PhotoPicker } from './PhotoPicker';
import { ReportErrorSummary } from './ReportErrorSummary';
import { WhatFieldset } from './WhatFieldset';
import { forgetDraft, useDeviceDraft } from './use-device-draft';
import { useErrorText } from '@/components/forms/form-context';
import { useFocusRequest, useHydrated } from './use-hydrated';
import { usePhotos } from './use-photos';
import { useReportErrors, useServerErrors } from './use-report-errors';
import { useReportFields, type ReportFieldsForm } from './use-report-fields';
import { useReportUpload } from './use-report-upload';

export type { Option } from './parts';

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

/**
 * The "send a report" form. Rendered on the server it is a plain multipart form posting to
 * /api/feedback; once its JavaScript runs it validates as the person types, keeps a draft on
 * the device, previews photos, offers the map and similar reports, and sends with progress.
 */
export function ReportForm(p: Props) {
  const t = useTranslations('ReportForm');
  const locale = useLocale();
  const js = useHydrated();
  const storageKey = draftStorageKey(p.userId);
  // Server errors arrive as texts in the visitor's language; the schema's as errors to resolve.
  const errorText = useErrorText();
  const { ref: summaryRef, request: focusSummary } = useFocusRequest<HTMLDivElement>();

  const list = usePhotos(js);
  const form = useReportFields(p.initial, list.photos);
  const server = useServerErrors(form, p.serverErrors, js);
  const { fieldError, summary: summaryErrors } = useReportErrors(form, server.errors, errorText);
  const { formRef, ...upload } = useReportUpload({
    action: p.action,
    storageKey,
    photos: list.photos,
    onSent: () => forgetDraft(storageKey),
    onRefusedFields: server.set,
    onFailure: focusSummary,
  });
  const draft = useDeviceDraft({
    form,
    storageKey,
    idempotencyKey: p.initial.idempotencyKey,
    fromServerDraft: p.fromServerDraft,
    js,
    photos: list.photos,
    setPhotos: list.setPhotos,
    sent: upload.phase === 'done',
    onServerDraft: focusSummary,
  });

  const onSubmit = form.handleSubmit(
    () => upload.send(),
    () => focusSummary(),
  );

  function clearDraft() {
    draft.discard();
    list.clear();
    form.reset(emptyDraft(p.initial.idempotencyKey));
    server.set({});
    upload.clearFailure();
  }

  return (
    <FormProvider {...form}>
      <FieldErrorsContext value={fieldError}>
        <form
          ref={formRef}
          method="post"
          action={p.action}
          encType="multipart/form-data"
          noValidate={js}
          onSubmit={(e) => {
            if (!js) return;
            e.preventDefault();
            if (!upload.busy) void onSubmit(e);
          }}
          className="space-y-8"
          data-testid="report-form"
        >
          {draft.restored ? <DraftRestored photos={draft.restored.photos} onDiscard={clearDraft} /> : null}
          {draft.notice ? (
            <p role="status" className="border-l-4 border-green-700 bg-green-50 p-4">
              {draft.notice}
            </p>
          ) : null}

          <ReportErrorSummary
            ref={summaryRef}
            errors={summaryErrors}
            failure={upload.failure}
            errorText={errorText}
            reselectPhotos={p.fromServerDraft && !list.photos.length}
            fromServerDraft={p.fromServerDraft}
            signInHref={p.signInHref}
            busy={upload.busy}
            onRetry={() => void onSubmit()}
          />

          <p className="text-muted">{t('requiredNote')}</p>
          <WhatFieldset categories={p.categories} initial={p.initial} />
          <LocationFieldset
            wards={p.wards}
            initial={p.initial}
            tileUrl={p.tileUrl}
            tileAttribution={p.tileAttribution}
          />
          <SimilarReports form={form} locale={locale} js={js} />
          <PhotoPicker
            list={list}
            consented={p.initial.photoConsent}
            onAdded={() => server.drop('photos', 'photoConsent')}
          />

          <fieldset className="space-y-6">
            <legend className="mb-4 text-2xl font-bold">{t('sectionPublic')}</legend>
            <CheckboxField
              name="isPublic"
              label={t('isPublic')}
              hint={t('isPublicHint')}
              defaultChecked={p.initial.isPublic}
            />
            <CheckboxField name="hideName" label={t('hideName')} defaultChecked={p.initial.hideName} />
          </fieldset>

          <input type="hidden" defaultValue={p.initial.idempotencyKey} {...form.register('idempotencyKey')} />
          <input type="hidden" name="locale" defaultValue={locale} />

          <UploadProgress phase={upload.phase} progress={upload.progress} />

          <div className="space-y-3">
            <button
              type="submit"
              disabled={upload.busy}
              aria-disabled={upload.busy}
              className="min-h-11 rounded bg-brand-700 px-5 py-3 text-lg font-semibold text-white shadow-[0_2px_0_#0b0c0c] hover:bg-brand-900 disabled:opacity-70"
            >
              {upload.busy ? t('sending') : t('submit')}
            </button>
            {js ? <p className="text-muted">{t('draftKept')}</p> : null}
          </div>
        </form>
      </FieldErrorsContext>
    </FormProvider>
  );
}

/** Open reports like this one, once the category and a place are known (only with JavaScript). */
function SimilarReports({ form, locale, js }: { form: ReportFieldsForm; locale: string; js: boolean }) {
  const [category = '', title = '', ward = '', lat = '', lng = ''] = useWatch<ReportFieldsInput>({
    control: form.control,
    name: ['category', 'title', 'ward', 'lat', 'lng'],
  }).map((v) => (typeof v === 'string' ? v : ''));
  return <NearbyReports query={js ? nearbyQuery({ category, lat, lng, ward, title }, locale) : null} />;
}
