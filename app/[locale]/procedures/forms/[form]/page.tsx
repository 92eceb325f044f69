import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { publicMetadata } from '@/lib/metadata';
import { formBySlug, formTemplates } from '@/lib/forms';
import { formDocumentBytes } from '@/lib/forms/html';
import { FormSheet } from '@/components/procedures/FormSheet';
import { PrintButton } from '@/components/procedures/PrintButton';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';

// A blank form to print: plain data, built once per form and language.
export const dynamicParams = false;
export function generateStaticParams() {
  return formTemplates.map((f) => ({ form: f.slug }));
}

type Props = { params: Promise<{ locale: Locale; form: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, form: slug } = await params;
  const form = formBySlug(slug);
  if (!form) return {};
  const t = await getTranslations({ locale, namespace: 'Procedures' });
  return publicMetadata(
    locale,
    { pathname: '/procedures/forms/[form]', params: { form: slug } },
    { title: t('formsGroup.pageTitle', { name: form.code ? `${form.shortName} – ${form.title}` : form.title }) },
  );
}

export default async function FormPage({ params }: Props) {
  const { locale, form: slug } = await params;
  setRequestLocale(locale);
  const form = formBySlug(slug);
  if (!form) notFound();
  const t = await getTranslations('Procedures');
  const name = form.shortName.charAt(0).toLocaleLowerCase('vi') + form.shortName.slice(1);
  return (
    <>
      <div className="no-print mb-6 max-w-3xl">
        <Breadcrumbs
          label={t('breadcrumb')}
          className="mb-4 text-sm"
          steps={[
            { href: '/', text: t('breadcrumbHome') },
            { href: '/procedures', text: t('title') },
          ]}
        />
        <p>{t('formsGroup.lead')}</p>
        <p className="mt-2 text-sm text-muted">
          {t('formsGroup.reference')}: {form.reference.text}
          {form.reference.verified ? '' : ` (${t('formsGroup.toCheck')})`}
        </p>
        <p className="mt-3 flex flex-wrap items-center gap-4">
          <a href={`/api/forms/${form.slug}`} download={`${form.slug}.html`} className="font-semibold">
            {t('formsGroup.download', { name, size: Math.max(1, Math.round(formDocumentBytes(form) / 1024)) })}
          </a>
        </p>
        <div className="mt-2">
          <PrintButton label={t('formsGroup.print')} fallback={t('formsGroup.printHint')} />
        </div>
      </div>
      <FormSheet form={form} />
    </>
  );
}
