import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { CityCurve } from '@/components/campaign/CityCurve';
import { ProgressBar } from '@/components/campaign/ProgressBar';
import { UnitTable } from '@/components/campaign/UnitTable';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { PageHeader } from '@/components/ui/PageHeader';
import { CAMPAIGN_KINDS, KIND_SLUGS, kindFromSlug, MIN_RANKED, percentOf, shareOf } from '@/lib/campaign/rules';
import { publicMetadata } from '@/lib/metadata';
import { campaignBoard } from '@/server/campaign/queries';

// GET /vi/tro-thanh-cong-dan-so?kind=school — the campaign's public board: the same for everyone,
// counted from verified sign-ups on each request (the front cache keeps it a couple of seconds).

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Campaign' });
  return publicMetadata(locale, '/campaign', { title: t('title'), description: t('lead') });
}

export default async function CampaignPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const kindParam = query.kind;
  const kind = kindParam === undefined || kindParam === '' ? null : kindFromSlug(kindParam);
  if (kindParam !== undefined && kindParam !== '' && !kind) notFound();
  const [t, board] = await Promise.all([getTranslations('Campaign'), campaignBoard(kind)]);
  const base = getPathname({ locale, href: '/campaign' });
  const cityShare = shareOf(board.city.registered, board.city.target);
  const filters = [
    { slug: null, label: t('allKinds') },
    ...CAMPAIGN_KINDS.map((k) => ({ slug: KIND_SLUGS[k], label: t(`kinds.${k}`) })),
  ];
  const heading = kind ? t('tableHeadingKind', { kind: t(`kinds.${kind}`) }) : t('tableHeading');
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')}>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <ButtonLink href="/sign-up">{t('join')}</ButtonLink>
          <p>
            {t('joinHint')} <Link href="/account">{t('account')}</Link>
          </p>
        </div>
      </PageHeader>

      <section aria-labelledby="campaign-city" className="mb-10 max-w-3xl">
        <h2 id="campaign-city" className="mb-2 text-2xl font-bold">
          {t('cityHeading')}
        </h2>
        <p className="mb-2 text-lg" data-testid="campaign-city-total">
          {t('cityTotal', {
            registered: board.city.registered,
            target: board.city.target,
            percent: percentOf(cityShare),
            units: board.city.units,
          })}
        </p>
        <ProgressBar share={cityShare} />
        <h3 className="mt-6 mb-2 text-xl font-bold">{t('curveHeading')}</h3>
        <CityCurve points={board.curve} locale={locale} />
      </section>

      <section aria-labelledby="campaign-ranking">
        <h2 id="campaign-ranking" className="mb-2 text-2xl font-bold">
          {heading}
        </h2>
        <p className="mb-4 max-w-3xl">{t('rankRule', { min: MIN_RANKED })}</p>
        <nav aria-label={t('filterLabel')} className="mb-4">
          <ul className="flex flex-wrap gap-2">
            {filters.map((f) => {
              const current = (f.slug ?? null) === (kind ? KIND_SLUGS[kind] : null);
              return (
                <li key={f.slug ?? 'all'}>
                  <a
                    href={f.slug ? `${base}?kind=${f.slug}` : base}
                    aria-current={current ? 'page' : undefined}
                    className={`inline-block border-2 border-brand-700 px-3 py-1 ${current ? 'bg-brand-700 text-white' : 'bg-white'}`}
                  >
                    {f.label}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        {board.units.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <UnitTable units={board.units} locale={locale} caption={t('tableCaption')} />
        )}
      </section>
    </>
  );
}
