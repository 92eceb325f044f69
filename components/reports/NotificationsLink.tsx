import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { unreadCount } from '@/server/reports/resident';
import { getCurrentUser } from '@/server/session';

/**
 * "Notifications (3)" for the signed-in person; nothing for anonymous visitors. It reads the
 * session, so it makes the page that renders it dynamic: mount it where the page is per request
 * anyway, or inside a <Suspense> boundary.
 */
export async function NotificationsLink({ className }: { className?: string }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const [count, t] = await Promise.all([unreadCount(user.id), getTranslations('Reports')]);
  return (
    <Link
      href="/notifications"
      aria-label={t('notificationsLinkLabel', { count })}
      className={
        className ??
        'inline-flex min-h-11 items-center gap-2 rounded px-3 py-2 font-semibold text-white hover:bg-brand-900 hover:text-white'
      }
      data-testid="notifications-link"
    >
      {t('notificationsLink')}
      {count > 0 ? (
        <span aria-hidden="true" className="rounded-full bg-white px-2 text-sm font-bold text-brand-900">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </Link>
  );
}
