import { publicMetadata } from '@/lib/metadata';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { QuestionResults } from '@/components/consultations/QuestionResults';
import { TallySection, type ReceiptCheck } from '@/components/consultations/TallySection';
import { WardBreakdown } from '@/components/consultations/WardBreakdown';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { PageHeader } from '@/components/ui/PageHeader';
import { dateFormat } from '@/lib/consultations/format';
import { localized } from '@/lib/i18n/localized';
import { publishedConsultation } from '@/server/consultations/queries';
import { resultsFor } from '@/server/consultations/results';
import { checkReceipt, tallyOpen } from '@/server/consultations/tally';
import { AppError } from '@/server/errors';
import { getCurrentUser } from '@/server/session';

// The results of a consultation: sealed until it closes, unless it shows them to a person who has
// answered (docs/decisions/021). Counted in SQL; charts drawn on the server with the same numbers in tables.

type Props = {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const c = await publishedConsultation(slug);
  if (!c) return {};
  const t = await getTranslations({ locale, namespace: 'Consultations.results' });
  const title = t('title', { title: localized(c, 'title', locale) });
  return {
    ...(await publicMetadata(locale, { pathname: '/consultations/[slug]/results', params: { slug } }, { title })),
    robots: { index: c.phase === 'closed' },
  };
}

export default async function ConsultationResultsPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const [t, tSections, user] = await Promise.all([
    getTranslations('Consultations'),
    getTranslations('Sections'),
    getCurrentUser(),
  ]);
  const crumbs = (
    <Breadcrumbs
      label={t('detail.breadcrumbs')}
      className="mb-4"
      steps={[
        { href: '/', text: t('detail.home') },
        { href: '/consultations', text: tSections('consultations.title') },
        { href: { pathname: '/consultations/[slug]', params: { slug } }, text: t('results.back') },
      ]}
    />
  );
  let found;
  try {
    found = await resultsFor(slug, user?.id);
  } catch (error) {
    if (!(error instanceof AppError) || error.code === 'not_found') notFound();
    if (error.error.code !== 'consultationResultsSealed') throw error;
    const c = (await publishedConsultation(slug))!;
    return (
      <>
        {crumbs}
        <PageHeader title={t('results.title', { title: localized(c, 'title', locale) })} />
        <div className="max-w-3xl border-l-4 border-brand-700 bg-brand-50 p-4" data-testid="results-sealed">
          <p className="font-semibold">{t('results.sealedTitle')}</p>
          <p>{t('results.sealed', { date: dateFormat(locale).format(c.closesAt) })}</p>
        </div>
      </>
    );
  }
  const { consultation: c, results } = found;
  // "Is my receipt counted?": a plain GET form, answered here once the tally is published.
  const typed = (await searchParams).receipt;
  let check: ReceiptCheck | null = null;
  if (tallyOpen(c) && typeof typed === 'string' && typed.trim()) {
    check = { typed: typed.slice(0, 40), ...(await checkReceipt(c, typed)) };
  }
  const downloads = (format: 'csv' | 'json') =>
    `/api/consultations/${encodeURIComponent(slug)}/results?format=${format}&lang=${locale}`;
  return (
    <>
      {crumbs}
      <PageHeader title={t('results.title', { title: localized(c, 'title', locale) })}>
        <p className="mt-3 text-xl font-semibold" data-testid="results-respondents">
          {t('results.respondents', { count: results.respondents })}
        </p>
        <p className="mt-1" data-testid="results-status">
          {c.phase === 'closed' ? t('results.final') : t('results.provisional')}
        </p>
      </PageHeader>
      {results.questions.map((q) => (
        <QuestionResults key={q.id} q={q} locale={locale} />
      ))}
      <WardBreakdown results={results} locale={locale} />
      <section aria-labelledby="downloads-title" className="mb-10 max-w-3xl">
        <h2 id="downloads-title" className="text-xl font-bold">
          {t('results.downloads')}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-6">
          <li>
            <a href={downloads('csv')} download data-testid="results-csv">
              {t('results.csv')}
            </a>
          </li>
          <li>
            <a href={downloads('json')} download data-testid="results-json">
              {t('results.json')}
            </a>
          </li>
        </ul>
      </section>
      {tallyOpen(c) ? (
        <TallySection
          slug={slug}
          locale={locale}
          action={getPathname({ locale, href: { pathname: '/consultations/[slug]/results', params: { slug } } })}
          check={check}
        />
      ) : null}
      <p>
        <Link href={{ pathname: '/consultations/[slug]', params: { slug } }}>{t('results.back')}</Link>
      </p>
    </>
  );
}
