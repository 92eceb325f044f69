import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { PageHeader } from '@/components/ui/PageHeader';
import { SynonymForm } from '@/components/procedures/SynonymForm';
import { pageMetadata } from '@/lib/metadata';
import { deleteSynonymAction } from '@/server/procedures/actions';
import { listSynonyms } from '@/server/procedures/editor';
import { requirePermission } from '@/server/session';

export const generateMetadata = pageMetadata({ title: 'Editor.synonyms' });

export default async function SynonymsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission('synonym:edit', getPathname({ locale, href: '/admin/synonyms' }));
  const [t, rows] = await Promise.all([getTranslations('Editor'), listSynonyms()]);
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/procedures">← {t('title')}</Link>
      </p>
      <PageHeader title={t('synonyms')} lead={t('synonymsLead')} />
      <section aria-labelledby="new-synonym" className="mb-10 max-w-2xl border-l-4 border-brand-700 bg-brand-50 p-4">
        <h2 id="new-synonym" className="mb-3 text-xl font-bold">
          {t('addSynonym')}
        </h2>
        <SynonymForm />
      </section>
      <ul className="max-w-2xl space-y-8" data-testid="synonyms">
        {rows.map((s) => (
          <li key={s.id} className="border-t pt-4">
            <SynonymForm id={s.id} term={s.term} expansions={s.expansions.join(', ')} />
            <form action={deleteSynonymAction} className="mt-2">
              <input type="hidden" name="id" value={s.id} />
              <button type="submit" className="text-accent underline">
                {t('delete')} “{s.term}”
              </button>
            </form>
          </li>
        ))}
      </ul>
    </>
  );
}
