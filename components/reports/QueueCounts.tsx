import { getTranslations } from 'next-intl/server';
import type { QueueQuery } from '@/lib/validation/reports/admin';

/** The queue's counts by status, each a link to that part of the queue, and the overdue ones. */
export async function QueueCounts({
  tabs,
  status,
  overdue,
  overdueCount,
  link,
}: {
  tabs: { key: QueueQuery['status']; label: string; n: number }[];
  status: QueueQuery['status'];
  overdue: boolean;
  overdueCount: number;
  link: (change: Partial<QueueQuery>) => string;
}) {
  const t = await getTranslations('ReportAdmin');
  return (
    <nav aria-labelledby="counts-heading" className="mb-6">
      <h2 id="counts-heading" className="sr-only">
        {t('countsHeading')}
      </h2>
      <ul className="flex flex-wrap gap-2" data-testid="status-counts">
        {tabs.map((s) => {
          const current = status === s.key && !overdue;
          return (
            <li key={s.key}>
              <a
                href={link({ status: s.key, overdue: false })}
                aria-current={current ? 'page' : undefined}
                data-testid={`count-${s.key}`}
                className={`block border-2 px-3 py-1.5 no-underline ${current ? 'border-ink bg-ink text-white visited:text-white' : 'border-brand-700 bg-white'}`}
              >
                {s.label} <strong className="ml-1">{s.n}</strong>
              </a>
            </li>
          );
        })}
        <li>
          <a
            href={link({ status: 'open', overdue: true })}
            aria-current={overdue ? 'page' : undefined}
            data-testid="count-overdue"
            className={`flex items-center gap-1 border-2 border-accent px-3 py-1.5 font-semibold no-underline ${overdue ? 'bg-accent text-white visited:text-white' : 'bg-white text-accent'}`}
          >
            <span aria-hidden="true">⚠</span> {t('countOverdue')} <strong className="ml-1">{overdueCount}</strong>
          </a>
        </li>
      </ul>
    </nav>
  );
}
