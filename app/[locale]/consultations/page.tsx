import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { z } from 'zod';
import { getPathname } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { ConsultationList } from '@/components/consultations/ConsultationList';
import { ConsultationFilters } from '@/components/consultations/ConsultationFilters';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination, queryHref } from '@/components/ui/Pagination';
import { CONSULTATION_TOPICS } from '@/lib/consultations/rules';
import { pageMetadata } from '@/lib/metadata';
import { parsePage } from '@/lib/pagination';
import { consultationWards, listConsultations } from '@/server/consultations/queries';
import { env } from '@/server/env';

// Public consultations: open ones with the time left, upcoming ones, and closed ones with their
// results and outcome. Rendered per request: the response counts change with every answer.

const baseMetadata = pageMetadata({
  title: 'Sections.consultations.title',
  description: 'Sections.consultations.lead',
  path: '/consultations',
});

/** The page's metadata, with the Atom feed of consultations opening and closing in its language. */
export async function generateMetadata(props: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const base = await baseMetadata(props);
  const locale = (await props.params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'ConsultationFeed' });
  const feed = new URL(getPathname({ locale, href: '/consultations/atom' }), env().PUBLIC_URL).toString();
  return {
    ...base,
    alternates: { ...base.alternates, types: { 'application/atom+xml': [{ url: feed, title: t('title') }] } },
  };
}

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const query = z.object({
  topic: z.enum(CONSULTATION_TOPICS).optional().catch(undefined),
  ward: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
});

export default async function ConsultationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = await searchParams;
  const one = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const filters = query.parse({ topic: one(raw.topic), ward: one(raw.ward) });
  const now = new Date();
  const [tSections, t, list, wards] = await Promise.all([
    getTranslations('Sections'),
    getTranslations('Consultations.list'),
    listConsultations(filters, parsePage(raw.page), now),
    consultationWards(),
  ]);
  const basePath = getPathname({ locale, href: '/consultations' });
  const kept: Record<string, string> = {};
  if (filters.topic) kept.topic = filters.topic;
  if (filters.ward) kept.ward = filters.ward;

  return (
    <>
      <PageHeader title={tSections('consultations.title')} lead={tSections('consultations.lead')} />
      <ConsultationFilters action={basePath} topic={filters.topic} ward={filters.ward} wards={wards} locale={locale} />
      <ConsultationList id="open" title={t('open')} empty={t('noneOpen')} items={list.open} locale={locale} now={now} />
      <ConsultationList
        id="upcoming"
        title={t('upcoming')}
        empty={t('noneUpcoming')}
        items={list.upcoming}
        locale={locale}
        now={now}
      />
      <ConsultationList
        id="closed"
        title={t('closed')}
        empty={t('noneClosed')}
        items={list.closed}
        locale={locale}
        now={now}
      />
      <Pagination
        page={list.closedPage}
        pages={list.closedPages}
        href={queryHref(basePath, kept)}
        label={t('closedPages')}
        variant="boxed"
      />
    </>
  );
}
