import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { FollowForm } from '@/components/reports/FollowForm';
import { PhotoGallery } from '@/components/reports/PhotoGallery';
import { ReportRating } from '@/components/reports/ReportRating';
import { OverdueBadge, StatusBadge } from '@/components/reports/StatusBadge';
import { Timeline } from '@/components/reports/Timeline';
import { ReportNotices } from '@/components/reports/ReportNotices';
import { formatDateTime } from '@/lib/reports/format';
import { alternates, cardWords, openGraph } from '@/lib/metadata';
import { cardImage, reportCardContent } from '@/lib/social-card';
import { loadReportCached } from '@/server/reports/queries';
import { markReportNotificationsRead } from '@/server/reports/resident';
import { getCurrentUser } from '@/server/session';
import { localized, placeName } from '@/lib/i18n/localized';

type Props = {
  params: Promise<{ locale: Locale; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function reportFor(code: string) {
  const user = await getCurrentUser();
  const report = await loadReportCached(code.toUpperCase(), user);
  if (!report) notFound();
  return { user, report };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  const { report } = await reportFor(code);
  const description = report.description.replace(/\s+/g, ' ').slice(0, 160);
  const href = { pathname: '/reports/[code]' as const, params: { code: report.code } };
  const indexable = report.isPublic && !report.hiddenAt;
  return {
    title: `${report.code} · ${report.title}`,
    description,
    ...(indexable
      ? {
          alternates: alternates(locale, href),
          openGraph: await openGraph(locale, href, {
            title: `${report.code} · ${report.title}`,
            description,
            type: 'article',
            images: [cardImage(reportCardContent(locale, await cardWords(locale), report), { report: report.code })],
          }),
        }
      : { robots: { index: false, follow: false } }),
  };
}

export default async function ReportPage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const { user, report } = await reportFor(code);
  if (user) await markReportNotificationsRead(user.id, report.id);
  const sp = await searchParams;
  const t = await getTranslations('Reports');
  const path = getPathname({ locale, href: { pathname: '/reports/[code]', params: { code: report.code } } });
  const name = (o: { nameVi: string; nameEn: string }) => localized(o, 'name', locale);
  const open = report.status === 'RECEIVED' || report.status === 'IN_PROGRESS';
  const followNotice = typeof sp.follow === 'string' ? sp.follow : undefined;
  const rated = typeof sp.rated === 'string' ? sp.rated : undefined;
  // The author arrives here with ?sent=1 just after filing: the confirmation with the tracking code.
  const sent = sp.sent === '1' && report.isAuthor;
  const dd = 'sm:col-span-2';
  const dt = 'font-semibold';

  return (
    <article className="max-w-4xl" data-testid="report">
      <p className="mb-4">
        <Link href="/reports" className="inline-flex min-h-11 items-center">
          ← {t('backToList')}
        </Link>
      </p>
      <header>
        <p className="text-lg">
          {t('detail.codeLabel')}:{' '}
          <strong
            className="rounded bg-brand-50 px-2 py-1 font-mono text-2xl tracking-wide text-brand-900"
            data-testid="report-code"
          >
            {report.code}
          </strong>
        </p>
        <h1 className="mt-3 text-3xl leading-tight font-bold break-words md:text-4xl">{report.title}</h1>
        <p className="mt-3 flex flex-wrap items-center gap-2">
          <StatusBadge status={report.status} />
          {report.overdue ? <OverdueBadge /> : null}
        </p>
      </header>

      <ReportNotices report={report} sent={sent} code={report.code} locale={locale} />

      <section aria-labelledby="facts-heading" className="mt-6">
        <h2 id="facts-heading" className="sr-only">
          {t('detail.facts')}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 border-y-2 border-slate-300 py-4 sm:grid-cols-3" data-testid="facts">
          <dt className={dt}>{t('category')}</dt>
          <dd className={dd}>{name(report.category)}</dd>
          <dt className={dt}>{t('detail.agency')}</dt>
          <dd className={dd} data-testid="agency">
            {name(report.agency)}
          </dd>
          <dt className={dt}>{t('detail.location')}</dt>
          <dd className={dd}>
            {report.ward ? placeName(report.ward, locale) : t('noWard')}
            {report.address ? <span className="block break-words">{report.address}</span> : null}
            {report.lat !== null && report.lng !== null ? (
              <span className="block">
                {t('coordinates')}: {report.lat.toFixed(5)}, {report.lng.toFixed(5)}
                {' · '}
                <a
                  href={`https://www.openstreetmap.org/?mlat=${report.lat}&mlon=${report.lng}#map=18/${report.lat}/${report.lng}`}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="inline-flex min-h-11 items-center font-semibold"
                  data-testid="osm-link"
                >
                  {/* The name starts with the words shown (WCAG 2.5.3); the rest is for screen readers. */}
                  {t('detail.viewOnMap')}
                  <span className="sr-only">
                    {' – '}
                    {t('detail.viewOnMapLabel', { lat: report.lat.toFixed(5), lng: report.lng.toFixed(5) })}
                  </span>
                </a>
              </span>
            ) : null}
          </dd>
          <dt className={dt}>{t('detail.author')}</dt>
          <dd className={dd}>{report.authorName ?? t('resident')}</dd>
          <dt className={dt}>{t('detail.sentAt')}</dt>
          <dd className={dd}>
            <time dateTime={report.createdAt.toISOString()}>{formatDateTime(report.createdAt, locale)}</time>
          </dd>
          {open ? (
            <>
              <dt className={dt}>{t('detail.deadline')}</dt>
              <dd className={dd} data-testid="deadline">
                <time dateTime={report.dueAt.toISOString()}>{formatDateTime(report.dueAt, locale)}</time>
                {report.overdue && !report.committedAt ? (
                  <>
                    {' '}
                    <OverdueBadge />
                  </>
                ) : null}
              </dd>
              {report.committedAt ? (
                <>
                  <dt className={dt}>{t('detail.committed')}</dt>
                  <dd className={dd} data-testid="committed">
                    <time dateTime={report.committedAt.toISOString()}>
                      {formatDateTime(report.committedAt, locale)}
                    </time>
                    {report.overdue ? (
                      <>
                        {' '}
                        <OverdueBadge />
                      </>
                    ) : null}
                  </dd>
                </>
              ) : null}
            </>
          ) : report.closedAt ? (
            <>
              <dt className={dt}>{t('detail.closedAt')}</dt>
              <dd className={dd}>
                <time dateTime={report.closedAt.toISOString()}>{formatDateTime(report.closedAt, locale)}</time>
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="description-heading" className="mt-8">
        <h2 id="description-heading" className="text-2xl font-bold">
          {t('detail.description')}
        </h2>
        <p className="mt-2 text-lg break-words whitespace-pre-line">{report.description}</p>
      </section>

      {report.photos.length ? (
        <section aria-labelledby="photos-heading" className="mt-8">
          <h2 id="photos-heading" className="text-2xl font-bold">
            {t('detail.photos')}
          </h2>
          <PhotoGallery
            photos={report.photos}
            fallbackAlt={(n) => t('detail.photoN', { n, code: report.code })}
            testId="photos"
          />
        </section>
      ) : null}

      <section aria-labelledby="answers-heading" className="mt-8">
        <h2 id="answers-heading" className="text-2xl font-bold">
          {t('detail.answers')}
        </h2>
        {report.answers.length === 0 ? (
          <p className="mt-2" data-testid="no-answer">
            {t('detail.noAnswer')}
          </p>
        ) : (
          <div className="mt-3 space-y-6">
            {report.answers.map((a) => (
              <div key={a.id} className="border-l-4 border-green-700 bg-green-50 p-4" data-testid="answer">
                <h3 className="font-bold">
                  {t('detail.answerBy', {
                    agency: a.agency ? name(a.agency) : name(report.agency),
                    time: formatDateTime(a.createdAt, locale),
                  })}
                </h3>
                <p className="mt-2 break-words whitespace-pre-line">{a.note}</p>
                {a.photos.length ? (
                  <PhotoGallery photos={a.photos} fallbackAlt={(n) => t('detail.answerPhoto', { n })} />
                ) : null}
              </div>
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="timeline-heading" className="mt-8">
        <h2 id="timeline-heading" className="text-2xl font-bold">
          {t('detail.timeline')}
        </h2>
        <Timeline events={report.events} locale={locale} />
      </section>

      <section
        id="theo-doi"
        aria-labelledby="follow"
        className="mt-8 scroll-mt-4 border-t-4 border-brand-700 bg-brand-50 p-4"
      >
        <h2 id="follow" className="scroll-mt-4 text-2xl font-bold">
          {t('detail.follow')}
        </h2>
        <p className="mb-3 text-muted">{t('detail.followHint')}</p>
        {followNotice ? (
          <p
            role="status"
            className="mb-3 border-l-4 border-brand-700 bg-white p-3 font-semibold"
            data-testid="follow-notice"
          >
            {followNotice === 'followed'
              ? t('detail.followed')
              : followNotice === 'unfollowed'
                ? t('detail.unfollowed')
                : followNotice === 'rate_limited'
                  ? t('detail.followLimited')
                  : t('detail.followInvalid')}
          </p>
        ) : null}
        <FollowForm
          code={report.code}
          followers={report.followers}
          following={report.following}
          signedIn={Boolean(user)}
          returnPath={path}
        />
      </section>

      {report.isAuthor ? <ReportRating report={report} rated={rated} locale={locale} /> : null}
    </article>
  );
}
