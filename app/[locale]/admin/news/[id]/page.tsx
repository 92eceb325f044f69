import Image from 'next/image';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { ArticleForm } from '@/components/news/admin/ArticleForm';
import { articleFormOptions } from '@/components/news/admin/options';
import { Button } from '@/components/ui/Button';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { Notice, PageHeader } from '@/components/ui/PageHeader';
import { dateToCityTime } from '@/lib/consultations/admin';
import { isErrorCode } from '@/lib/errors';
import { pageMetadata } from '@/lib/metadata';
import { NEWS_IMAGE_MAX_BYTES } from '@/lib/validation/news';
import { errorTextIn } from '@/server/i18n';
import { newsForEdit } from '@/server/news/admin';
import { unpublishNewsAction } from '@/server/news/admin-actions';
import { coverSrc } from '@/server/news/queries';
import { requirePermission } from '@/server/session';

type Props = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'NewsAdmin.title' });

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(
    'news:manage',
    getPathname({ locale, href: { pathname: '/admin/news/[id]', params: { id } } }),
  );
  const query = await searchParams;
  const article = await newsForEdit(user, id);
  if (!article) notFound();
  const [t, options] = await Promise.all([getTranslations('NewsAdmin'), articleFormOptions(locale)]);
  const error = typeof query.error === 'string' && isErrorCode(query.error) ? query.error : null;
  const values: Record<string, string> = {
    id: article.id,
    slug: article.slug,
    type: article.type,
    topic: article.topic,
    status: article.status === 'PUBLISHED' ? 'PUBLISHED' : 'DRAFT',
    titleVi: article.titleVi,
    titleEn: article.titleEn ?? '',
    summaryVi: article.summaryVi,
    summaryEn: article.summaryEn ?? '',
    bodyVi: article.bodyVi,
    bodyEn: article.bodyEn ?? '',
    coverAltVi: article.coverAltVi ?? '',
    coverAltEn: article.coverAltEn ?? '',
    agencyId: article.agencyId ?? '',
    publishedAt: dateToCityTime(article.publishedAt),
  };
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/news">← {t('back')}</Link>
      </p>
      <PageHeader title={article.titleVi} lead={t('stateNow', { state: t(`states.${article.state}`) })} />
      {query.saved === '1' ? (
        <Notice tone="success" testId="news-saved">
          {t('saved')}
        </Notice>
      ) : null}
      {error ? (
        <p role="alert" className="mb-6 max-w-3xl border-l-4 border-red-700 bg-red-50 p-4" data-testid="news-error">
          {errorTextIn(locale, {
            code: error,
            params: { mb: NEWS_IMAGE_MAX_BYTES / 1024 / 1024, width: 1200, height: 630, megapixels: 40 },
          })}
        </p>
      ) : null}
      <p className="mb-6 flex flex-wrap gap-4">
        <ButtonLink href={{ pathname: '/admin/news/[id]/preview', params: { id: article.id } }} variant="secondary">
          {t('preview')}
        </ButtonLink>
        {article.state === 'published' ? (
          <Link href={{ pathname: '/news/[slug]', params: { slug: article.slug } }}>{t('viewPublic')}</Link>
        ) : null}
      </p>
      <ArticleForm {...options} values={values} />

      <section aria-labelledby="cover-heading" className="mt-10 max-w-3xl border-t-2 border-slate-300 pt-6">
        <h2 id="cover-heading" className="text-2xl font-bold">
          {t('cover')}
        </h2>
        {article.coverImageId ? (
          <figure className="mt-4">
            <Image
              src={coverSrc(article.coverImageId)}
              alt={article.coverAltVi ?? ''}
              width={480}
              height={252}
              className="h-auto w-full max-w-md"
            />
            <figcaption className="text-sm text-muted">{t('coverCurrent')}</figcaption>
          </figure>
        ) : (
          <p className="mt-2">{t('coverNone')}</p>
        )}
        <form
          method="post"
          action={`/api/admin/news/${article.id}/cover`}
          encType="multipart/form-data"
          className="mt-4 grid gap-3"
          data-testid="news-cover-form"
        >
          <label htmlFor="news-cover-file" className="font-semibold">
            {t('coverFile')}
          </label>
          <p id="news-cover-hint" className="text-muted">
            {t('coverLead')}
          </p>
          <input
            id="news-cover-file"
            name="file"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            required
            aria-describedby="news-cover-hint"
          />
          <div>
            <Button type="submit" variant="secondary">
              {t('coverUpload')}
            </Button>
          </div>
        </form>
      </section>

      {article.state === 'published' || article.state === 'scheduled' ? (
        <section aria-labelledby="unpublish-heading" className="mt-10 max-w-3xl border-t-2 border-slate-300 pt-6">
          <h2 id="unpublish-heading" className="text-2xl font-bold">
            {t('unpublish')}
          </h2>
          <p className="mt-2">{t('unpublishLead')}</p>
          <form action={unpublishNewsAction} className="mt-4">
            <input type="hidden" name="id" value={article.id} />
            <Button type="submit" variant="secondary">
              {t('unpublish')}
            </Button>
          </form>
        </section>
      ) : null}
    </>
  );
}
