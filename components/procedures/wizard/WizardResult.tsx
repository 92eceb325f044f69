import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { PrintButton } from '@/components/procedures/PrintButton';
import { ProcedureCentres } from '@/components/services/ProcedureCentres';
import { CITY_TIME_ZONE } from '@/lib/i18n/dates';
import type { Outcome } from '@/lib/procedures/wizards/engine';

type Props = {
  locale: Locale;
  outcome: Outcome;
  procedure: {
    level: 'CITY' | 'COMMUNE';
    onlineLevel: 'FULL' | 'PARTIAL' | 'NONE';
    onlineUrl: string | null;
    submissionPlace: string;
  };
  /** Today and the due day, yyyy-mm-dd in Ho Chi Minh City. */
  today: string;
  due: string;
  shareUrl: string;
  uncertain?: { vi: string; en: string };
};

const noon = (day: string) => new Date(`${day}T12:00:00+07:00`);

/** The checklist, fee, time limit with its due day, where to file and the address to share. */
export async function WizardResult({ locale, outcome, procedure, today, due, shareUrl, uncertain }: Props) {
  const [t, tp, format] = await Promise.all([
    getTranslations('ProcedureWizard'),
    getTranslations('Procedures'),
    getFormatter(),
  ]);
  const day = (d: string) =>
    format.dateTime(noon(d), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: CITY_TIME_ZONE,
    });
  const online = outcome.online && procedure.onlineLevel !== 'NONE' && procedure.onlineUrl;
  return (
    <div data-testid="wizard-result">
      <div className="mt-8 flex flex-wrap items-baseline justify-between gap-3">
        <h2 className="text-2xl font-bold" id="wizard-checklist-heading">
          {t('resultTitle')}
        </h2>
        <PrintButton label={t('print')} fallback={t('printHint')} />
      </div>
      <ul className="mt-3 space-y-2" aria-labelledby="wizard-checklist-heading" data-testid="wizard-checklist">
        {outcome.documents.map((d, i) => (
          <li key={i} className="flex gap-3">
            <span aria-hidden="true" className="mt-1 inline-block h-5 w-5 shrink-0 border-2 border-ink" />
            <span>
              {d.name[locale]}
              {d.originals || d.copies ? (
                <span className="text-muted">
                  {' '}
                  (
                  {[
                    d.originals ? `${tp('originals')}: ${d.originals}` : null,
                    d.copies ? `${tp('copies')}: ${d.copies}` : null,
                  ]
                    .filter(Boolean)
                    .join(', ')}
                  )
                </span>
              ) : null}
              {d.note ? <span className="block text-sm text-muted">{d.note[locale]}</span> : null}
            </span>
          </li>
        ))}
      </ul>

      <dl className="mt-6 grid gap-x-6 gap-y-3 border-l-4 border-brand-700 bg-brand-50 p-4 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t('fee')}</dt>
        <dd data-testid="wizard-fee">{outcome.fee[locale]}</dd>
        <dt className="font-semibold">{t('time')}</dt>
        <dd data-testid="wizard-time">
          {outcome.time.text[locale]}
          <p className="mt-1 font-semibold" data-testid="wizard-due">
            {t.rich('due', {
              todayText: day(today),
              dueText: day(due),
              today: (c) => <time dateTime={today}>{c}</time>,
              due: (c) => (
                <time dateTime={due} data-testid="wizard-due-day">
                  {c}
                </time>
              ),
            })}
          </p>
          <p className="text-sm text-muted">{t('dueNote')}</p>
        </dd>
        <dt className="font-semibold">{t('online')}</dt>
        <dd data-testid="wizard-online">
          {online ? (
            <>
              {t('onlineYes')}{' '}
              <a href={procedure.onlineUrl!} rel="noopener" className="font-semibold">
                {tp('submitOnline')} ↗
              </a>
            </>
          ) : (
            t('onlineNo')
          )}
        </dd>
        <dt className="font-semibold">{t('where')}</dt>
        <dd>{procedure.submissionPlace}</dd>
      </dl>

      {outcome.notes.length ? (
        <section aria-labelledby="wizard-notes-heading" className="mt-6">
          <h2 id="wizard-notes-heading" className="text-xl font-bold">
            {t('notes')}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {outcome.notes.map((n, i) => (
              <li key={i}>
                {n.text[locale]}
                {n.slug ? (
                  <>
                    {' '}
                    <Link href={{ pathname: '/procedures/[slug]', params: { slug: n.slug } }}>{t('seeProcedure')}</Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {uncertain ? (
        <div className="mt-6 border-l-4 border-yellow-500 bg-yellow-50 p-4" data-testid="wizard-uncertain">
          <p className="font-semibold">{t('uncertain')}</p>
          <p>{uncertain[locale]}</p>
        </div>
      ) : null}

      <ProcedureCentres level={procedure.level} locale={locale} />

      <section aria-labelledby="wizard-share-heading" className="mt-8">
        <h2 id="wizard-share-heading" className="text-xl font-bold">
          {t('share')}
        </h2>
        <p className="no-print mt-1 text-muted">{t('shareHint')}</p>
        <p className="mt-1 break-all">
          <a href={shareUrl} data-testid="wizard-share">
            {shareUrl}
          </a>
        </p>
      </section>
    </div>
  );
}
