import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { PageHeader } from '@/components/ui/PageHeader';
import { pageMetadata } from '@/lib/metadata';

type Section = 'services';

/** The landing page of a section whose service has not opened yet, in both languages. */
export function sectionLanding(section: Section) {
  return {
    generateMetadata: pageMetadata({
      title: `Sections.${section}.title`,
      description: `Sections.${section}.lead`,
      path: `/${section}`,
    }),
    Page: async function SectionLanding({ params }: { params: Promise<{ locale: Locale }> }) {
      const { locale } = await params;
      setRequestLocale(locale);
      const [t, tLayout] = await Promise.all([getTranslations('Sections'), getTranslations('Layout')]);
      return (
        <>
          <PageHeader title={t(`${section}.title`)} lead={t(`${section}.lead`)} />
          <div className="max-w-3xl border-l-4 border-brand-700 bg-brand-50 p-4">
            <p className="font-semibold">{t('soon')}</p>
            <p className="mt-2">{t('soonLead')}</p>
            <p className="mt-3">
              <Link href="/sign-up">{tLayout('signUp')}</Link>
            </p>
          </div>
        </>
      );
    },
  };
}
