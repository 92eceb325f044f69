import { randomUUID } from 'node:crypto';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { ReportForm } from '@/components/reports/report-form/ReportForm';
import { Notice, PageHeader } from '@/components/ui/PageHeader';
import { emptyDraft, normalizeValues } from '@/lib/reports/report-form';
import { pageMetadata } from '@/lib/metadata';
import { REPORT_MAX_PHOTO_BYTES, REPORT_MAX_PHOTOS } from '@/lib/validation/reports/report';
import { env } from '@/server/env';
import { errorTextIn } from '@/server/i18n';
import { loadReportDraft } from '@/server/reports/drafts';
import { reportCategoryOptions } from '@/server/reports/form-options';
import { wardOptions } from '@/server/places/queries';
import { requireUser } from '@/server/session';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// A personal form: not indexed (no `path`, so pageMetadata adds noindex).
export const generateMetadata = pageMetadata({ title: 'ReportForm.title', description: 'ReportForm.metaDescription' });

export default async function NewReportPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const draftId = typeof query.draft === 'string' && /^[a-z0-9]{10,40}$/.test(query.draft) ? query.draft : null;
  const path = getPathname({ locale, href: '/reports/new' });
  const user = await requireUser(draftId ? `${path}?draft=${draftId}` : path);

  const [t, categories, wards, draft] = await Promise.all([
    getTranslations('ReportForm'),
    reportCategoryOptions(locale),
    wardOptions(locale),
    draftId ? loadReportDraft(user.id, draftId) : Promise.resolve(null),
  ]);
  // A new key for every render: the form sends it, and a retry of the same form sends it again.
  const idempotencyKey = randomUUID().replace(/-/g, '');
  const initial = draft
    ? { ...normalizeValues(draft.fields, idempotencyKey), idempotencyKey }
    : emptyDraft(idempotencyKey);
  const { MAP_TILE_URL, MAP_TILE_ATTRIBUTION } = env();

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')}>
        <p className="mt-3 text-lg" data-testid="photo-limits">
          {t('limits', { max: REPORT_MAX_PHOTOS, size: REPORT_MAX_PHOTO_BYTES / (1024 * 1024) })}
        </p>
      </PageHeader>
      {draftId && !draft ? <Notice testId="draft-missing">{t('draftMissing')}</Notice> : null}
      <div className="max-w-3xl">
        <ReportForm
          action="/api/feedback"
          userId={user.id}
          categories={categories}
          wards={wards}
          initial={initial}
          serverErrors={
            draft
              ? Object.fromEntries(Object.entries(draft.errors).map(([name, e]) => [name, errorTextIn(locale, e)]))
              : null
          }
          fromServerDraft={Boolean(draft)}
          tileUrl={MAP_TILE_URL}
          tileAttribution={MAP_TILE_ATTRIBUTION}
          signInHref={getPathname({ locale, href: { pathname: '/sign-in', query: { next: path } } })}
        />
      </div>
    </>
  );
}
