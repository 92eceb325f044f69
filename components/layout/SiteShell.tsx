import type { ReactNode } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { Header } from './Header';
import { Footer } from './Footer';
import { AlertSlot } from './AlertSlot';
import { RememberLocale } from './RememberLocale';
import { ShellTexts } from './ShellTexts';
import { OfflineNotice } from '@/components/app-shell/OfflineNotice';
import { ServiceWorker } from '@/components/app-shell/ServiceWorker';
import type { OutboxTexts } from '@/components/app-shell/ReportOutbox';
import { LazyReportOutbox } from '@/components/app-shell/LazyReportOutbox';

const OUTBOX_KEYS = ['region', 'waiting', 'sending', 'sent', 'open', 'refused'] as const;
const ERROR_KEYS = ['title', 'lead', 'retry', 'home', 'unavailableTitle', 'unavailableLead'] as const;

/**
 * The document around every page: skip link, header, alert slot, main content, footer. Its client
 * parts get their words as props from here, so a page without a form ships no translation runtime
 * and no message catalogue; sections with client forms provide theirs (components/i18n/ClientMessages.tsx).
 */
export async function SiteShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  setRequestLocale(locale);
  const [t, tOutbox, tError] = await Promise.all([
    getTranslations({ locale, namespace: 'Layout' }),
    getTranslations({ locale, namespace: 'AppShell.outbox' }),
    getTranslations({ locale, namespace: 'ErrorPage' }),
  ]);
  const outbox = Object.fromEntries(OUTBOX_KEYS.map((k) => [k, tOutbox.raw(k) as string])) as OutboxTexts;
  const error = {
    ...Object.fromEntries(ERROR_KEYS.map((k) => [k, tError(k)])),
    homeHref: getPathname({ href: '/', locale }),
  } as Parameters<typeof ShellTexts>[0]['error'];
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white">
        <a
          href="#main"
          className="sr-only z-50 bg-focus px-4 py-2 font-semibold text-ink focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          {t('skipLink')}
        </a>
        <OfflineNotice locale={locale} />
        <Header />
        <AlertSlot locale={locale} />
        <LazyReportOutbox texts={outbox} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
          <ShellTexts error={error}>{children}</ShellTexts>
        </main>
        <Footer />
        <RememberLocale locale={locale} />
        <ServiceWorker />
      </body>
    </html>
  );
}
