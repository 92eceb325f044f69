import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
// isLocale, not next-intl's hasLocale: next-intl's main module lists its client provider among
// every page's client scripts (docs/decisions/041-lighter-pages.md).
import { isLocale, routing } from '@/i18n/routing';
import { SiteShell } from '@/components/layout/SiteShell';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({
    locale: isLocale(locale) ? locale : routing.defaultLocale,
    namespace: 'Metadata',
  });
  return {
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('description'),
    metadataBase: new URL(process.env.PUBLIC_URL ?? 'http://localhost:3000'),
    // The installable portal (public/): each language's manifest starts the app in that language.
    manifest: locale === 'en' ? '/manifest-en.webmanifest' : '/manifest.webmanifest',
    openGraph: { siteName: t('siteName'), locale: locale === 'vi' ? 'vi_VN' : 'en_GB', type: 'website' },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b4a8b' };

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <SiteShell locale={locale}>{children}</SiteShell>;
}
