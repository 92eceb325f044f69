import { getTranslations } from 'next-intl/server';
import type { ReportPhotoView } from '@/server/reports/queries';

/** Thumbnails that open the display size; alt text from the author or a numbered fallback. */
export async function PhotoGallery({
  photos,
  fallbackAlt,
  testId,
}: {
  photos: ReportPhotoView[];
  fallbackAlt: (n: number) => string;
  testId?: string;
}) {
  const t = await getTranslations('Reports');
  return (
    <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" data-testid={testId}>
      {photos.map((p, i) => {
        const alt = p.altText || fallbackAlt(i + 1);
        if (p.filesMissingAt) {
          return (
            <li key={p.id} data-testid="photo-unavailable">
              <p className="flex aspect-[4/3] w-full items-center justify-center rounded bg-slate-100 p-3 text-center text-sm text-slate-700">
                {t('detail.photoUnavailable', { alt })}
              </p>
            </li>
          );
        }
        return (
          <li key={p.id}>
            <a
              href={`/api/feedback/photos/${encodeURIComponent(p.id)}/display`}
              className="block"
              aria-label={`${alt} — ${t('detail.openPhoto')}`}
            >
              {/* Small WebP thumbnails from the photo route, which checks who may see them. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img
                src={`/api/feedback/photos/${encodeURIComponent(p.id)}/thumb`}
                alt={alt}
                width={p.thumbWidth || 160}
                height={p.thumbHeight || 120}
                loading="lazy"
                decoding="async"
                className="aspect-[4/3] w-full rounded bg-slate-200 object-cover"
              />
            </a>
            {p.hiddenAt ? <p className="mt-1 text-sm font-semibold text-accent">{t('detail.photoHidden')}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
