import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { alternates, cardWords, openGraph } from '@/lib/metadata';
import { cardImage, procedureCardContent } from '@/lib/social-card';
import { HelpfulForm } from '@/components/procedures/HelpfulForm';
import { ViewBeacon } from '@/components/procedures/ViewBeacon';
import { DocumentChecklist } from '@/components/procedures/DocumentChecklist';
import { WizardLink } from '@/components/procedures/wizard/WizardLink';
import { localized } from '@/lib/i18n/localized';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { ProcedureReference, ProcedureSummary } from '@/components/procedures/ProcedureSections';
import { procedureJsonLd as jsonLd } from '@/lib/procedures/structured-data';
import { procedureDetails } from '@/lib/procedures/english';
import { procedureBySlug, relatedProcedures } from '@/server/procedures/queries';

// Cached and refreshed when an editor saves (revalidatePath) or at the latest after an hour.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const { procedure: p } = await procedureBySlug(slug);
  if (!p) return {};
  const title = localized(p, 'title', locale);
  const description = localized(p, 'summary', locale);
  return {
    title,
    description,
    alternates: alternates(locale, { pathname: '/procedures/[slug]', params: { slug } }),
    openGraph: await openGraph(
      locale,
      { pathname: '/procedures/[slug]', params: { slug } },
      {
        title,
        description,
        type: 'article',
        modifiedTime: p.updatedAt.toISOString(),
        images: [cardImage(procedureCardContent(locale, await cardWords(locale), p), { procedure: p.slug })],
      },
    ),
  };
}

export default async function ProcedurePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { procedure: p, redirectTo } = await procedureBySlug(slug);
  if (redirectTo)
    permanentRedirect(getPathname({ locale, href: { pathname: '/procedures/[slug]', params: { slug: redirectTo } } }));
  if (!p) notFound();
  const [t, tSummary, format, related] = await Promise.all([
    getTranslations('Procedures'),
    getTranslations('ProcedureSummary'),
    getFormatter(),
    relatedProcedures(p),
  ]);
  // The details in the page's language: English where translated, else Vietnamese (marked lang="vi").
  const d = procedureDetails(p, locale);
  const detailsLang = d.translated ? undefined : 'vi';
  const base = process.env.PUBLIC_URL ?? 'http://localhost:3000';
  const url = new URL(
    getPathname({ locale, href: { pathname: '/procedures/[slug]', params: { slug } } }),
    base,
  ).toString();
  const listUrl = new URL(getPathname({ locale, href: '/procedures' }), base).toString();
  const homeUrl = new URL(getPathname({ locale, href: '/' }), base).toString();
  const title = localized(p, 'title', locale);
  return (
    <article className="max-w-3xl" data-testid="procedure">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: jsonLd(p, locale, url, listUrl, homeUrl, {
            home: t('breadcrumbHome'),
            list: t('title'),
            area: tSummary('areaServed'),
            channel: (c) => t(`channels.${c}`),
          }),
        }}
      />
      <Breadcrumbs
        label={t('breadcrumb')}
        className="no-print mb-4 text-sm"
        steps={[
          { href: '/', text: t('breadcrumbHome') },
          { href: '/procedures', text: t('title') },
        ]}
      />
      <p className="text-muted">{localized(p.field, 'name', locale)}</p>
      <h1 className="text-3xl leading-tight font-bold md:text-4xl">{title}</h1>
      <p className="mt-3 text-xl">{localized(p, 'summary', locale)}</p>
      {d.translated ? null : (
        <p className="mt-2 text-muted" data-testid="vietnamese-only">
          {t('vietnameseOnly')}
        </p>
      )}

      <ProcedureSummary procedure={p} details={d} />

      {d.uncertain ? (
        <div className="mt-6 border-l-4 border-yellow-500 bg-yellow-50 p-4" data-testid="uncertain">
          <p className="font-semibold">{t('uncertain')}</p>
          <p lang={detailsLang}>{d.uncertain}</p>
        </div>
      ) : null}

      <section aria-labelledby="steps-heading" className="mt-8">
        <h2 id="steps-heading" className="text-2xl font-bold">
          {t('steps')}
        </h2>
        <ol className="mt-3 list-decimal space-y-2 pl-6" lang={detailsLang}>
          {d.steps.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ol>
      </section>

      <WizardLink slug={p.slug} />
      <DocumentChecklist documents={d.documents} lang={detailsLang} />

      <ProcedureReference level={p.level} details={d} locale={locale} />

      {/* One <div> per term: a <dl> may hold only dt, dd and div (the <br> it had was invalid HTML). */}
      <dl className="mt-8 text-sm text-muted" data-testid="procedure-meta">
        <div>
          <dt className="inline">{t('code')}:</dt>{' '}
          <dd className="inline" data-testid="procedure-code">
            {p.code} {p.codeVerified ? null : t('codeUnverified')}
          </dd>
        </div>
        {p.decisionNumber ? (
          <div>
            <dt className="inline">{t('decision')}:</dt> <dd className="inline">{p.decisionNumber}</dd>
          </div>
        ) : null}
        <div>
          <dt className="sr-only">{tSummary('updated')}</dt>
          <dd className="inline">{t('lastUpdated', { date: format.dateTime(p.updatedAt, { dateStyle: 'long' }) })}</dd>
        </div>
      </dl>

      <HelpfulForm code={p.code} locale={locale} />
      <ViewBeacon code={p.code} />

      {related.length ? (
        <section aria-labelledby="related-heading" className="no-print mt-10">
          <h2 id="related-heading" className="text-2xl font-bold">
            {t('related')}
          </h2>
          <ul className="mt-2 space-y-1">
            {related.map((r) => (
              <li key={r.slug}>
                <Link href={{ pathname: '/procedures/[slug]', params: { slug: r.slug } }}>
                  {localized(r, 'title', locale)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
