import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { Pagination, queryHref } from '@/components/ui/Pagination';
import { Notice, PageHeader } from '@/components/ui/PageHeader';
import { parsePage } from '@/lib/pagination';
import { formatDateTime } from '@/lib/reports/format';
import { REPORT_STATUSES } from '@/lib/validation/reports/report';
import { listNotifications } from '@/server/reports/resident';
import { markAllReadAction } from '@/server/reports/resident-actions';
import { requireUser } from '@/server/session';
import { Button } from '@/components/ui/Button';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const KINDS = [
  'statusChanged',
  'answered',
  'progressUpdate',
  'reopened',
  'merged',
  'assigned',
  'noLongerPublic',
] as const;
type Kind = (typeof KINDS)[number];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Notifications' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function NotificationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const path = getPathname({ locale, href: '/notifications' });
  const user = await requireUser(path);
  const sp = await searchParams;
  const t = await getTranslations('Reports');
  const tn = await getTranslations('Notifications');
  const tt = await getTranslations('ConsultationTally');
  const result = await listNotifications(user, parsePage(sp.page));

  const sentence = (kind: string, params: unknown) => {
    const p = (params ?? {}) as { code?: unknown; title?: unknown; status?: unknown };
    const status =
      typeof p.status === 'string' && (REPORT_STATUSES as readonly string[]).includes(p.status)
        ? tn(`status.${p.status as (typeof REPORT_STATUSES)[number]}`)
        : '';
    const values = { code: String(p.code ?? ''), title: String(p.title ?? ''), status };
    return (KINDS as readonly string[]).includes(kind) ? tn(kind as Kind, values) : values.code;
  };

  return (
    <>
      <PageHeader title={tn('title')} lead={t('notificationsLead')} />
      {sp.read ? (
        <Notice tone="success" testId="read-notice">
          {t('markedRead')}
        </Notice>
      ) : null}
      <div className="mb-6 flex flex-wrap items-center gap-4">
        <p className="text-lg font-semibold" data-testid="unread-count">
          {t('unreadCount', { count: result.unread })}
        </p>
        {result.unread > 0 ? (
          <form action={markAllReadAction}>
            <Button type="submit" variant="secondary" data-testid="mark-all-read">
              {t('markAllRead')}
            </Button>
          </form>
        ) : null}
      </div>
      {result.pastEnd ? (
        <Notice testId="past-end">
          {t('notificationsPastEnd')}{' '}
          <a href={path} className="font-semibold">
            {t('backToFirst')}
          </a>
        </Notice>
      ) : result.total === 0 ? (
        <p className="text-lg" data-testid="no-notifications">
          {t('notificationsEmpty')}
        </p>
      ) : (
        <ol className="max-w-3xl space-y-3" data-testid="notifications">
          {result.items.map((n) => (
            <li
              key={n.id}
              className={
                n.readAt
                  ? 'border-l-4 border-slate-300 p-3'
                  : 'border-l-4 border-brand-700 bg-brand-50 p-3 font-semibold'
              }
              data-testid="notification"
              data-unread={n.readAt ? undefined : 'true'}
            >
              {!n.readAt ? (
                <span className="mr-2 rounded bg-brand-700 px-2 py-0.5 text-sm text-white">{t('unread')}</span>
              ) : null}
              {n.kind === 'consultationOutcome' ? (
                <ConsultationNotice
                  params={n.params}
                  locale={locale}
                  text={(title) => tt('outcomeNotice', { title })}
                />
              ) : n.report ? (
                <Link href={{ pathname: '/reports/[code]', params: { code: n.report.code } }} className="break-words">
                  {sentence(n.kind, n.params)}
                </Link>
              ) : (
                <span className="break-words">{sentence(n.kind, n.params)}</span>
              )}
              <span className="mt-1 block text-sm font-normal text-muted">
                <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt, locale)}</time>
              </span>
            </li>
          ))}
        </ol>
      )}
      {!result.pastEnd ? (
        <Pagination
          variant="boxed"
          label={t('pagination')}
          page={result.page}
          pages={result.pages}
          href={queryHref(path)}
        />
      ) : null}
    </>
  );
}

/** A consultation's outcome, linked to its page (params: slug and both titles). */
function ConsultationNotice({
  params,
  locale,
  text,
}: {
  params: unknown;
  locale: Locale;
  text: (title: string) => string;
}) {
  const p = (params ?? {}) as { slug?: unknown; titleVi?: unknown; titleEn?: unknown };
  const title = String((locale === 'en' ? p.titleEn : p.titleVi) ?? '');
  const slug = typeof p.slug === 'string' && /^[a-z0-9-]{1,120}$/.test(p.slug) ? p.slug : null;
  if (!slug) return <span className="break-words">{text(title)}</span>;
  return (
    <Link href={{ pathname: '/consultations/[slug]', params: { slug } }} className="break-words">
      {text(title)}
    </Link>
  );
}
