'use client';
import { useEffect, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { NearbyReport } from '@/server/reports/nearby';

// What GET /api/feedback/nearby answers (a type only: no server code reaches the browser).
type Item = NearbyReport;

/**
 * "Before sending": open public reports like this one (GET /api/feedback/nearby), asked for a
 * moment after the person stops typing. Shows nothing when there are none or the request fails.
 */
export function NearbyReports({ query }: { query: string | null }) {
  const t = useTranslations('ReportForm');
  const locale = useLocale();
  // The answer for one query; an answer for an older query is not shown.
  const [result, setResult] = useState<{ query: string; items: Item[] } | null>(null);
  const items = query && result?.query === query ? result.items : [];

  useEffect(() => {
    if (!query) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/feedback/nearby?${query}`, { signal: controller.signal, headers: { Accept: 'application/json' } })
        .then((r) => (r.ok ? r.json() : { items: [] }))
        .then((body: { items?: Item[] }) => setResult({ query, items: Array.isArray(body.items) ? body.items : [] }))
        .catch(() => {
          /* offline or aborted: the panel is a help, not a step */
        });
    }, 600);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const anchor = t('followAnchor');
  const number = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB');
  return (
    <div aria-live="polite" data-testid="nearby-reports">
      {items.length ? (
        <section aria-labelledby="nearby-title" className="border-l-4 border-brand-700 bg-brand-50 p-4">
          <h2 id="nearby-title" className="text-xl font-bold">
            {t('nearbyTitle')}
          </h2>
          <p className="mt-1">{t('nearbyLead')}</p>
          <ul className="mt-3 space-y-4">
            {items.map((item) => (
              <li key={item.code} className="border-t border-brand-100 pt-3" data-testid="nearby-report">
                <a href={item.url} className="text-lg font-semibold">
                  {item.title}
                </a>
                <p className="text-muted">
                  {item.code} · {t(`status.${item.status}`)}
                  {item.distanceMeters !== undefined
                    ? ` · ${t('nearbyDistance', { meters: number.format(item.distanceMeters) })}`
                    : ''}
                  {' · '}
                  {t('nearbyFollowers', { count: item.followers })}
                </p>
                <a href={`${item.url}#${anchor}`} className="mt-1 inline-flex min-h-11 items-center font-semibold">
                  {t('nearbyFollow')}
                  <span className="sr-only"> ({item.code})</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
