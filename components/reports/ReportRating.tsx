import { getMessages, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { LazyRatingForm } from '@/components/reports/LazyRatingForm';
import { FORM_NAMESPACES, pickMessages, type Tree } from '@/lib/i18n/pick-messages';
import { RatedNotice } from '@/components/reports/ReportNotices';
import { formatDate } from '@/lib/reports/format';
import type { ReportView } from '@/server/reports/queries';
import { rateAction } from '@/server/reports/resident-actions';

/** The author's part of a report page: the rating given, or the form to give one once answered. */
export async function ReportRating({
  report,
  rated,
  locale,
}: {
  report: Pick<ReportView, 'code' | 'dueAt' | 'rating' | 'ratedAt' | 'ratingReason' | 'canRate'>;
  rated: string | undefined;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'Reports' });
  return (
    <section id="rating" aria-labelledby="rating-heading" className="mt-8 scroll-mt-4 border-t-4 border-brand-700 p-4">
      <h2 id="rating-heading" className="text-2xl font-bold">
        {t('detail.rating')}
      </h2>
      <RatedNotice rated={rated} dueAt={report.dueAt} locale={locale} />
      {report.rating ? (
        <p className="mt-2" data-testid="current-rating">
          {t('detail.rated', {
            rating: report.rating === 'SATISFIED' ? t('detail.satisfied') : t('detail.notSatisfied'),
          })}
          {report.ratedAt ? <> {t('detail.ratedOn', { date: formatDate(report.ratedAt, locale) })}</> : null}
          {report.ratingReason ? (
            <span className="block break-words whitespace-pre-line italic">{report.ratingReason}</span>
          ) : null}
        </p>
      ) : null}
      {report.canRate ? (
        <div className="mt-4">
          <p className="mb-4">{t('detail.ratingLead')}</p>
          {/* The only client form of a report page: only its author, when it may be rated, gets it. */}
          <LazyRatingForm
            locale={locale}
            messages={pickMessages((await getMessages({ locale })) as unknown as Tree, [
              ...FORM_NAMESPACES,
              'Reports.detail',
            ])}
            action={rateAction.bind(null, report.code)}
          />
        </div>
      ) : !report.rating ? (
        <p className="mt-2">{t('detail.ratingWaits')}</p>
      ) : null}
    </section>
  );
}
