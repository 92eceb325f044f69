import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/reports/format';
import type { ReportListItem } from '@/server/reports/queries';
import { OverdueBadge, StatusBadge } from './StatusBadge';
import { localized, placeName } from '@/lib/i18n/localized';

export async function ReportList({ items, locale }: { items: ReportListItem[]; locale: Locale }) {
  const t = await getTranslations('Reports');
  return (
    <ol className="mt-4 divide-y divide-slate-300 border-y border-slate-300" data-testid="report-list">
      {items.map((r) => (
        <li key={r.id} className="flex gap-3 py-4" data-testid="report-item">
          {r.thumb ? (
            // Thumbnails are 160 px WebP files served by the photo route; the page stays light.
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={`/api/feedback/photos/${encodeURIComponent(r.thumb.id)}/thumb`}
              alt={r.thumb.altText || t('photoOf', { code: r.code })}
              width={96}
              height={96}
              loading="lazy"
              decoding="async"
              className="h-20 w-20 shrink-0 rounded bg-slate-200 object-cover sm:h-24 sm:w-24"
            />
          ) : null}
          <div className="min-w-0 flex-1">
            <h3 className="text-lg leading-snug font-bold break-words">
              <Link href={{ pathname: '/reports/[code]', params: { code: r.code } }}>{r.title}</Link>
            </h3>
            <p className="mt-1 flex flex-wrap items-center gap-2">
              <StatusBadge status={r.status} />
              {r.overdue ? <OverdueBadge /> : null}
            </p>
            <p className="mt-1 text-sm text-muted">
              <span className="font-mono font-semibold text-ink">{r.code}</span>
              {' · '}
              {localized(r.category, 'name', locale)}
              {' · '}
              {r.ward ? placeName(r.ward, locale) : t('noWard')}
            </p>
            <p className="text-sm text-muted">
              {t('sentOn')} <time dateTime={r.createdAt.toISOString()}>{formatDate(r.createdAt, locale)}</time>
              {' · '}
              {r.authorName ?? t('resident')}
              {' · '}
              <span data-testid="followers">{t('followersCount', { count: r.followers })}</span>
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
