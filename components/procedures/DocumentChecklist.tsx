import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { formsForItem } from '@/lib/forms';
import { formDocumentBytes } from '@/lib/forms/html';
import type { Details } from '@/lib/procedures/english';
import { PrintButton } from './PrintButton';

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/**
 * Thành phần hồ sơ as a checklist. An item whose form has a template on the portal links to its
 * printable page and its download; a form without a template is named without a link. In English the
 * forms are found from the Vietnamese item (`original`); `lang` marks Vietnamese text on the English page.
 */
export async function DocumentChecklist({ documents, lang }: { documents: Details['documents']; lang?: string }) {
  const t = await getTranslations('Procedures');
  return (
    <section aria-labelledby="documents-heading" className="print-keep mt-8" id="documents">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="documents-heading" className="text-2xl font-bold">
          {t('documents')}
        </h2>
        <PrintButton label={t('printChecklist')} fallback={t('formsGroup.printHint')} only="checklist" />
      </div>
      {documents.map((group, gi) => (
        <div key={gi} className="mt-3">
          {group.case ? (
            <h3 className="text-lg font-semibold" lang={lang}>
              {group.case}
            </h3>
          ) : null}
          <ul className="mt-2 space-y-2" data-testid="document-checklist">
            {group.items.map((d, i) => {
              const forms = formsForItem(d.original);
              return (
                <li key={i} className="flex gap-3">
                  <span aria-hidden="true" className="mt-1 inline-block h-5 w-5 shrink-0 border-2 border-ink" />
                  <span>
                    <span lang={lang}>{d.name}</span>
                    <span className="text-muted">
                      {' '}
                      (
                      {[
                        d.originals ? `${t('originals')}: ${d.originals}` : null,
                        d.copies ? `${t('copies')}: ${d.copies}` : null,
                      ]
                        .filter(Boolean)
                        .join(', ')}
                      {d.form ? `; ${t('form')}: ` : ''}
                      {d.form ? <span lang={lang}>{d.form}</span> : null})
                    </span>
                    {d.note ? (
                      <span className="block text-sm text-muted" lang={lang}>
                        {d.note}
                      </span>
                    ) : null}
                    {forms.map((f) => {
                      const name = lowerFirst(f.shortName);
                      return (
                        <span
                          key={f.slug}
                          className="no-print mt-1 flex flex-wrap gap-x-4 text-sm"
                          data-testid="form-links"
                        >
                          {/* At least 24 px tall (WCAG 2.2, 2.5.8 target size); the text alone was 20 px. */}
                          <a
                            href={`/api/forms/${f.slug}`}
                            download={`${f.slug}.html`}
                            className="inline-flex min-h-8 items-center"
                          >
                            {t('formsGroup.download', {
                              name,
                              size: Math.max(1, Math.round(formDocumentBytes(f) / 1024)),
                            })}
                          </a>
                          <Link
                            href={{ pathname: '/procedures/forms/[form]', params: { form: f.slug } }}
                            className="inline-flex min-h-8 items-center"
                          >
                            {t('formsGroup.view', { name })}
                          </Link>
                        </span>
                      );
                    })}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
