import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatDate, formatDateTime } from '@/lib/reports/format';
import type { ReportEventView } from '@/server/reports/queries';
import { localized } from '@/lib/i18n/localized';

/** The public timeline as an ordered list, oldest first, each step with its date and time. */
export async function Timeline({ events, locale }: { events: ReportEventView[]; locale: Locale }) {
  const t = await getTranslations('Reports');
  const ts = await getTranslations('Notifications');
  const label = (e: ReportEventView) => {
    switch (e.kind) {
      case 'ASSIGNED':
        return e.agency
          ? t('events.ASSIGNED', { agency: localized(e.agency, 'name', locale) })
          : t('events.ASSIGNED_NONE');
      case 'STATUS_CHANGED':
        return t('events.STATUS_CHANGED', { status: e.status ? ts(`status.${e.status}`) : '' });
      default:
        return t(`events.${e.kind}`);
    }
  };
  return (
    <ol className="relative mt-4 space-y-6 border-l-4 border-brand-700 pl-6" data-testid="timeline">
      {events.map((e) => (
        <li key={e.id} className="relative" data-testid="timeline-event" data-kind={e.kind}>
          <span
            aria-hidden="true"
            className="absolute top-1 -left-[2.15rem] h-4 w-4 rounded-full border-4 border-white bg-brand-700 ring-2 ring-brand-700"
          />
          <p className="font-bold">
            {label(e)}
            {e.internal || e.kind === 'HIDDEN' || e.kind === 'UNHIDDEN' ? (
              <span className="ml-2 rounded border border-slate-600 px-1 text-xs font-semibold uppercase">
                {t('events.internal')}
              </span>
            ) : null}
          </p>
          <p className="text-sm text-muted">
            <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, locale)}</time>
          </p>
          {e.note && e.kind !== 'ANSWERED' ? <p className="mt-1 break-words whitespace-pre-line">{e.note}</p> : null}
          {e.committedDate ? (
            <p className="mt-1 text-sm">{t('events.committedDate', { date: formatDate(e.committedDate, locale) })}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
