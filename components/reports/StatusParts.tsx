import { getLocale, getTranslations } from 'next-intl/server';
import type { DeadlineInfo } from '@/lib/reports/workflow-rules';
import { OverdueBadge } from './StatusBadge';
import { formatDate } from '@/lib/i18n/dates';

/** The deadline that counts, whether it is a committed date, and the working days left. */
export async function DeadlineText({ info, committed }: { info: DeadlineInfo; committed: boolean }) {
  const [t, locale] = await Promise.all([getTranslations('ReportAdmin'), getLocale()]);
  return (
    <span className="inline-flex flex-col gap-1">
      <span>
        <time dateTime={info.deadline.toISOString()}>{formatDate(info.deadline, locale)}</time>
        {committed ? <span className="text-sm text-muted"> ({t('committed')})</span> : null}
      </span>
      {info.overdue ? <OverdueBadge variant="desk" /> : null}
    </span>
  );
}

export async function DaysLeftText({ info }: { info: DeadlineInfo }) {
  const t = await getTranslations('ReportAdmin');
  if (info.daysLeft === null) return <span className="text-muted">{t('closed')}</span>;
  if (info.overdue)
    return (
      <span className="font-semibold text-accent">
        {info.daysLeft < 0 ? t('lateN', { n: -info.daysLeft }) : t('lateUnderOneDay')}
      </span>
    );
  if (info.daysLeft === 0) return <span className="font-semibold">{t('dueToday')}</span>;
  return <span>{t('daysLeftN', { n: info.daysLeft })}</span>;
}
