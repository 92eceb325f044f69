import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { ArticleView } from '@/components/news/ArticleView';
import { Notice } from '@/components/ui/PageHeader';
import { pageMetadata } from '@/lib/metadata';
import { articlePreview } from '@/server/news/queries';
import { requirePermission } from '@/server/session';

// The article as residents will see it, drafts and scheduled ones included; never indexed.
export const generateMetadata = pageMetadata({ title: 'NewsAdmin.previewTitle' });

export default async function PreviewArticlePage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission(
    'news:manage',
    getPathname({ locale, href: { pathname: '/admin/news/[id]/preview', params: { id } } }),
  );
  const article = id.length <= 64 ? await articlePreview(id, locale) : null;
  if (!article) notFound();
  const t = await getTranslations('NewsAdmin');
  return (
    <>
      <p className="mb-4">
        <Link href={{ pathname: '/admin/news/[id]', params: { id } }}>← {t('back')}</Link>
      </p>
      <Notice testId="news-preview-note">{t('previewNote')}</Notice>
      <ArticleView article={article} locale={locale} />
    </>
  );
}
