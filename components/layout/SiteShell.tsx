import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { pickMessages, SHELL_NAMESPACES } from '@/components/i18n/ClientMessages';
import type { Locale } from '@/i18n/routing';
import { Header } from './Header';
import { Footer } from './Footer';
import { AlertSlot } from './AlertSlot';
import { RememberLocale } from './RememberLocale';
import { OfflineNotice } from '@/components/app-shell/OfflineNotice';
import { ServiceWorker } from '@/components/app-shell/ServiceWorker';
import { ReportOutbox } from '@/components/app-shell/ReportOutbox';

/** The document around every page: skip link, header, alert slot, main content, footer. */
export async function SiteShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Layout' });
  const messages = pickMessages((await getMessages({ locale })) as never, SHELL_NAMESPACES);
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
        <NextIntlClientProvider messages={messages}>
          <Header />
          <AlertSlot locale={locale} />
          <ReportOutbox />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          <Footer />
          <RememberLocale locale={locale} />
          <ServiceWorker />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
