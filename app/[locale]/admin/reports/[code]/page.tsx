import { forbidden, notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { isErrorCode } from '@/lib/errors';
import { pageMetadata } from '@/lib/metadata';
import { Notice, PageHeader } from '@/components/ui/PageHeader';
import { HiddenBadge, StatusBadge } from '@/components/reports/StatusBadge';
import { DaysLeftText, DeadlineText } from '@/components/reports/StatusParts';
import { AssignForm, ProgressForm, ReopenForm, StatusForm, VisibilityForm } from '@/components/reports/ReportForms';
import { DeskAnswerForm } from '@/components/reports/DeskAnswerForm';
import { DeskDetails } from '@/components/reports/DeskDetails';
import { DeskTimeline } from '@/components/reports/DeskTimeline';
import { allowedTargets, deadlineInfo, isOpen } from '@/lib/reports/workflow-rules';
import { REPORT_REASON_MAX } from '@/lib/validation/reports/admin';
import { photoVisibilityAction } from '@/server/reports/admin-actions';
import { reportForOfficial } from '@/server/reports/admin-queries';
import { cannedAnswersFor } from '@/server/reports/canned-answers';
import { publicHolidays } from '@/server/reports/calendar';
import { agencyOptions } from '@/server/places/queries';
import { errorTextIn } from '@/server/i18n';
import { requirePermission } from '@/server/session';
import { localized } from '@/lib/i18n/localized';
import { formatDateTime } from '@/lib/i18n/dates';

type Props = {
  params: Promise<{ locale: Locale; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'ReportAdmin.queueTitle' });

const DONE = ['status', 'assigned', 'progress', 'hidden', 'shown', 'photoHidden', 'photoShown', 'reopened'] as const;
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v.slice(0, 80) : undefined);
const sectionClass = 'mb-8 border-t-4 border-brand-700 bg-white pt-4';
const h2Class = 'mb-4 text-2xl font-bold';

export default async function ReportHandlingPage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const path = getPathname({ locale, href: { pathname: '/admin/reports/[code]', params: { code } } });
  const user = await requirePermission('report:work', path);
  const report = await reportForOfficial(user, decodeURIComponent(code));
  if (report === 'forbidden') forbidden();
  if (!report) notFound();
  const query = await searchParams;
  const now = new Date();
  const [t, tStatus, holidays, canned, agencies] = await Promise.all([
    getTranslations('ReportAdmin'),
    getTranslations('Notifications.status'),
    publicHolidays(),
    cannedAnswersFor(report.categoryCode),
    agencyOptions(locale),
  ]);
  const name = (o: { nameVi: string; nameEn: string }) => localized(o, 'name', locale);
  const info = deadlineInfo(report, now, holidays);
  const open = isOpen(report.status);
  const done = DONE.find((d) => d === one(query.done));
  const photoError =
    one(query.done) === 'photoError' ? { photo: one(query.photo), key: one(query.error) ?? 'invalid' } : null;
  const answerError = one(query.error) && one(query.done) !== 'photoError' ? one(query.error)! : null;
  // The error travels in the address as its code (server/reports/answer.ts, admin-actions.ts).
  const errorText = (key: string) => errorTextIn(locale, isErrorCode(key) ? key : 'internal');
  const dateTime = (d: Date) => formatDateTime(d, locale);
  const reportPhotos = report.photos.filter((p) => !p.eventId);
  const answerPhotos = report.photos.filter((p) => p.eventId);
  const cannedList = canned.map((c) => ({
    id: c.id,
    title: localized(c, 'title', locale),
    body: localized(c, 'body', locale),
  }));

  return (
    <>
      <p className="mb-4">
        <Link href="/admin/reports">← {t('back')}</Link>
      </p>
      <PageHeader title={t('reportTitle', { code: report.code, title: report.title })}>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <StatusBadge variant="desk" status={report.status} />
          {report.hiddenAt ? <HiddenBadge /> : null}
          <a href="#actions" className="lg:hidden">
            {t('jumpToActions')} ↓
          </a>
        </div>
      </PageHeader>

      {done ? (
        <Notice tone="success" testId="done-notice">
          {t(`done.${done}`)}
        </Notice>
      ) : null}
      {one(query.answered) === '1' ? (
        <Notice tone="success" testId="answered-notice">
          {t('answeredNotice')}
        </Notice>
      ) : null}
      {answerError ? (
        <div
          role="alert"
          className="mb-6 max-w-3xl border-4 border-accent p-4 font-semibold text-accent"
          data-testid="answer-error"
        >
          {t('answerError', { message: errorText(answerError) })}
        </div>
      ) : null}
      {report.hiddenAt ? (
        <div className="mb-6 max-w-3xl border-l-4 border-ink bg-slate-100 p-4" data-testid="hidden-banner">
          {t('hiddenBanner', { reason: report.hiddenReason ?? '' })}
        </div>
      ) : null}

      <div className="grid gap-x-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>
          <section
            aria-labelledby="deadline-heading"
            className={`mb-8 max-w-3xl border-l-4 p-4 ${info.overdue ? 'border-accent bg-red-50' : 'border-brand-700 bg-brand-50'}`}
            data-testid="deadline-box"
          >
            <h2 id="deadline-heading" className="text-xl font-bold">
              {t('deadlineHeading')}
            </h2>
            <p className="mt-2 text-lg">
              <DeadlineText info={info} committed={Boolean(report.committedAt)} />
            </p>
            <p className="mt-1">
              <DaysLeftText info={info} />
            </p>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="font-semibold">{t('dueAtLabel')}</dt>
              <dd>{dateTime(report.dueAt)}</dd>
              {report.committedAt ? (
                <>
                  <dt className="font-semibold">{t('committedAtLabel')}</dt>
                  <dd>{dateTime(report.committedAt)}</dd>
                </>
              ) : null}
            </dl>
          </section>

          <section aria-labelledby="details-heading" className={sectionClass}>
            <h2 id="details-heading" className={h2Class}>
              {t('details')}
            </h2>
            <h3 className="font-semibold">{t('description')}</h3>
            <p className="mb-4 max-w-3xl whitespace-pre-line" data-testid="report-description">
              {report.description}
            </p>
            <DeskDetails report={report} name={name} dateTime={dateTime} locale={locale} />
          </section>

          <section aria-labelledby="photos-heading" className={sectionClass}>
            <h2 id="photos-heading" className={h2Class}>
              {t('photos')}
            </h2>
            {report.photos.length === 0 ? <p>{t('noPhotos')}</p> : null}
            <ul className="grid gap-6 sm:grid-cols-2" data-testid="photos">
              {[...reportPhotos, ...answerPhotos].map((p, i) => (
                <li
                  key={p.id}
                  className={`border-2 p-3 ${p.hiddenAt ? 'border-dashed border-ink bg-slate-100' : 'border-slate-300'}`}
                  data-testid="photo"
                >
                  <a href={`/api/feedback/photos/${p.id}/display`} aria-label={t('photoOpen', { n: i + 1 })}>
                    {/* eslint-disable-next-line @next/next/no-img-element -- served by our own photo route, already resized */}
                    <img
                      src={`/api/feedback/photos/${p.id}/thumb`}
                      alt={p.altText || t('photoAlt', { n: i + 1, code: report.code })}
                      width={p.thumbWidth}
                      height={p.thumbHeight}
                      loading="lazy"
                      className={`h-auto max-w-full ${p.hiddenAt ? 'opacity-60' : ''}`}
                    />
                  </a>
                  {p.eventId ? <p className="mt-1 text-sm text-muted">{t('answerPhoto')}</p> : null}
                  {p.hiddenAt ? (
                    <p className="mt-2 font-semibold">{t('photoHidden', { reason: p.hiddenReason ?? '' })}</p>
                  ) : null}
                  <form action={photoVisibilityAction} className="mt-3 space-y-2" data-testid={`photo-form-${i + 1}`}>
                    <input type="hidden" name="code" value={report.code} />
                    <input type="hidden" name="photoId" value={p.id} />
                    <input type="hidden" name="hide" value={p.hiddenAt ? '0' : '1'} />
                    {photoError?.photo === p.id ? (
                      <p id={`photo-reason-${p.id}-error`} role="alert" className="font-semibold text-accent">
                        {errorText(photoError.key)}
                      </p>
                    ) : null}
                    <label htmlFor={`photo-reason-${p.id}`} className="block font-semibold">
                      {t('photoReason', { n: i + 1 })}
                    </label>
                    <input
                      id={`photo-reason-${p.id}`}
                      name="reason"
                      maxLength={REPORT_REASON_MAX}
                      aria-describedby={photoError?.photo === p.id ? `photo-reason-${p.id}-error` : undefined}
                      className="block w-full border-2 border-ink px-2 py-1"
                    />
                    <button type="submit" className="rounded border-2 border-ink px-3 py-1 font-semibold">
                      {p.hiddenAt ? t('showPhoto', { n: i + 1 }) : t('hidePhoto', { n: i + 1 })}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="timeline-heading" className={sectionClass}>
            <h2 id="timeline-heading" className={h2Class}>
              {t('timeline')}
            </h2>
            <DeskTimeline report={report} name={name} dateTime={dateTime} />
          </section>
        </div>

        <div>
          <h2 id="actions" className="mb-4 text-2xl font-bold">
            {t('actions')}
          </h2>
          {open ? (
            <>
              <section aria-labelledby="answer-heading" className={sectionClass}>
                <h3 id="answer-heading" className="mb-3 text-xl font-bold">
                  {t('answerForm')}
                </h3>
                <DeskAnswerForm code={report.code} locale={locale} canned={cannedList} />
              </section>

              <section aria-labelledby="status-heading" className={sectionClass}>
                <h3 id="status-heading" className="mb-1 text-xl font-bold">
                  {t('statusForm')}
                </h3>
                <p className="mb-3 text-muted">{t('currentStatus', { status: tStatus(report.status) })}</p>
                <StatusForm code={report.code} targets={allowedTargets(report.status)} />
              </section>

              <section aria-labelledby="progress-heading" className={sectionClass}>
                <h3 id="progress-heading" className="mb-1 text-xl font-bold">
                  {t('progressForm')}
                </h3>
                <p className="mb-3 text-muted">{t('progressLead')}</p>
                <ProgressForm code={report.code} />
              </section>

              <section aria-labelledby="assign-heading" className={sectionClass}>
                <h3 id="assign-heading" className="mb-3 text-xl font-bold">
                  {t('assignForm')}
                </h3>
                <AssignForm code={report.code} agencies={agencies.filter((a) => a.value !== report.agencyId)} />
              </section>
            </>
          ) : (
            <section aria-labelledby="reopen-heading" className={sectionClass}>
              <p className="mb-3 border-l-4 border-ink bg-slate-100 p-3" data-testid="closed-info">
                {t('closedInfo', { status: tStatus(report.status) })}
              </p>
              <h3 id="reopen-heading" className="mb-3 text-xl font-bold">
                {t('reopenForm')}
              </h3>
              <ReopenForm code={report.code} />
            </section>
          )}

          <section aria-labelledby="visibility-heading" className={sectionClass}>
            <h3 id="visibility-heading" className="mb-3 text-xl font-bold">
              {t('visibilityForm')}
            </h3>
            <VisibilityForm code={report.code} hidden={Boolean(report.hiddenAt)} />
          </section>
        </div>
      </div>
    </>
  );
}
