import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { Notice, PageHeader } from '@/components/ui/PageHeader';
import { CannedAnswerForm } from '@/components/reports/CannedAnswerForm';
import { deleteCannedAnswerAction } from '@/server/reports/admin-actions';
import { listCannedAnswers } from '@/server/reports/canned-answers';
import { requirePermission } from '@/server/session';
import { localized } from '@/lib/i18n/localized';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'ReportAdmin.cannedTitle' });

export default async function CannedAnswersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const basePath = getPathname({ locale, href: '/admin/canned-answers' });
  const user = await requirePermission('report:work', basePath);
  const query = await searchParams;
  const [t, categories] = await Promise.all([getTranslations('ReportAdmin'), listCannedAnswers(user)]);
  const name = (o: { nameVi: string; nameEn: string }) => localized(o, 'name', locale);
  const other = locale === 'en' ? 'vi' : 'en';
  const manageable = categories.filter((c) => c.manageable).map((c) => ({ value: c.code, label: name(c) }));
  const editId = typeof query.edit === 'string' ? query.edit : undefined;
  const editing = editId
    ? categories
        .flatMap((c) => (c.manageable ? c.cannedAnswers.map((a) => ({ ...a, categoryCode: c.code })) : []))
        .find((a) => a.id === editId)
    : undefined;
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/reports">← {t('back')}</Link>
      </p>
      <PageHeader title={t('cannedTitle')} lead={t('cannedLead')} />
      {typeof query.saved === 'string' ? (
        <Notice tone="success" testId="canned-saved">
          {t('savedCanned')}
        </Notice>
      ) : null}
      {query.deleted === '1' ? (
        <Notice tone="success" testId="canned-deleted">
          {t('deletedCanned')}
        </Notice>
      ) : null}

      {manageable.length ? (
        <section
          aria-labelledby="canned-form-heading"
          className="mb-10 max-w-3xl border-l-4 border-brand-700 bg-brand-50 p-4"
          id="canned-form"
        >
          <h2 id="canned-form-heading" className="mb-3 text-xl font-bold">
            {editing ? t('editCanned') : t('newCanned')}
          </h2>
          <CannedAnswerForm key={editing?.id ?? 'new'} categories={manageable} values={editing} />
          {editing ? (
            <p className="mt-4">
              <a href={basePath}>{t('cancelEdit')}</a>
            </p>
          ) : null}
        </section>
      ) : (
        <p className="mb-8 max-w-3xl">{t('nothingToManage')}</p>
      )}

      <div className="max-w-4xl space-y-10" data-testid="canned-answers">
        {categories.map((c) => (
          <section key={c.code} aria-labelledby={`cat-${c.code}`}>
            <h2 id={`cat-${c.code}`} className="mb-2 border-b-2 border-ink pb-1 text-2xl font-bold">
              {name(c)}
            </h2>
            {!c.manageable ? <p className="mb-2 text-muted">{t('readOnly')}</p> : null}
            {c.cannedAnswers.length === 0 ? <p>{t('noneInCategory')}</p> : null}
            <ul className="space-y-6">
              {c.cannedAnswers.map((a) => (
                <li key={a.id} className="border-l-4 border-slate-300 pl-4" data-testid="canned-answer">
                  <h3 className="text-lg font-bold">{localized(a, 'title', locale)}</h3>
                  <p className="whitespace-pre-line">{localized(a, 'body', locale)}</p>
                  <details className="mt-2">
                    <summary className="cursor-pointer text-brand-700 underline">{t('otherLanguage')}</summary>
                    <p className="mt-1 font-semibold">{localized(a, 'title', other)}</p>
                    <p className="whitespace-pre-line">{localized(a, 'body', other)}</p>
                  </details>
                  {c.manageable ? (
                    <div className="mt-2 flex flex-wrap items-center gap-6">
                      <a
                        href={`${basePath}?edit=${encodeURIComponent(a.id)}#canned-form`}
                        aria-label={t('editNamed', { title: a.titleVi })}
                      >
                        {t('edit')}
                      </a>
                      <form action={deleteCannedAnswerAction}>
                        <input type="hidden" name="id" value={a.id} />
                        <button type="submit" className="text-accent underline">
                          {t('deleteNamed', { title: localized(a, 'title', locale) })}
                        </button>
                      </form>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
