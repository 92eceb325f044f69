import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { AnswerForm } from '@/components/consultations/AnswerForm';
import { Comments } from '@/components/consultations/Comments';
import { ClientMessages } from '@/components/i18n/ClientMessages';
import { ConsultationFacts } from '@/components/consultations/ConsultationFacts';
import { Receipt } from '@/components/consultations/Receipt';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { PageHeader } from '@/components/ui/PageHeader';
import { dateFormat } from '@/lib/consultations/format';
import { answerRefusal, answerValues, type ConsultationTopic } from '@/lib/consultations/rules';
import { localized } from '@/lib/i18n/localized';
import { publicMetadata } from '@/lib/metadata';
import { answerAction } from '@/server/consultations/actions';
import { answererFacts, consultationBySlug, ownResponse, questionRules } from '@/server/consultations/queries';
import { errorTextIn } from '@/server/i18n';
import { can } from '@/server/permissions';
import { getCurrentUser } from '@/server/session';

// One consultation: why the city asks, the dates, who may answer, the questions, and for a
// signed-in person the answer form or their receipt. Per request: it depends on the person.
// The only page of the section with client components (the answer and comment forms): it passes
// them their message groups itself, so that the results page carries none (docs/decisions/033).

type Props = {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const c = await consultationBySlug(slug);
  if (!c) return {};
  return publicMetadata(
    locale,
    { pathname: '/consultations/[slug]', params: { slug } },
    { title: localized(c, 'title', locale), description: localized(c, 'summary', locale) },
  );
}

export default async function ConsultationPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const now = new Date();
  const c = await consultationBySlug(slug, now);
  if (!c) notFound();
  const user = await getCurrentUser();
  const [t, tSections, person, response] = await Promise.all([
    getTranslations('Consultations'),
    getTranslations('Sections'),
    user ? answererFacts(user.id) : null,
    user ? ownResponse(c.id, user.id) : null,
  ]);
  const query = await searchParams;
  const justSaved = query.answered === '1' && Boolean(response);
  const page = getPathname({ locale, href: { pathname: '/consultations/[slug]', params: { slug } } });
  const facts = { person, consultation: { ...c, wardCodes: c.wards.map((w) => w.code) }, now };
  const mayAnswer = can(user, 'consultation:answer', facts);
  // What the person lacks (a verified email, a ward in scope), in words.
  const refusal = user && !mayAnswer ? (answerRefusal(facts) ?? 'forbidden') : null;
  const showResults = can(user, 'consultation:results', {
    phase: c.phase,
    resultsRule: c.resultsRule,
    answered: Boolean(response),
  });
  const day = dateFormat(locale);
  const rules = questionRules(c.questions);

  return (
    <ClientMessages locale={locale} namespaces={['Consultations.form', 'Consultations.detail']}>
      <Breadcrumbs
        label={t('detail.breadcrumbs')}
        className="mb-4"
        steps={[
          { href: '/', text: t('detail.home') },
          { href: '/consultations', text: tSections('consultations.title') },
        ]}
      />
      <PageHeader title={localized(c, 'title', locale)} lead={localized(c, 'summary', locale)}>
        <p className="mt-3 font-semibold" data-testid="consultation-phase">
          {t(`topics.${c.topic as ConsultationTopic}`)} · {t(`phases.${c.phase}`)} ·{' '}
          {t('detail.responses', { count: c.responses })}
        </p>
      </PageHeader>
      <ConsultationFacts c={c} locale={locale} />

      <section aria-labelledby="results-title" className="mt-8 max-w-3xl">
        <h2 id="results-title" className="text-2xl font-bold">
          {t('detail.results')}
        </h2>
        {showResults ? (
          <p className="mt-2">
            <Link
              href={{ pathname: '/consultations/[slug]/results', params: { slug } }}
              data-testid="consultation-results-link"
            >
              {t('detail.seeResults')}
            </Link>
          </p>
        ) : (
          <p className="mt-2" data-testid="consultation-results-sealed">
            {c.resultsRule === 'AFTER_ANSWER' && c.phase === 'open'
              ? t('detail.resultsAfterAnswer')
              : t('detail.resultsSealed')}
          </p>
        )}
      </section>

      <section aria-labelledby="questions-title" className="mt-8 max-w-3xl">
        <h2 id="questions-title" className="text-2xl font-bold">
          {t('detail.questions')}
        </h2>
        {response ? (
          <Receipt
            locale={locale}
            receiptCode={response.receiptCode}
            createdAt={response.createdAt}
            updatedAt={response.updatedAt}
            justSaved={justSaved}
            open={c.phase === 'open'}
          />
        ) : null}
        {c.phase === 'upcoming' ? (
          <p className="my-4 border-l-4 border-brand-700 bg-brand-50 p-4" data-testid="consultation-upcoming">
            {t('detail.upcoming', { date: day.format(c.opensAt) })}
          </p>
        ) : null}
        {c.phase === 'closed' ? (
          <p className="my-4 border-l-4 border-brand-700 bg-brand-50 p-4" data-testid="consultation-closed">
            {t('detail.closed', { date: day.format(c.closesAt) })}
          </p>
        ) : null}
        {c.phase === 'open' && !user ? (
          <div className="my-4 border-l-4 border-brand-700 bg-brand-50 p-4">
            <p>{t('detail.signInLead')}</p>
            <p className="mt-3">
              <ButtonLink
                href={{ pathname: '/sign-in', query: { next: page } }}
                size="lg"
                data-testid="consultation-sign-in"
              >
                {t('detail.signIn')}
              </ButtonLink>
            </p>
          </div>
        ) : null}
        {c.phase === 'open' && user && refusal ? (
          <div className="my-4 border-l-4 border-accent p-4" role="note" data-testid="consultation-refusal">
            <p className="font-semibold">{t('detail.refused')}</p>
            <p>{errorTextIn(locale, refusal)}</p>
          </div>
        ) : null}
        {c.phase === 'open' && user && mayAnswer ? (
          <AnswerForm
            questions={c.questions.map((q, i) => ({ ...q, ...rules[i]!, options: q.options }))}
            current={response ? answerValues(response.answers.map(nullsOut), rules) : {}}
            action={answerAction.bind(null, slug)}
            changing={Boolean(response)}
          />
        ) : (
          <ol className="mt-4 list-decimal space-y-3 pl-6" data-testid="consultation-questions">
            {c.questions.map((q) => (
              <li key={q.id}>
                <p className="font-semibold">{localized(q, 'text', locale)}</p>
                {q.options.length ? (
                  <ul className="list-disc pl-6">
                    {q.options.map((o) => (
                      <li key={o.id}>{localized(o, 'text', locale)}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <Comments locale={locale} consultation={c} user={user} page={page} query={query} />
    </ClientMessages>
  );
}

/** A stored answer row without its empty columns. */
function nullsOut(a: {
  questionId: string;
  optionId: string | null;
  scale: number | null;
  rank: number | null;
  text: string | null;
}) {
  return {
    questionId: a.questionId,
    ...(a.optionId !== null ? { optionId: a.optionId } : {}),
    ...(a.scale !== null ? { scale: a.scale } : {}),
    ...(a.rank !== null ? { rank: a.rank } : {}),
    ...(a.text !== null ? { text: a.text } : {}),
  };
}
