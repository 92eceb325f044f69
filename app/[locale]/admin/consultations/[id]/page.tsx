import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { CloseEarlyForm, ConsultationEditor, OutcomeForm } from '@/components/consultations/admin/AdminForms';
import { CommentModeration } from '@/components/consultations/admin/CommentModeration';
import { parseEditing, QuestionBuilder } from '@/components/consultations/admin/QuestionBuilder';
import { Button } from '@/components/ui/Button';
import { Notice, PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { dateToCityTime } from '@/lib/consultations/admin';
import { dateFormat } from '@/lib/consultations/format';
import { CONSULTATION_TOPICS } from '@/lib/consultations/rules';
import { isErrorCode } from '@/lib/errors';
import { localized } from '@/lib/i18n/localized';
import { pageMetadata } from '@/lib/metadata';
import { parsePage } from '@/lib/pagination';
import { consultationForEdit, hiddenAnswers } from '@/server/consultations/admin';
import { moderateAction, publishAction } from '@/server/consultations/admin-actions';
import { errorTextIn } from '@/server/i18n';
import { wardOptions } from '@/server/places/queries';
import { requirePermission } from '@/server/session';

type Props = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'ConsultationAdmin.title' });

export default async function EditConsultationPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const basePath = getPathname({ locale, href: { pathname: '/admin/consultations/[id]', params: { id } } });
  await requirePermission('consultation:manage', basePath);
  const c = await consultationForEdit(id);
  if (!c) notFound();
  const query = await searchParams;
  const [t, tc, tt, moderation, wards] = await Promise.all([
    getTranslations('ConsultationAdmin'),
    getTranslations('Consultations.topics'),
    getTranslations('ConsultationTally'),
    hiddenAnswers(c.id, parsePage(query.mpage)),
    wardOptions(locale),
  ]);
  const date = dateFormat(locale, true);
  const error = isErrorCode(query.error) ? query.error : null;
  const title = localized(c, 'title', locale);
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/consultations">← {t('back')}</Link>
      </p>
      <PageHeader title={title} lead={t('summary', { state: t(`states.${c.state}`), count: c.responses })} />
      {error ? (
        <div
          role="alert"
          id="page-error"
          className="mb-6 max-w-3xl border-l-4 border-accent bg-red-50 p-4"
          data-testid="page-error"
        >
          <h2 className="font-bold">{t('refused')}</h2>
          <p>{errorTextIn(locale, error)}</p>
        </div>
      ) : query.saved ? (
        <Notice tone="success" testId="saved">
          {t('saved')}
        </Notice>
      ) : null}
      {c.closedEarlyAt && c.closeReason ? (
        <Notice testId="closed-early">
          {t('closedEarly', { date: date.format(c.closedEarlyAt), reason: c.closeReason })}
        </Notice>
      ) : null}

      <div className="mb-8 flex flex-wrap items-center gap-6">
        <Link href={{ pathname: '/admin/consultations/[id]/preview', params: { id: c.id } }} data-testid="preview-link">
          {tt('preview')}
        </Link>
        {c.status === 'PUBLISHED' ? (
          <Link href={{ pathname: '/consultations/[slug]', params: { slug: c.slug } }}>{t('viewPublic')}</Link>
        ) : (
          <form action={publishAction} className="flex flex-wrap items-center gap-4">
            <input type="hidden" name="consultationId" value={c.id} />
            <input type="hidden" name="id" value={c.id} />
            <Button type="submit">{t('publish')}</Button>
            <span className="text-muted">{t('publishLead')}</span>
          </form>
        )}
      </div>

      <section aria-labelledby="details-title">
        <h2 id="details-title" className="mb-4 text-2xl font-bold">
          {t('details')}
        </h2>
        <ConsultationEditor
          topics={CONSULTATION_TOPICS.map((value) => ({ value, label: tc(value) }))}
          wards={{ options: wards, selected: c.wardCodes, legend: tt('wardsLegend'), hint: tt('wardsHint') }}
          values={{
            id: c.id,
            slug: c.slug,
            titleVi: c.titleVi,
            titleEn: c.titleEn,
            summaryVi: c.summaryVi,
            summaryEn: c.summaryEn,
            bodyVi: c.bodyVi,
            bodyEn: c.bodyEn,
            topic: c.topic,
            opensAt: dateToCityTime(c.opensAt),
            closesAt: dateToCityTime(c.closesAt),
            resultsRule: c.resultsRule,
          }}
        />
      </section>

      <QuestionBuilder c={c} locale={locale} editing={parseEditing(query.edit)} />

      <CommentModeration locale={locale} c={c} basePath={basePath} page={parsePage(query.cpage)} />

      {c.state === 'open' ? (
        <section aria-labelledby="close-title" className="mt-12 max-w-3xl">
          <h2 id="close-title" className="text-2xl font-bold">
            {t('close')}
          </h2>
          <p className="mb-4">{t('closeLead')}</p>
          <CloseEarlyForm id={c.id} />
        </section>
      ) : null}

      {c.status === 'PUBLISHED' ? (
        <section aria-labelledby="outcome-title" className="mt-12 max-w-3xl">
          <h2 id="outcome-title" className="text-2xl font-bold">
            {t('outcome')}
          </h2>
          <p className="mb-4">{t('outcomeLead')}</p>
          {c.outcomePublishedAt ? (
            <p className="mb-4">{t('outcomePublished', { date: date.format(c.outcomePublishedAt) })}</p>
          ) : null}
          {c.state === 'closed' ? (
            <OutcomeForm id={c.id} outcomeVi={c.outcomeVi ?? ''} outcomeEn={c.outcomeEn ?? ''} />
          ) : (
            <p>{t('outcomeNotYet')}</p>
          )}
        </section>
      ) : null}

      {c.status === 'PUBLISHED' ? (
        <section aria-labelledby="export-title" className="mt-12 max-w-3xl" data-testid="export">
          <h2 id="export-title" className="text-2xl font-bold">
            {tt('exportTitle')}
          </h2>
          {c.state === 'closed' || (c.state === 'open' && c.resultsRule === 'AFTER_ANSWER') ? (
            <>
              <p className="mb-2">{tt('exportLead')}</p>
              <ul className="flex flex-wrap gap-6">
                {(['csv', 'json'] as const).map((format) => (
                  <li key={format}>
                    <a
                      href={`/api/admin/consultations/${encodeURIComponent(c.id)}/responses?format=${format}&lang=${locale}`}
                      download
                      data-testid={`export-${format}`}
                    >
                      {format === 'csv' ? tt('exportCsv') : tt('exportJson')}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{tt('exportSealed')}</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="moderation-title" className="mt-12 max-w-3xl" id="moderation">
        <h2 id="moderation-title" className="text-2xl font-bold">
          {t('moderation')}
        </h2>
        <p>{t('moderationLead')}</p>
        {moderation.total === 0 ? <p className="mt-4">{t('noHidden')}</p> : null}
        <ul className="mt-4 space-y-6" data-testid="hidden-answers">
          {moderation.answers.map((a) => (
            <li key={a.id} className="border-l-4 border-slate-300 pl-4" data-testid="hidden-answer">
              <p className="text-muted">
                {t('question', { n: a.question.position })}: {locale === 'en' ? a.question.textEn : a.question.textVi}
              </p>
              <blockquote className="mt-1 whitespace-pre-line">{a.text}</blockquote>
              <p className="mt-1 text-sm text-muted">
                {a.moderatedAt ? t('reviewed', { date: date.format(a.moderatedAt) }) : t('notReviewed')}
              </p>
              <div className="mt-2 flex flex-wrap gap-2">
                {(['yes', 'no'] as const).map((visible) => (
                  <form key={visible} action={moderateAction}>
                    <input type="hidden" name="consultationId" value={c.id} />
                    <input type="hidden" name="id" value={a.id} />
                    <input type="hidden" name="visible" value={visible} />
                    <Button type="submit" size="sm" variant={visible === 'yes' ? 'primary' : 'secondary'}>
                      {visible === 'yes' ? t('show') : t('keepHidden')}
                    </Button>
                  </form>
                ))}
              </div>
            </li>
          ))}
        </ul>
        <Pagination
          page={moderation.page}
          pages={moderation.pages}
          label={t('moderationPages')}
          href={(p) => `${p > 1 ? `${basePath}?mpage=${p}` : basePath}#moderation`}
        />
      </section>
    </>
  );
}
