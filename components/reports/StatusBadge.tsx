import { getTranslations } from 'next-intl/server';
import type { ReportStatusValue } from '@/lib/validation/reports/report';

// A report's status in words (never colour alone); the colours only repeat it. Text and border
// reach AA. Residents' pages show a bordered tag; the officials' desk a tag with a bar on its left.
const styles = {
  public: {
    base: 'inline-block whitespace-nowrap rounded border-2 px-2 py-0.5 text-sm font-semibold',
    testId: 'status',
    tone: {
      RECEIVED: 'border-slate-600 bg-slate-100 text-slate-900',
      IN_PROGRESS: 'border-amber-700 bg-amber-50 text-amber-950',
      RESOLVED: 'border-green-700 bg-green-50 text-green-900',
      REJECTED: 'border-red-700 bg-red-50 text-red-900',
      DUPLICATE: 'border-violet-700 bg-violet-50 text-violet-900',
    },
  },
  desk: {
    base: 'inline-block whitespace-nowrap border-l-4 px-2 py-0.5 text-sm font-semibold',
    testId: 'status-badge',
    tone: {
      RECEIVED: 'border-brand-700 bg-brand-50 text-brand-900',
      IN_PROGRESS: 'border-amber-700 bg-amber-50 text-amber-900',
      RESOLVED: 'border-green-700 bg-green-50 text-green-900',
      REJECTED: 'border-slate-600 bg-slate-100 text-slate-900',
      DUPLICATE: 'border-slate-600 bg-slate-100 text-slate-900',
    },
  },
} satisfies Record<string, { base: string; testId: string; tone: Record<ReportStatusValue, string> }>;

export type BadgeVariant = keyof typeof styles;

export async function StatusBadge({
  status,
  variant = 'public',
}: {
  status: ReportStatusValue;
  variant?: BadgeVariant;
}) {
  const t = await getTranslations('Notifications.status');
  const style = styles[variant];
  return (
    <span className={`${style.base} ${style.tone[status]}`} data-testid={style.testId}>
      {t(status)}
    </span>
  );
}

/** "Quá hạn": a filled tag for residents; on the desk, with a warning sign (text and an icon, never colour alone). */
export async function OverdueBadge({ variant = 'public' }: { variant?: BadgeVariant }) {
  if (variant === 'public') {
    const t = await getTranslations('Reports');
    return (
      <span
        className="inline-block rounded border-2 border-accent bg-accent px-2 py-0.5 text-sm font-bold whitespace-nowrap text-white"
        data-testid="overdue"
      >
        {t('overdue')}
      </span>
    );
  }
  const t = await getTranslations('ReportAdmin');
  return (
    <span
      className="inline-flex items-center gap-1 border-2 border-accent bg-white px-1.5 py-0.5 text-sm font-bold whitespace-nowrap text-accent"
      data-testid="overdue-flag"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16" className="shrink-0" fill="currentColor">
        <path d="M10 1.5 19 18H1L10 1.5Zm-1 6v5h2v-5H9Zm0 6.5v2h2v-2H9Z" />
      </svg>
      {t('overdue')}
    </span>
  );
}

/** "Đang ẩn" on a report hidden from the public (officials only); compact inside a table row. */
export async function HiddenBadge({ compact = false }: { compact?: boolean }) {
  const t = await getTranslations('ReportAdmin');
  return (
    <span
      className={
        compact
          ? 'ml-2 border border-ink px-1 text-xs font-semibold'
          : 'border-2 border-ink px-2 py-0.5 text-sm font-semibold'
      }
    >
      {t('hiddenBadge')}
    </span>
  );
}
