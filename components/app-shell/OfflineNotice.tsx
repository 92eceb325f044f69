import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

/**
 * "You are offline; this page is from <time>": hidden on every page as sent, shown by the service
 * worker (public/sw.js) when it answers from the device. The worker removes `hidden` and puts the
 * time in the span's `data-time` (shown by app/globals.css; an empty `<time>` is not valid HTML), so no script is added and React finds the same
 * elements when it hydrates. Keep `id` before `hidden`: the worker's pattern relies on that order.
 */
export async function OfflineNotice({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'AppShell' });
  return (
    <div
      id="offline-notice"
      hidden
      role="status"
      data-testid="offline-notice"
      className="border-b-4 border-amber-600 bg-amber-50 px-4 py-3 text-center text-lg"
      suppressHydrationWarning
    >
      {t('offlineNotice')} <span data-saved-at="" suppressHydrationWarning />
    </div>
  );
}
