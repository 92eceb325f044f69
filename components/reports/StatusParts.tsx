import { getFormatter, getTranslations } from 'next-intl/server';
import type { DeadlineInfo } from '@/lib/reports/workflow-rules';
import type { ReportStatusValue } from '@/lib/validation/reports/report';

const statusTone: Record<ReportStatusValue, string> = {
  RECEIVED: 'border-brand-700 bg-brand-50 text-brand-900',
  IN_PROGRESS: 'border-amber-700 bg-amber-50 text-amber-900',
  RESOLVED: 'border-green-700 bg-green-50 text-green-900',
  REJECTED: 'border-slate-600 bg-slate-100 text-slate-900',
  DUPLICATE: 'border-slate-600 bg-slate-100 text-slate-900',
};

/** A report's status as words in a bordered tag (the colour only repeats the words). */
export async function StatusBadge({ status }: { status: ReportStatusValue }) {
  const t = await getTranslations('Notifications.status');
  return (
    <span className={`inline-block whitespace-nowrap border-l-4 px-2 py-0.5 text-sm font-semibold ${statusTone[status]}`} data-testid="status-badge">
      {t(status)}
    </span>
  );
}

/** "Quá hạn" with a warning sign: text and an icon, never colour alone. */
export async function OverdueFlag() {
  const t = await getTranslations('ReportAdmin');
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap border-2 border-accent bg-white px-1.5 py-0.5 text-sm font-bold text-accent" data-testid="overdue-flag">
      <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16" className="shrink-0" fill="currentColor">
        <path d="M10 1.5 19 18H1L10 1.5Zm-1 6v5h2v-5H9Zm0 6.5v2h2v-2H9Z" />
      </svg>
      {t('overdue')}
    </span>
  );
}

/** The deadline that counts, whether it is a committed date, and the working days left. */
export async function DeadlineText({ info, committed }: { info: DeadlineInfo; committed: boolean }) {
  const [t, format] = await Promise.all([getTranslations('ReportAdmin'), getFormatter()]);
  return (
    <span className="inline-flex flex-col gap-1">
      <span>
        <time dateTime={info.deadline.toISOString()}>{format.dateTime(info.deadline, { day: '2-digit', month: '2-digit', year: 'numeric' })}</time>
        {committed ? <span className="text-sm text-muted"> ({t('committed')})</span> : null}
      </span>
      {info.overdue ? <OverdueFlag /> : null}
    </span>
  );
}

export async function DaysLeftText({ info }: { info: DeadlineInfo }) {
  const t = await getTranslations('ReportAdmin');
  if (info.daysLeft === null) return <span className="text-muted">{t('closed')}</span>;
  if (info.overdue) return <span className="font-semibold text-accent">{info.daysLeft < 0 ? t('lateN', { n: -info.daysLeft }) : t('lateUnderOneDay')}</span>;
  if (info.daysLeft === 0) return <span className="font-semibold">{t('dueToday')}</span>;
  return <span>{t('daysLeftN', { n: info.daysLeft })}</span>;
}
