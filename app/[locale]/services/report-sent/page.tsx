import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { PageHeader } from '@/components/ui/PageHeader';
import { pageMetadata } from '@/lib/metadata';

export const generateMetadata = pageMetadata({ title: 'Services.reportSentTitle' });

/** Where a resident lands after sending a correction to a directory entry. */
export default async function ReportSentPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Services');
  return (
    <div data-testid="report-sent">
      <PageHeader title={t('reportSentTitle')} lead={t('reportSentLead')} />
      <p>
        <Link href="/services">{t('backToDirectory')}</Link>
      </p>
    </div>
  );
}
