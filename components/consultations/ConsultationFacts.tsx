import { getTranslations } from 'next-intl/server';
import { dateFormat } from '@/lib/consultations/format';
import { localized, placeName } from '@/lib/i18n/localized';
import type { ConsultationDetail } from '@/server/consultations/queries';

/** Dates, who may answer, why it closed early if it did, why the city asks, and the outcome once published. */
export async function ConsultationFacts({ c, locale }: { c: ConsultationDetail; locale: string }) {
  const t = await getTranslations('Consultations.detail');
  const date = dateFormat(locale, true);
  const day = dateFormat(locale);
  const paragraphs = (text: string) =>
    text
      .split(/\n{2,}/)
      .filter(Boolean)
      .map((p, i) => (
        <p key={i} className="mt-3">
          {p}
        </p>
      ));
  return (
    <>
      <dl className="grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]" data-testid="consultation-facts">
        <dt className="font-semibold">{t('dates')}</dt>
        <dd>
          {t('from')} {date.format(c.opensAt)} · {t('to')} {date.format(c.closesAt)}
        </dd>
        <dt className="font-semibold">{t('who')}</dt>
        <dd data-testid="consultation-scope">
          {c.wards.length ? t('wards', { wards: c.wards.map((w) => placeName(w, locale)).join(', ') }) : t('wholeCity')}
        </dd>
      </dl>
      {c.closedEarlyAt && c.closeReason ? (
        <p
          className="mt-6 max-w-3xl border-l-4 border-brand-700 bg-brand-50 p-4"
          data-testid="consultation-closed-early"
        >
          {t('closedEarly', { date: date.format(c.closedEarlyAt), reason: c.closeReason })}
        </p>
      ) : null}
      {c.outcomePublishedAt && (c.outcomeVi || c.outcomeEn) ? (
        <section
          aria-labelledby="outcome-title"
          className="mt-8 max-w-3xl border-l-4 border-green-700 bg-green-50 p-4"
          data-testid="consultation-outcome"
        >
          <h2 id="outcome-title" className="text-2xl font-bold">
            {t('outcome')}
          </h2>
          <p className="text-muted">{t('outcomePublished', { date: day.format(c.outcomePublishedAt) })}</p>
          {paragraphs(localized({ outcomeVi: c.outcomeVi ?? '', outcomeEn: c.outcomeEn ?? '' }, 'outcome', locale))}
        </section>
      ) : null}
      <section aria-labelledby="why-title" className="mt-8 max-w-3xl">
        <h2 id="why-title" className="text-2xl font-bold">
          {t('why')}
        </h2>
        {paragraphs(localized(c, 'body', locale))}
      </section>
    </>
  );
}
