import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { ProcedureCentres } from '@/components/services/ProcedureCentres';
import type { Details } from '@/lib/procedures/english';
import { summaryLines } from '@/lib/procedures/summary';
import type { procedureBySlug } from '@/server/procedures/queries';

// The parts of a procedure page (app/[locale]/procedures/[slug]/page.tsx) below its heading. The
// details are in the page's language where translated, else in Vietnamese, marked lang="vi".

type Procedure = NonNullable<Awaited<ReturnType<typeof procedureBySlug>>['procedure']>;

const langOf = (d: Details) => (d.translated ? undefined : 'vi');

/** One titled part of the reference: a section named by its heading. */
function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8">
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Who, how long, how much, where, online level and level, with the button to file online. */
export async function ProcedureSummary({
  procedure: p,
  details: d,
}: {
  procedure: Pick<Procedure, 'onlineUrl' | 'onlineLevel' | 'level'>;
  details: Details;
}) {
  const [t, tSummary] = await Promise.all([getTranslations('Procedures'), getTranslations('ProcedureSummary')]);
  const detailsLang = langOf(d);
  // Each time limit and fee labelled with the ways of filing it applies to; "as in person" once.
  const summaryList = (column: 'processingTime' | 'fee') => (
    <ul className="space-y-1" data-testid={`summary-${column}`}>
      {summaryLines(d.methods, column).map((line) => (
        <li key={line.channels.join()}>
          <span className="font-semibold">{line.channels.map((c) => t(`channels.${c}`)).join(', ')}:</span>{' '}
          {line.sameAsInPerson ? `${tSummary('sameAsInPerson')}; ` : null}
          <span lang={detailsLang}>{line.text}</span>
        </li>
      ))}
    </ul>
  );

  return (
    <section aria-labelledby="summary-heading" className="mt-6 border-l-4 border-brand-700 bg-brand-50 p-4">
      <h2 id="summary-heading" className="sr-only">
        {t('summary')}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]" data-testid="procedure-summary">
        <dt className="font-semibold">{t('who')}</dt>
        <dd lang={detailsLang}>{d.applicants}</dd>
        <dt className="font-semibold">{t('howLong')}</dt>
        <dd>{summaryList('processingTime')}</dd>
        <dt className="font-semibold">{t('howMuch')}</dt>
        <dd>{summaryList('fee')}</dd>
        <dt className="font-semibold">{t('where')}</dt>
        <dd lang={detailsLang}>{d.submissionPlace}</dd>
        <dt className="font-semibold">{t('online')}</dt>
        <dd>{t(`onlineLevels.${p.onlineLevel}`)}</dd>
        <dt className="font-semibold">{t('level')}</dt>
        <dd>{t(`levels.${p.level}`)}</dd>
      </dl>
      {p.onlineUrl && p.onlineLevel !== 'NONE' ? (
        <p className="mt-4">
          <a
            href={p.onlineUrl}
            rel="noopener"
            className="inline-block rounded bg-green-800 px-5 py-3 font-semibold text-white no-underline hover:bg-green-900 hover:text-white"
          >
            {t('submitOnline')} ↗
          </a>
        </p>
      ) : null}
    </section>
  );
}

/** How to file and what it costs, the result, conditions, agencies, centres and legal basis. */
export async function ProcedureReference({
  level,
  details: d,
  locale,
}: {
  level: Procedure['level'];
  details: Details;
  locale: Locale;
}) {
  const t = await getTranslations('Procedures');
  const detailsLang = langOf(d);
  return (
    <>
      <Part id="methods" title={t('methods')}>
        <div className="overflow-x-auto">
          <table className="mt-3 w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  {t('channel')}
                </th>
                <th scope="col" className="p-2">
                  {t('time')}
                </th>
                <th scope="col" className="p-2">
                  {t('fee')}
                </th>
              </tr>
            </thead>
            <tbody>
              {d.methods.map((m, i) => (
                <tr key={i} className="border-b border-slate-300 align-top">
                  <th scope="row" className="p-2 font-semibold">
                    {t(`channels.${m.channel}`)}
                  </th>
                  <td className="p-2" lang={detailsLang}>
                    {m.processingTime}
                  </td>
                  <td className="p-2" lang={detailsLang}>
                    {m.fee}
                    {m.note ? <span className="block text-sm text-muted">{m.note}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Part>

      <Part id="result" title={t('result')}>
        <p className="mt-2" lang={detailsLang}>
          {d.result}
        </p>
      </Part>

      <Part id="conditions" title={t('conditions')}>
        {d.conditions ? (
          <p className="mt-2 whitespace-pre-line" lang={detailsLang}>
            {d.conditions}
          </p>
        ) : (
          <p className="mt-2">{t('noConditions')}</p>
        )}
      </Part>

      <Part id="agency" title={t('agency')}>
        <p className="mt-2" lang={detailsLang}>
          {d.implementingAgency}
        </p>
        {d.competentAgency ? (
          <p className="mt-1">
            <span className="font-semibold">{t('competent')}:</span> <span lang={detailsLang}>{d.competentAgency}</span>
          </p>
        ) : null}
      </Part>
      <ProcedureCentres level={level} locale={locale} />

      <Part id="legal" title={t('legalBasis')}>
        <ul className="mt-2 list-disc space-y-1 pl-6" lang={detailsLang}>
          {d.legalBasis.map((l, i) => (
            <li key={i}>
              <span className="font-semibold">{l.number}</span> – {l.summary} ({l.issuer}, {l.date})
            </li>
          ))}
        </ul>
      </Part>
    </>
  );
}
