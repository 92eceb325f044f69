'use client';
import type { Ref } from 'react';
import { useTranslations } from 'next-intl';
import { ErrorSummary, type SummaryError } from '@/components/forms/ErrorSummary';
import type { useErrorText } from '@/components/forms/form-context';
import type { SendFailure } from './use-report-upload';
import { buttonSecondary } from './parts';

type Props = {
  ref: Ref<HTMLDivElement>;
  /** The fields' errors, in the order of the form. */
  errors: SummaryError[];
  failure: SendFailure | null;
  errorText: ReturnType<typeof useErrorText>;
  /** A plain submission came back: its photos were not kept and must be chosen again. */
  reselectPhotos: boolean;
  /** Shown whenever the page shows a plain submission's draft, even once its errors are corrected. */
  fromServerDraft: boolean;
  signInHref: string;
  busy: boolean;
  onRetry: () => void;
};

/** The report form's summary: why the last send failed first, then every field's error. */
export function ReportErrorSummary({
  ref,
  errors,
  failure,
  errorText,
  reselectPhotos,
  fromServerDraft,
  signInHref,
  busy,
  onRetry,
}: Props) {
  const t = useTranslations('ReportForm');
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
  if (!errors.length && failureText === null && !fromServerDraft) return null;

  const items: SummaryError[] = [
    ...(failureText
      ? [
          {
            testId: 'send-failure',
            message: (
              <>
                {failureText}
                {failure?.kind === 'session' ? (
                  <>
                    {' '}
                    <a href={signInHref} target="_blank" rel="noopener">
                      {t('signInAgain')}
                    </a>
                  </>
                ) : null}
              </>
            ),
          },
        ]
      : []),
    ...errors,
    ...(reselectPhotos ? [{ field: 'photos', message: t('reselectPhotos') }] : []),
  ];
  const canRetry = failure?.kind === 'network' || failure?.kind === 'server';
  return (
    <ErrorSummary ref={ref} errors={items}>
      {canRetry ? (
        <button
          type="button"
          onClick={onRetry}
          disabled={busy}
          className={`mt-3 ${buttonSecondary}`}
          data-testid="retry"
        >
          {t('retry')}
        </button>
      ) : null}
    </ErrorSummary>
  );
}
