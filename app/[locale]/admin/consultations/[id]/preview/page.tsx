import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { AnswerFormPreview } from '@/components/consultations/AnswerForm';
import { PageHeader } from '@/components/ui/PageHeader';
import { dateFormat } from '@/lib/consultations/format';
import type { ConsultationTopic } from '@/lib/consultations/rules';
import { localized } from '@/lib/i18n/localized';
import { pageMetadata } from '@/lib/metadata';
import { consultationForEdit } from '@/server/consultations/admin';
import { questionRules } from '@/server/consultations/queries';
import { wardOptions } from '@/server/places/queries';
import { requirePermission } from '@/server/session';

// "Preview as a resident": a consultation, draft or published, as its public page shows it, with
// the answer form that cannot be sent. For editors and administrators only.

type Props = { params: Promise<{ locale: Locale; id: string }> };

export const generateMetadata = pageMetadata({ title: 'ConsultationTally.preview' });

export default async function PreviewConsultationPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission(
    'consultation:manage',
    getPathname({ locale, href: { pathname: '/admin/consultations/[id]/preview', params: { id } } }),
  );
  const c = await consultationForEdit(id);
  if (!c) notFound();
  const [t, tc, td, wards] = await Promise.all([
    getTranslations('ConsultationTally'),
    getTranslations('Consultations'),
    getTranslations('Consultations.detail'),
    wardOptions(locale),
  ]);
  const date = dateFormat(locale, true);
  const wardNames = c.wardCodes.map((code) => wards.find((w) => w.value === code)?.label ?? code);
  const rules = questionRules(c.questions);
  return (
    <>
      <p className="mb-4">
        <Link href={{ pathname: '/admin/consultations/[id]', params: { id } }}>← {t('previewBack')}</Link>
      </p>
      <p
        role="note"
        className="mb-6 max-w-3xl border-l-4 border-amber-600 bg-amber-50 p-4 font-semibold"
        data-testid="preview-notice"
      >
        {t('previewNotice')}
      </p>
      <PageHeader
        title={t('previewTitle', { title: localized(c, 'title', locale) })}
        lead={localized(c, 'summary', locale)}
      >
        <p className="mt-3 font-semibold">{tc(`topics.${c.topic as ConsultationTopic}`)}</p>
      </PageHeader>
      <dl className="grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]" data-testid="consultation-facts">
        <dt className="font-semibold">{td('dates')}</dt>
        <dd>
          {td('from')} {date.format(c.opensAt)} · {td('to')} {date.format(c.closesAt)}
        </dd>
        <dt className="font-semibold">{td('who')}</dt>
        <dd data-testid="consultation-scope">
          {wardNames.length ? td('wards', { wards: wardNames.join(', ') }) : td('wholeCity')}
        </dd>
      </dl>
      <div className="mt-6 max-w-3xl">
        {localized(c, 'body', locale)
          .split(/\n{2,}/)
          .filter(Boolean)
          .map((p, i) => (
            <p key={i} className="mt-3">
              {p}
            </p>
          ))}
      </div>
      <section aria-labelledby="questions-title" className="mt-8 max-w-3xl">
        <h2 id="questions-title" className="mb-4 text-2xl font-bold">
          {td('questions')}
        </h2>
        <AnswerFormPreview
          questions={c.questions.map((q, i) => ({ ...q, ...rules[i]!, options: q.options }))}
          submitLabel={t('previewSubmit')}
        />
      </section>
    </>
  );
}
