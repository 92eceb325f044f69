import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { Notice } from '@/components/ui/PageHeader';
import { formatDateTime } from '@/lib/reports/format';

/** What a report page says above its facts: private, hidden, a duplicate, or the author's rating just recorded. */
export async function ReportNotices({
  report,
  rated,
  locale,
}: {
  report: {
    isPublic: boolean;
    hiddenAt: Date | null;
    hiddenReason: string | null;
    duplicateOf: { code: string } | null;
    dueAt: Date;
  };
  rated?: string;
  locale: Locale;
}) {
  const t = await getTranslations('Reports');
  return (
    <div className="mt-6 space-y-3">
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
