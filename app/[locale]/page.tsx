import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { QuickPollSlot } from '@/components/consultations/QuickPollSlot';
import { HomeCampaign } from '@/components/home/HomeCampaign';
import { HomeConsultations } from '@/components/home/HomeConsultations';
import { HomeNews } from '@/components/home/HomeNews';
import { HomeServices } from '@/components/home/HomeServices';
import { HomeStats } from '@/components/home/HomeStats';
import { VisitorOnly } from '@/components/layout/VisitorOnly';
import { ReportLookup } from '@/components/reports/ReportLookup';
import { QuickActions } from '@/components/home/QuickActions';
import { ProcedureSearchForm } from '@/components/procedures/SearchForm';
import { HOME_PLACEMENT } from '@/lib/consultations/comments';
import { publicMetadata } from '@/lib/metadata';

// The front door: the procedure search, the three quick actions, the latest news, open
// consultations, the home quick poll, the reports in figures with a tracking-code lookup, the
// services directory's shortcuts and the campaign's progress. Public and the same for everyone
// (nothing per person, no cookie): rendered once, refreshed in the background every minute, served
// from the front cache. Server-rendered parts only; the search box's suggestions are its one script.
export const revalidate = 60;

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return publicMetadata(locale, '/', { og: { title: t('siteName'), description: t('description') } });
}

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('HomePage');
  const now = new Date();
  return (
    <>
      <section className="mb-10 max-w-3xl">
        <h1 className="text-4xl leading-tight font-bold md:text-5xl">{t('title')}</h1>
        <p className="mt-4 text-xl text-muted">{t('lead')}</p>
        <div className="mt-6">
          <ProcedureSearchForm locale={locale} id="home-procedure-search" />
        </div>
      </section>

      <QuickActions />

      <div className="mb-12 grid gap-12 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <HomeNews locale={locale} />
        </div>
        <div className="space-y-12">
          <HomeConsultations locale={locale} now={now} />
          <QuickPollSlot placement={HOME_PLACEMENT} locale={locale} />
        </div>
      </div>

      <div className="mb-12">
        <HomeStats locale={locale} now={now} />
        <ReportLookup />
      </div>

      <div className="mb-12 grid gap-12 lg:grid-cols-2">
        <HomeServices />
        <HomeCampaign locale={locale} now={now} />
      </div>

      <VisitorOnly>
        <section className="max-w-3xl bg-brand-700 p-6 text-white">
          <h2 className="text-2xl font-bold">{t('join')}</h2>
          <p className="mt-2">{t('joinLead')}</p>
          <p className="mt-4">
            <Link
              href="/sign-up"
              className="inline-block rounded bg-white px-5 py-3 font-semibold text-brand-800 no-underline hover:bg-brand-50"
            >
              {t('join')}
            </Link>
          </p>
        </section>
      </VisitorOnly>
    </>
  );
}
