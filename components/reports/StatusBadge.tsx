import { getTranslations } from 'next-intl/server';
import type { ReportStatus } from '@/generated/prisma/client';

// The status in words (never colour alone); the colours only repeat it. Text and border reach AA.
const tone: Record<ReportStatus, string> = {
  RECEIVED: 'border-slate-600 bg-slate-100 text-slate-900',
  IN_PROGRESS: 'border-amber-700 bg-amber-50 text-amber-950',
  RESOLVED: 'border-green-700 bg-green-50 text-green-900',
  REJECTED: 'border-red-700 bg-red-50 text-red-900',
  DUPLICATE: 'border-violet-700 bg-violet-50 text-violet-900',
};

export async function StatusBadge({ status }: { status: ReportStatus }) {
  const t = await getTranslations('Notifications');
  return (
    <span className={`inline-block whitespace-nowrap rounded border-2 px-2 py-0.5 text-sm font-semibold ${tone[status]}`} data-testid="status">
      {t(`status.${status}`)}
    </span>
  );
}

export async function OverdueBadge() {
  const t = await getTranslations('Reports');
  return (
    <span className="inline-block whitespace-nowrap rounded border-2 border-accent bg-accent px-2 py-0.5 text-sm font-bold text-white" data-testid="overdue">
      {t('overdue')}
    </span>
  );
}
