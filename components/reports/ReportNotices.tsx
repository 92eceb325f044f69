import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { Notice } from '@/components/ui/PageHeader';
import { formatDate, formatDateTime } from '@/lib/reports/format';

/** What a report page says above its facts: just filed, private, hidden, a duplicate. */
export async function ReportNotices({
  report,
  sent = false,
  code,
  locale,
}: {
  report: {
    isPublic: boolean;
    hiddenAt: Date | null;
    hiddenReason: string | null;
    duplicateOf: { code: string } | null;
    dueAt: Date;
  };
  /** Just filed by the person viewing it: the confirmation with the tracking code and the receipt. */
  sent?: boolean;
  code?: string;
  locale: Locale;
}) {
  const [t, tReceipt] = await Promise.all([getTranslations('Reports'), getTranslations('ReportReceipt')]);
  return (
    <div className="mt-6 space-y-3">
      {sent && code ? (
        <Notice tone="success" testId="sent-notice">
          {tReceipt('sent', { code, date: formatDate(report.dueAt, locale) })}
        </Notice>
      ) : null}
      {!report.isPublic ? <Notice testId="private-notice">{t('detail.private')}</Notice> : null}
      {report.hiddenAt ? (
        <Notice testId="hidden-notice">
          {t('detail.hidden')} {report.hiddenReason ? t('detail.hiddenReason', { reason: report.hiddenReason }) : null}
        </Notice>
      ) : null}
      {report.duplicateOf ? (
        <Notice testId="duplicate-notice">
          <p>{t('detail.duplicate', { code: report.duplicateOf.code })}</p>
          <p className="mt-1">
            <Link
              href={{ pathname: '/reports/[code]', params: { code: report.duplicateOf.code } }}
              className="inline-flex min-h-11 items-center font-semibold"
            >
              {t('detail.duplicateLink', { code: report.duplicateOf.code })}
            </Link>
          </p>
        </Notice>
      ) : null}
    </div>
  );
}

/**
 * The thank-you for the author's rating, inside the rating section, where the page lands after
 * rating (#rating): above the facts it was off screen on a phone.
 */
export async function RatedNotice({ rated, dueAt, locale }: { rated?: string; dueAt: Date; locale: Locale }) {
  const t = await getTranslations('Reports');
  const report = { dueAt };
  return (
    <div className="mt-3 space-y-3">
      {rated === 'satisfied' ? (
        <Notice tone="success" testId="rated-notice">
          {t('detail.ratedSatisfied')}
        </Notice>
      ) : null}
      {rated === 'reopened' ? (
        <Notice tone="success" testId="rated-notice">
          {t('detail.ratedReopened', { date: formatDateTime(report.dueAt, locale) })}
        </Notice>
      ) : null}
      {rated === 'closed' ? <Notice testId="rated-notice">{t('detail.ratedClosed')}</Notice> : null}
    </div>
  );
}
