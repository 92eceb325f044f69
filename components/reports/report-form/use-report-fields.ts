'use client';
import { useEffect, useRef } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { schemaResolver } from '@/components/forms/schema-resolver';
import { reportFields, type ReportFields, type ReportFieldsInput } from '@/lib/validation/reports/report';
import type { ReportDraftValues } from '@/lib/reports/report-form';

export type ReportFieldsForm = UseFormReturn<ReportFieldsInput, unknown, ReportFields>;

const baseResolver = schemaResolver(reportFields);

/**
 * The form's values and checks: react-hook-form with the shared schema, plus the one rule the
 * schema cannot see, consent to use the photos, which are kept outside the form's values.
 */
export function useReportFields(initial: ReportDraftValues, photos: readonly unknown[]): ReportFieldsForm {
  const photosRef = useRef(photos);
  const form = useForm<ReportFieldsInput, unknown, ReportFields>({
    resolver: async (values, context, options) => {
      const result = await baseResolver(values, context, options);
      const consented = values.photoConsent === true || values.photoConsent === 'on';
      if (!photosRef.current.length || consented) return result;
      return {
        values: {},
        errors: { ...result.errors, photoConsent: { type: 'custom', message: 'photoConsentRequired' } },
      };
    },
    mode: 'onTouched',
    reValidateMode: 'onChange',
    shouldFocusError: false,
    defaultValues: initial,
  });
  useEffect(() => {
    photosRef.current = photos;
    // Adding or removing photos changes whether consent is needed.
    if (form.formState.isSubmitted) void form.trigger('photoConsent');
  }, [photos, form]);
  return form;
}
