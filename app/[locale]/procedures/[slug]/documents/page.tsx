import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { alternates, openGraph } from '@/lib/metadata';
import { localized } from '@/lib/i18n/localized';
import { cityDay } from '@/lib/reports/deadline';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { WizardAnswers } from '@/components/procedures/wizard/WizardAnswers';
import { WizardQuestion } from '@/components/procedures/wizard/WizardQuestion';
import { ClientMessages } from '@/components/i18n/ClientMessages';
import { WizardResult } from '@/components/procedures/wizard/WizardResult';
import { wizardHref } from '@/components/procedures/wizard/href';
import { answersBefore, dueDay, walk, type Query } from '@/lib/procedures/wizards/engine';
import { wizardFor } from '@/lib/procedures/wizards';
import { procedureBySlug } from '@/server/procedures/queries';
import { publicHolidays } from '@/server/reports/calendar';

// "Which documents do I need?" (docs/decisions/038-document-wizards.md): one question a page as a
// plain GET form, the answers in the query string; the result's address is its share link. Public,
// no session: rendered per request since the due day counts from today.
type Props = { params: Promise<{ locale: Locale; slug: string }>; searchParams: Promise<Query> };

const href = wizardHref;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!wizardFor(slug)) return {};
  const [{ procedure: p }, query, t] = await Promise.all([
    procedureBySlug(slug),
    searchParams,
    getTranslations({ locale, namespace: 'ProcedureWizard' }),
  ]);
  if (!p) return {};
  const procedure = localized(p, 'title', locale);
  const title = t('metaTitle', { procedure });
  const description = t('metaDescription', { procedure });
  return {
    title,
    description,
    // Every answered address points to the wizard's start; only the start is listed.
    alternates: alternates(locale, href(slug)),
    openGraph: await openGraph(locale, href(slug), { title, description }),
    ...(Object.keys(query).length ? { robots: { index: false } } : {}),
  };
}

export default async function DocumentWizardPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const wizard = wizardFor(slug);
  if (!wizard) notFound();
  const [{ procedure: p }, query, t, tp] = await Promise.all([
    procedureBySlug(slug),
    searchParams,
    getTranslations('ProcedureWizard'),
    getTranslations('Procedures'),
  ]);
  if (!p) notFound();
  const step = walk(wizard, query);
  const title = localized(p, 'title', locale);
  const base = process.env.PUBLIC_URL ?? 'http://localhost:3000';
  const action = getPathname({ locale, href: href(slug) });

  let body;
  if (step.kind === 'question') {
    const asked = Object.keys(step.answers);
    const last = asked[asked.length - 1];
    body = (
      // Its error summary is a client component that translates (the form helpers' messages).
      <ClientMessages locale={locale} namespaces={[]}>
        <WizardQuestion
          slug={slug}
          locale={locale}
          action={action}
          question={step.question}
          answers={step.answers}
          number={step.number}
          error={step.error}
          back={last ? answersBefore(step.answers, last) : null}
        />
      </ClientMessages>
    );
  } else if (step.kind === 'elsewhere') {
    const { procedure: other } = await procedureBySlug(step.slug);
    const answer = step.question.options.find((o) => o.id === step.answers[step.question.id])!;
    body = (
      <div data-testid="wizard-elsewhere">
        <WizardAnswers slug={slug} locale={locale} wizard={wizard} answers={step.answers} />
        <h2 className="mt-8 text-2xl font-bold">{t('elsewhereTitle')}</h2>
        <p className="mt-2">
          {t('elsewhereText', {
            answer: answer.label[locale],
            procedure: other ? localized(other, 'title', locale) : step.slug,
          })}
        </p>
        <p className="mt-4">
          <ButtonLink href={href(step.slug)} size="lg">
            {t('elsewhereButton')}
          </ButtonLink>
        </p>
      </div>
    );
  } else {
    const now = new Date();
    const due = dueDay(now, step.outcome.time, await publicHolidays());
    const shareUrl = new URL(getPathname({ locale, href: href(slug, step.answers) }), base).toString();
    body = (
      <>
        <WizardAnswers slug={slug} locale={locale} wizard={wizard} answers={step.answers} />
        <WizardResult
          locale={locale}
          outcome={step.outcome}
          procedure={p}
          today={cityDay(now)}
          due={due}
          shareUrl={shareUrl}
          uncertain={wizard.uncertain}
        />
      </>
    );
  }

  return (
    <article className="max-w-3xl" data-testid="procedure-wizard">
      <Breadcrumbs
        label={tp('breadcrumb')}
        className="no-print mb-4 text-sm"
        steps={[
          { href: '/', text: tp('breadcrumbHome') },
          { href: '/procedures', text: tp('title') },
          { href: { pathname: '/procedures/[slug]', params: { slug } }, text: title },
        ]}
      />
      <p className="text-muted">{title}</p>
      <h1 className="text-3xl leading-tight font-bold md:text-4xl">{t('title')}</h1>
      {step.kind === 'question' && step.number === 1 ? <p className="mt-3 text-lg">{t('intro')}</p> : null}
      <div className="mt-6">{body}</div>
      <p className="no-print mt-10 flex flex-wrap gap-x-6 gap-y-2">
        {step.kind !== 'question' || step.number > 1 ? <Link href={href(slug)}>{t('startAgain')}</Link> : null}
        <Link href={{ pathname: '/procedures/[slug]', params: { slug } }}>{t('fullProcedure')}</Link>
      </p>
    </article>
  );
}
