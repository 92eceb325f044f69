import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { ReportDetail } from '@/server/reports/admin-queries';
import { PHOTO_NOTE } from '@/server/reports/workflow';
import { formatDate } from '@/lib/i18n/dates';

/** Every event of a report for officials, internal notes included (shaded and marked). */
export async function DeskTimeline({
  report,
  name,
  dateTime,
}: {
  report: ReportDetail;
  name: (o: { nameVi: string; nameEn: string }) => string;
  dateTime: (d: Date) => string;
}) {
  const [t, tStatus, locale] = await Promise.all([
    getTranslations('ReportAdmin'),
    getTranslations('Notifications.status'),
    getLocale(),
  ]);
  return (
    <ol className="space-y-4 border-l-2 border-slate-300 pl-4" data-testid="timeline">
      {report.events.map((e) => {
        const photo = e.kind === 'HIDDEN' || e.kind === 'UNHIDDEN' ? PHOTO_NOTE.exec(e.note) : null;
        const note = photo ? photo[2] : e.kind === 'MERGED' ? '' : e.note;
        return (
          <li
            key={e.id}
            className={e.internal ? 'bg-slate-100 p-2' : 'p-2'}
            data-testid="timeline-event"
            data-kind={e.kind}
          >
            <p className="font-semibold">
              {photo
                ? e.kind === 'HIDDEN'
                  ? t('photoEventHidden', { n: Number(photo[1]) })
                  : t('photoEventShown', { n: Number(photo[1]) })
                : t(`events.${e.kind}`)}
              {e.internal ? <span className="ml-2 border border-ink px-1 text-xs">{t('internal')}</span> : null}
            </p>
            <p className="text-sm text-muted">
              <time dateTime={e.createdAt.toISOString()}>{dateTime(e.createdAt)}</time> · {e.actor?.name ?? t('system')}
            </p>
            {e.kind === 'STATUS_CHANGED' || e.kind === 'REOPENED' ? (
              <p>{t('eventStatus', { status: e.status ? tStatus(e.status) : '' })}</p>
            ) : null}
            {e.kind === 'ASSIGNED' && e.agency ? <p>{t('eventAgency', { agency: name(e.agency) })}</p> : null}
            {e.kind === 'MERGED' ? (
              <p>
                {report.duplicateOf?.code === e.note
                  ? t('mergedInto', { code: e.note })
                  : t('mergedFrom', { code: e.note })}{' '}
                <Link href={{ pathname: '/admin/reports/[code]', params: { code: e.note } }}>{e.note}</Link>
              </p>
            ) : null}
            {e.committedDate ? <p>{t('eventCommitted', { date: formatDate(e.committedDate, locale) })}</p> : null}
            {note ? <p className="mt-1 max-w-3xl whitespace-pre-line">{note}</p> : null}
            {e.photos.length ? <p className="text-sm">{t('eventPhotos', { n: e.photos.length })}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
