import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { ArticleForm } from '@/components/news/admin/ArticleForm';
import { articleFormOptions } from '@/components/news/admin/options';
import { PageHeader } from '@/components/ui/PageHeader';
import { dateToCityTime } from '@/lib/consultations/admin';
import { pageMetadata } from '@/lib/metadata';
import { requirePermission } from '@/server/session';

export const generateMetadata = pageMetadata({ title: 'NewsAdmin.newTitle' });

export default async function NewArticlePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission('news:manage', getPathname({ locale, href: '/admin/news/new' }));
  const [t, options] = await Promise.all([getTranslations('NewsAdmin'), articleFormOptions(locale)]);
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/news">← {t('back')}</Link>
      </p>
      <PageHeader title={t('newTitle')} lead={t('saveFirst')} />
      <ArticleForm
        {...options}
        values={{ type: 'NEWS', topic: 'digital', status: 'DRAFT', publishedAt: dateToCityTime(new Date()) }}
      />
    </>
  );
}
