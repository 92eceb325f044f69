import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { placeName } from '@/lib/i18n/localized';
import type { ReportDetail } from '@/server/reports/admin-queries';

/** What an official knows of a report: where, who, when, and its links to duplicates. */
export async function DeskDetails({
  report,
  name,
  dateTime,
  locale,
}: {
  report: ReportDetail;
  name: (o: { nameVi: string; nameEn: string }) => string;
  dateTime: (d: Date) => string;
  locale: Locale;
}) {
  const t = await getTranslations('ReportAdmin');
  const rows: [string, ReactNode][] = [
    [t('category'), name(report.category)],
    [t('agency'), name(report.agency)],
    [t('ward'), report.ward ? placeName(report.ward, locale) : t('none')],
    [t('address'), report.address || t('none')],
    [
      t('coordinates'),
      report.lat !== null && report.lng !== null ? `${report.lat.toFixed(5)}, ${report.lng.toFixed(5)}` : t('none'),
    ],
    [
      t('visibility'),
      `${report.isPublic ? t('public') : t('private')}${report.hideAuthorName ? ` (${t('nameHidden')})` : ''}`,
    ],
    [
      t('author'),
      report.author ? (
        <span data-testid="author-contact">
          {report.author.name}
          {report.author.email ? (
            <>
              <br />
              {t('email')}: <a href={`mailto:${report.author.email}`}>{report.author.email}</a>
            </>
          ) : null}
          {report.author.phone ? (
            <>
              <br />
              {t('phone')}: <a href={`tel:${report.author.phone}`}>{report.author.phone}</a>
            </>
          ) : null}
        </span>
      ) : report.contactName || report.contactEmail ? (
        <span data-testid="author-contact">
          {report.contactName}
          {report.contactEmail ? (
            <>
              <br />
              {t('email')}: <a href={`mailto:${report.contactEmail}`}>{report.contactEmail}</a>
            </>
          ) : null}
        </span>
      ) : (
        t('authorNone')
      ),
    ],
    [t('source'), t(`sources.${report.source}`)],
    [t('createdAt'), dateTime(report.createdAt)],
    [t('answeredAt'), report.answeredAt ? dateTime(report.answeredAt) : t('none')],
    [t('closedAt'), report.closedAt ? dateTime(report.closedAt) : t('none')],
    [t('followers'), String(report._count.followers)],
  ];
  if (report.duplicateOf) {
    rows.push([
      t('duplicateOf'),
      <Link key="d" href={{ pathname: '/admin/reports/[code]', params: { code: report.duplicateOf.code } }}>
        {report.duplicateOf.code}: {report.duplicateOf.title}
      </Link>,
    ]);
  }
  if (report.duplicates.length) {
    rows.push([
      t('duplicates'),
      <ul key="ds">
        {report.duplicates.map((d) => (
          <li key={d.code}>
            <Link href={{ pathname: '/admin/reports/[code]', params: { code: d.code } }}>{d.code}</Link>: {d.title}
          </li>
        ))}
      </ul>,
    ]);
  }
  if (report.rating)
    rows.push([
      t('rating'),
      `${t(`ratings.${report.rating}`)}${report.ratingReason ? `: ${report.ratingReason}` : ''}`,
    ]);
  return (
    <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]" data-testid="report-details">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="mb-2 break-words sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
